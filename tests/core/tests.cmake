smo_add_test_executable(smo_core_tests
  SOURCES
    core/test_atomic_file.cpp
    core/test_json_errors.cpp
    core/test_paths.cpp
    core/test_settings.cpp
    core/test_string_table.cpp
  LIBS smo_core)
