# xAPI tests: statements, the real validator (node + xapi-validation), queue, sender against a
# loopback LRS, and the export command (included from tests/CMakeLists.txt; paths relative to tests/).
smo_add_test_executable(smo_xapi_tests
  SOURCES
    xapi/test_export_command.cpp
    xapi/test_xapi_queue.cpp
    xapi/test_xapi_sender.cpp
    xapi/test_xapi_statements.cpp
    xapi/test_xapi_validation.cpp
  LIBS smo_cli smo_core)
# Debian's nodejs runs the validator; a missing node makes the test fail with the fix, not skip.
find_program(SMO_NODE_EXECUTABLE NAMES node nodejs)
if(NOT SMO_NODE_EXECUTABLE)
  set(SMO_NODE_EXECUTABLE "")
endif()
target_compile_definitions(smo_xapi_tests PRIVATE SMO_NODE_EXECUTABLE="${SMO_NODE_EXECUTABLE}")
