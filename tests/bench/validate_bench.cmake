# Validation of a generated 200-node scenario (the editor's "after an edit" budget: <= 10 ms median),
# and the option audit on it. Included from tests/bench/CMakeLists.txt.
add_executable(bench_validate ${CMAKE_CURRENT_LIST_DIR}/bench_validate.cpp)
target_link_libraries(bench_validate PRIVATE smo_core benchmark::benchmark smo_warnings)
target_compile_definitions(bench_validate PRIVATE SMO_BENCH_SOURCE_DIR="${CMAKE_SOURCE_DIR}")
