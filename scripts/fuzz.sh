#!/usr/bin/env bash
# Builds the libFuzzer targets with clang and runs each for FUZZ_SECONDS (default 60),
# FUZZ_PARALLEL (default 2) at a time.
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
# Runs one target for SECONDS_PER_TARGET; on a crash prints the log tail and returns 1.
run_target() {
  local target=$1 name corpus seeds=()
  name=$(basename "$target")
  corpus="$BUILD_DIR/corpus/$name"
  mkdir -p "$corpus"
  [ -d "tests/fuzz/seeds/$name" ] && seeds=("tests/fuzz/seeds/$name")
  echo "fuzz: $name for ${SECONDS_PER_TARGET}s"
  if ! ASAN_OPTIONS=detect_leaks=1 "$target" -max_total_time="$SECONDS_PER_TARGET" -max_len=1048576 \
    -rss_limit_mb=4096 -artifact_prefix="$BUILD_DIR/$name-" -print_final_stats=1 "$corpus" "${seeds[@]}" \
    >"$BUILD_DIR/$name.log" 2>&1; then
    tail -40 "$BUILD_DIR/$name.log"
    echo "fuzz: $name FAILED"
    return 1
  fi
  echo "fuzz: $name $(grep -E "stat::number_of_executed_units" "$BUILD_DIR/$name.log" | tail -1)"
}

# FUZZ_PARALLEL lanes (default 2, one per core) each run every FUZZ_PARALLEL-th target in turn, so
# the total time is about ceil(targets / lanes) * FUZZ_SECONDS.
LANES=${FUZZ_PARALLEL:-2}
lane_pids=()
for ((lane = 0; lane < LANES; lane++)); do
  (
    failed=0
    for ((i = lane; i < ${#targets[@]}; i += LANES)); do
      run_target "${targets[$i]}" || failed=1
    done
    exit $failed
  ) &
  lane_pids+=($!)
done
status=0
for pid in "${lane_pids[@]}"; do
  wait "$pid" || status=1
done
if [ $status -ne 0 ]; then
  echo "fuzz: FAILED (crash inputs in $BUILD_DIR/<target>-crash-*)"
  exit 1
fi
echo "fuzz: ${#targets[@]} targets, ${SECONDS_PER_TARGET}s each, $LANES in parallel: all passed"
