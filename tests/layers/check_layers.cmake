# Layer rule (style.md): nothing below app/ui may use ImGui, GLFW or GL.
# Run as: cmake -DSOURCE_DIR=<tree> [-DLINKS_FILE=<file>] [-DARCHIVES=<a;b>] [-DNM=<nm>] -P check_layers.cmake
# Fails (FATAL_ERROR) naming every file, link entry or symbol that breaks the rule.
cmake_minimum_required(VERSION 3.25)

set(violations "")
set(forbidden_include "#[ \t]*include[ \t]*[<\"](imgui[^>\"]*|backends/imgui[^>\"]*|GLFW/[^>\"]*|GL/[^>\"]*|glad/[^>\"]*|KHR/[^>\"]*)[>\"]")

# 1. Includes in every source and header of the GUI-free layers.
foreach(layer scoring app/core)
  file(GLOB_RECURSE sources "${SOURCE_DIR}/${layer}/*.cpp" "${SOURCE_DIR}/${layer}/*.hpp"
                            "${SOURCE_DIR}/${layer}/*.h" "${SOURCE_DIR}/${layer}/*.cc")
  foreach(source IN LISTS sources)
    file(STRINGS "${source}" lines REGEX "${forbidden_include}")
    foreach(line IN LISTS lines)
      file(RELATIVE_PATH rel "${SOURCE_DIR}" "${source}")
      string(STRIP "${line}" line)
      list(APPEND violations "${rel}: ${line}")
    endforeach()
  endforeach()
endforeach()

# 2. What CMake links them with (written at generate time by tests/CMakeLists.txt).
if(DEFINED LINKS_FILE)
  file(STRINGS "${LINKS_FILE}" link_lines)
  foreach(line IN LISTS link_lines)
    string(TOLOWER "${line}" lower)
    if(lower MATCHES "imgui|glfw|glad|opengl|libgl[.]|(^|[;= ])gl($|;)")
      list(APPEND violations "link: ${line}")
    endif()
  endforeach()
endif()

# 3. Symbols the built archives need: ImGui (namespace ImGui), glfw*, gl*/glad_*.
if(DEFINED ARCHIVES AND DEFINED NM)
  foreach(archive IN LISTS ARCHIVES)
    execute_process(COMMAND "${NM}" -u "${archive}" OUTPUT_VARIABLE undefined RESULT_VARIABLE rc ERROR_QUIET)
    if(NOT rc EQUAL 0)
      list(APPEND violations "cannot read ${archive} with ${NM}")
      continue()
    endif()
    string(REGEX MATCHALL "U (_ZN5ImGui[A-Za-z0-9_]*|_Z[A-Za-z0-9_]*ImGui[A-Za-z0-9_]*|glfw[A-Za-z0-9_]*|glad_[A-Za-z0-9_]*|gl[A-Z][A-Za-z0-9_]*)" symbols "${undefined}")
    list(REMOVE_DUPLICATES symbols)
    foreach(symbol IN LISTS symbols)
      get_filename_component(name "${archive}" NAME)
      list(APPEND violations "${name} needs ${symbol}")
    endforeach()
  endforeach()
endif()

if(violations)
  list(JOIN violations "\n  " text)
  message(FATAL_ERROR "Layer rule broken: scoring/ and app/core/ must not use ImGui, GLFW or GL "
                      "(move that code to app/ui or app/platform):\n  ${text}")
endif()
message(STATUS "layers ok: scoring/ and app/core/ use no ImGui, GLFW or GL")
