# Core benchmarks (included from tests/bench/CMakeLists.txt).
add_executable(bench_core ${CMAKE_CURRENT_LIST_DIR}/bench_core.cpp)
target_link_libraries(bench_core PRIVATE smo_core benchmark::benchmark smo_warnings)
target_compile_definitions(bench_core PRIVATE SMO_BENCH_SOURCE_DIR="${CMAKE_SOURCE_DIR}")
