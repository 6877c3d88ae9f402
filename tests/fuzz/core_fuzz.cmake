# Core fuzz targets (included from tests/fuzz/CMakeLists.txt).
smo_add_fuzzer(fuzz_scenario_loader ${CMAKE_CURRENT_SOURCE_DIR}/fuzz_scenario_loader.cpp smo_core)
# fuzz_session_loader: any bytes as a saved session; accepted sessions round-trip.
smo_add_fuzzer(fuzz_session_loader ${CMAKE_CURRENT_SOURCE_DIR}/fuzz_session_loader.cpp smo_core)
# fuzz_settings_loader: any bytes as settings.json; errors keep defaults, accepted ones round-trip.
smo_add_fuzzer(fuzz_settings_loader ${CMAKE_CURRENT_SOURCE_DIR}/fuzz_settings_loader.cpp smo_core)
# fuzz_check_line: any bytes as `check --jsonl` input; one JSON line out per line in, bounded memory.
smo_add_fuzzer(fuzz_check_line ${CMAKE_CURRENT_SOURCE_DIR}/fuzz_check_line.cpp smo_cli)
