# CLI layer tests (included from tests/CMakeLists.txt; paths relative to tests/): option parsing and
# the contracts of validate, play and check (exit codes, GCC-style, --json and --jsonl output),
# run in-process through the run_* functions with string streams.
smo_add_test_executable(smo_cli_tests
  SOURCES
    cli/test_app_options.cpp
    cli/test_check.cpp
    cli/test_check_jsonl_input.cpp
    cli/test_play_test_plan.cpp
    cli/test_cli_refusals.cpp
    cli/test_review_report.cpp
    cli/test_validate_audit.cpp
    cli/test_validate_play.cpp
  LIBS smo_cli)

# The headless subcommands without the GUI (validate, play, check): handy in SMO_BUILD_GUI=OFF
# builds and used by scripts (accuracy report) and process-level tests.
add_executable(smo-headless cli/headless_main.cpp)
target_link_libraries(smo-headless PRIVATE smo_cli smo_warnings)
