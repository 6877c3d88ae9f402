# bench_scoring: analyser speed, check --jsonl throughput, load time, matcher vs std::regex.
add_executable(bench_scoring ${CMAKE_CURRENT_SOURCE_DIR}/scoring_bench.cpp)
target_link_libraries(bench_scoring PRIVATE smo_cli smo_scoring benchmark::benchmark smo_warnings)
target_compile_definitions(bench_scoring PRIVATE SMO_BENCH_SOURCE_DIR="${CMAKE_SOURCE_DIR}")
