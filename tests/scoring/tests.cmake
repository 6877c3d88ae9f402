smo_add_test_executable(smo_scoring_tests
  SOURCES
    scoring/test_taxonomy.cpp
  LIBS smo_scoring)
