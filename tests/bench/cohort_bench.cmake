# Cohort benchmark (included from tests/bench/CMakeLists.txt): load_cohort over 1,000 sessions.
add_executable(bench_cohort ${CMAKE_CURRENT_LIST_DIR}/bench_cohort.cpp)
target_link_libraries(bench_cohort PRIVATE smo_core benchmark::benchmark smo_warnings)
target_compile_definitions(bench_cohort PRIVATE SMO_BENCH_SOURCE_DIR="${CMAKE_SOURCE_DIR}")
