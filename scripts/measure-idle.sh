#!/usr/bin/env bash
# Measures the CPU share of an idle smo-trainer window under Xvfb over N seconds (default 5).
# Usage: scripts/measure-idle.sh [BUILD_DIR] [SECONDS]
set -euo pipefail
BUILD_DIR=${1:-build}
SECONDS_TO_MEASURE=${2:-5}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
XDG_CONFIG_HOME=$tmp XDG_STATE_HOME=$tmp XDG_DATA_HOME=$tmp \
  xvfb-run -a -s '-screen 0 1280x800x24' "$BUILD_DIR/bin/smo-trainer" &
runner=$!
pid=""
for _ in $(seq 50); do
  pid=$(pgrep -n -f "$BUILD_DIR/bin/smo-trainer" -P "$(pgrep -n -P $runner || echo 0)" 2>/dev/null || true)
  [ -z "$pid" ] && pid=$(pgrep -n -x smo-trainer || true)
  [ -n "$pid" ] && break
  sleep 0.1
done
sleep 2 # let start-up settle
ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
hz=$(getconf CLK_TCK)
t0=$(ticks)
sleep "$SECONDS_TO_MEASURE"
t1=$(ticks)
kill "$pid" 2>/dev/null || true
wait $runner 2>/dev/null || true
awk -v d=$((t1 - t0)) -v hz="$hz" -v s="$SECONDS_TO_MEASURE" \
  'BEGIN { printf "idle_cpu_percent=%.2f over %ss\n", 100 * d / hz / s, s }'
