#!/usr/bin/env bash
# Builds the libFuzzer targets with clang and runs each for FUZZ_SECONDS (default 60).
# Exits non-zero when a target crashes. Skips (exit 0) when clang is not installed.
set -euo pipefail
cd "$(dirname "$0")/.."

CLANGXX=$(command -v clang++-14 || command -v clang++ || true)
CLANGC=$(command -v clang-14 || command -v clang || true)
if [ -z "$CLANGXX" ] || [ -z "$CLANGC" ]; then
  echo "fuzz: clang not found, skipping"
  exit 0
fi
SECONDS_PER_TARGET=${FUZZ_SECONDS:-60}
BUILD_DIR=${FUZZ_BUILD_DIR:-build-fuzz}
CC=$CLANGC CXX=$CLANGXX cmake -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DSMO_BUILD_FUZZERS=ON -DSMO_BUILD_GUI=OFF -DBUILD_TESTING=OFF -DSMO_BUILD_BENCHMARKS=OFF >/dev/null
cmake --build "$BUILD_DIR" -j "${JOBS:-2}"

shopt -s nullglob
targets=("$BUILD_DIR"/bin/fuzz_*)
if [ ${#targets[@]} -eq 0 ]; then
  echo "fuzz: no targets built"
  exit 0
fi
for target in "${targets[@]}"; do
  name=$(basename "$target")
  corpus="$BUILD_DIR/corpus/$name"
  mkdir -p "$corpus"
  seeds=()
  [ -d "tests/fuzz/seeds/$name" ] && seeds=("tests/fuzz/seeds/$name")
  echo "fuzz: $name for ${SECONDS_PER_TARGET}s"
  ASAN_OPTIONS=detect_leaks=1 "$target" -max_total_time="$SECONDS_PER_TARGET" -max_len=1048576 \
    -rss_limit_mb=4096 -artifact_prefix="$BUILD_DIR/" -print_final_stats=1 "$corpus" "${seeds[@]}" \
    >"$BUILD_DIR/$name.log" 2>&1 || { tail -40 "$BUILD_DIR/$name.log"; echo "fuzz: $name FAILED"; exit 1; }
  grep -E "stat::number_of_executed_units|Done" "$BUILD_DIR/$name.log" | tail -2
done
