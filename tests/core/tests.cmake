# Core layer tests (included from tests/CMakeLists.txt; paths relative to tests/).
smo_add_test_executable(smo_core_tests
  SOURCES
    core/test_atomic_file.cpp
    core/test_cohort.cpp
    core/test_cohort_csv.cpp
    core/test_cohort_parallel.cpp
    core/test_cohort_zip.cpp
    core/test_editor_recovery.cpp
    core/test_crash_resume.cpp
    core/test_did_you_mean.cpp
    core/test_file_kinds.cpp
    core/test_folder_browser.cpp
    core/test_flow_map.cpp
    core/test_golden.cpp
    core/test_hand_in.cpp
    core/test_memo_evaluator.cpp
    core/test_missed_choices.cpp
    core/test_json_syntax.cpp
    core/test_key_points.cpp
    core/test_option_audit.cpp
    core/test_option_order.cpp
    core/test_spelling.cpp
    core/test_paths.cpp
    core/test_play_strategies.cpp
    core/test_playtest.cpp
    core/test_privacy_lint.cpp
    core/test_review.cpp
    core/test_review_edits.cpp
    core/test_runtime.cpp
    core/test_scenario_document.cpp
    core/test_editor_selection.cpp
    core/test_scenario_fixtures.cpp
    core/test_scenario_files.cpp
    core/test_scenario_loader.cpp
    core/test_scenario_writer.cpp
    core/test_session.cpp
    core/test_session_outcome.cpp
    core/test_finding_details.cpp
    core/test_session_replay.cpp
    core/test_session_fast_reader.cpp
    core/test_unreadable_sessions.cpp
    core/test_session_lock.cpp
    core/test_settings.cpp
    core/test_settings_merge.cpp
    core/test_string_table.cpp
    core/test_vocabulary.cpp
  LIBS smo_core LibArchive::LibArchive)

# Plays an autosaved session slowly so test_crash_resume.cpp can kill -9 it mid-session.
add_executable(smo_crash_helper core/crash_helper.cpp)
target_link_libraries(smo_crash_helper PRIVATE smo_core smo_warnings)
target_compile_definitions(smo_core_tests PRIVATE SMO_CRASH_HELPER="$<TARGET_FILE:smo_crash_helper>")
add_dependencies(smo_core_tests smo_crash_helper)

# Resumes a session like a second app window; test_session_lock.cpp runs two on one session.
add_executable(smo_session_writer core/session_writer_helper.cpp)
target_link_libraries(smo_session_writer PRIVATE smo_core smo_warnings)
target_include_directories(smo_session_writer PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
target_compile_definitions(smo_core_tests PRIVATE SMO_SESSION_WRITER="$<TARGET_FILE:smo_session_writer>")
add_dependencies(smo_core_tests smo_session_writer)
