# Core fuzz targets (included from tests/fuzz/CMakeLists.txt).
smo_add_fuzzer(fuzz_scenario_loader ${CMAKE_CURRENT_SOURCE_DIR}/fuzz_scenario_loader.cpp smo_core)
