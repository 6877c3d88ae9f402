# Scoring layer tests (included from tests/CMakeLists.txt; paths relative to tests/).
smo_add_test_executable(smo_scoring_tests
  SOURCES
    scoring/test_taxonomy.cpp
    scoring/test_normalise.cpp
    scoring/test_matcher.cpp
    scoring/test_json.cpp
    scoring/test_loaders.cpp
    scoring/test_evaluate.cpp
    scoring/test_statement_facts.cpp
    scoring/test_aggregate.cpp
    scoring/test_accuracy.cpp
    scoring/test_conditions.cpp
    scoring/test_stance.cpp
    scoring/test_sentence_structure.cpp
  LIBS smo_scoring nlohmann_json::nlohmann_json)

# The accuracy report over the labelled set, through the same binary scripts use (smo-headless check).
find_package(Python3 COMPONENTS Interpreter QUIET)
if(Python3_Interpreter_FOUND)
  add_test(NAME scoring_accuracy_report
    COMMAND ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/scripts/accuracy-report.py
            --bin $<TARGET_FILE:smo-headless> --min-recall 0.95 --min-precision 0.90)
endif()
