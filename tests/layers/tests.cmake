# Layer rule test: scoring/ and app/core/ include no ImGui/GLFW/GL header, and smo_core/smo_scoring
# neither link those libraries nor need their symbols.
file(GENERATE OUTPUT ${CMAKE_BINARY_DIR}/layer_links.txt CONTENT
"smo_scoring=$<JOIN:$<TARGET_PROPERTY:smo_scoring,LINK_LIBRARIES>,;>
smo_scoring(interface)=$<JOIN:$<TARGET_PROPERTY:smo_scoring,INTERFACE_LINK_LIBRARIES>,;>
smo_core=$<JOIN:$<TARGET_PROPERTY:smo_core,LINK_LIBRARIES>,;>
smo_core(interface)=$<JOIN:$<TARGET_PROPERTY:smo_core,INTERFACE_LINK_LIBRARIES>,;>
")
add_test(NAME layers_gui_free_below_ui
  COMMAND ${CMAKE_COMMAND} -DSOURCE_DIR=${CMAKE_SOURCE_DIR} -DLINKS_FILE=${CMAKE_BINARY_DIR}/layer_links.txt
          "-DARCHIVES=$<TARGET_FILE:smo_scoring>;$<TARGET_FILE:smo_core>" -DNM=${CMAKE_NM}
          -P ${CMAKE_CURRENT_SOURCE_DIR}/layers/check_layers.cmake)
# The same check on a tree with a forbidden include must fail: proves the test can fail.
add_test(NAME layers_check_catches_a_gui_include
  COMMAND ${CMAKE_COMMAND} -DSOURCE_DIR=${CMAKE_CURRENT_SOURCE_DIR}/layers/fixture_bad
          -P ${CMAKE_CURRENT_SOURCE_DIR}/layers/check_layers.cmake)
set_tests_properties(layers_check_catches_a_gui_include PROPERTIES
  PASS_REGULAR_EXPRESSION "scoring/bad.hpp: #include \"imgui.h\".*app/core/bad.cpp: #include <GLFW/glfw3.h>")
