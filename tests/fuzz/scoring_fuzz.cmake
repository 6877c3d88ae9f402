# fuzz_analyser: random bytes, invalid UTF-8 and up to 1 MB inputs through the whole engine.
smo_add_fuzzer(fuzz_analyser ${CMAKE_CURRENT_SOURCE_DIR}/fuzz_analyser.cpp smo_scoring)
# fuzz_lexicon_file: malformed lexicon and rules files give located errors, never a crash.
smo_add_fuzzer(fuzz_lexicon_file ${CMAKE_CURRENT_SOURCE_DIR}/fuzz_lexicon_file.cpp smo_scoring)
