#!/usr/bin/env bash
# Installs dependencies, builds, and runs the whole test suite through ctest
# (unit tests of every layer and the GUI smoke test under xvfb-run).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh

BUILD_DIR=${BUILD_DIR:-build}
JOBS=${JOBS:-2}
cmake -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$BUILD_DIR" -j "$JOBS"
# Fuzzers first (they print their own summary); ctest last so its closing line ends the run.
if [ "${SKIP_FUZZ:-0}" != "1" ]; then
  scripts/fuzz.sh
fi
# SANITIZE=1: the unit tests again in an ASan+UBSan build (own dir, no GUI, no benchmarks).
if [ "${SANITIZE:-0}" = "1" ]; then
  ASAN_DIR=${ASAN_BUILD_DIR:-build-asan}
  cmake -S . -B "$ASAN_DIR" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSMO_SANITIZE=ON -DSMO_BUILD_GUI=OFF \
    -DSMO_BUILD_BENCHMARKS=OFF
  cmake --build "$ASAN_DIR" -j "$JOBS"
  UBSAN_OPTIONS=print_stacktrace=1 ctest --test-dir "$ASAN_DIR" --output-on-failure -j "$JOBS"
fi
ctest --test-dir "$BUILD_DIR" --output-on-failure -j "$JOBS"
