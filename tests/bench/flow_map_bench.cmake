# Flow map benchmark (included from tests/bench/CMakeLists.txt): building the view model and
# layout of a 200-node scenario, and one ImGui frame of the map widget without a window.
add_executable(bench_flow_map ${CMAKE_CURRENT_LIST_DIR}/bench_flow_map.cpp)
target_include_directories(bench_flow_map PRIVATE ${CMAKE_SOURCE_DIR}/tests)
if(TARGET smo_ui)
  target_link_libraries(bench_flow_map PRIVATE smo_ui benchmark::benchmark smo_warnings)
  target_compile_definitions(bench_flow_map PRIVATE SMO_BENCH_WITH_UI=1)
else()
  target_link_libraries(bench_flow_map PRIVATE smo_core benchmark::benchmark smo_warnings)
endif()
