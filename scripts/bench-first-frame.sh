#!/usr/bin/env bash
# First frame of the app against a bare Dear ImGui + GLFW window with the same font, measured in
# one run on one X server, interleaved (issue 16: the app may take at most 1.1x the bare window).
# Usage: scripts/bench-first-frame.sh [BUILD_DIR] [RUNS]     (defaults: build, 15)
# Without $DISPLAY it re-runs itself under xvfb-run. Prints the medians and the ratio; exit 0.
set -euo pipefail
build=${1:-build}
runs=${2:-15}
if [[ -z "${DISPLAY:-}" ]]; then
  exec xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$build" "$runs"
fi
app="$build/bin/smo-trainer"
bare="$build/bin/smo_bare_window"
for exe in "$app" "$bare"; do
  [[ -x "$exe" ]] || { echo "bench-first-frame: $exe is not built (cmake --build $build)" >&2; exit 2; }
done
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
# A fresh user: no sessions, settings or recovery files of this machine change the start.
export XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" XDG_STATE_HOME="$scratch/state"

first_frame_ms() { # the first_frame_ms=... line a program prints on stderr
  SMO_TRAINER_LOG_TIMING=1 timeout 60 "$@" 2>&1 >/dev/null | sed -n 's/^first_frame_ms=//p' | head -1
}

: >"$scratch/bare.txt"
: >"$scratch/app.txt"
for ((i = 0; i < runs; i++)); do
  first_frame_ms "$bare" >>"$scratch/bare.txt"
  # The app on its start screen; a throwaway screenshot after two frames makes it exit.
  first_frame_ms "$app" --frames 2 --screenshot "$scratch/start.png" >>"$scratch/app.txt"
done
median() { sort -n "$1" | awk '{v[NR]=$1} END {if (NR == 0) exit 1; print (NR % 2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }
bare_ms=$(median "$scratch/bare.txt")
app_ms=$(median "$scratch/app.txt")
awk -v a="$app_ms" -v b="$bare_ms" -v n="$runs" \
  'BEGIN {printf "runs=%d bare_window_ms=%.1f app_first_frame_ms=%.1f ratio=%.2f\n", n, b, a, a / b}'
