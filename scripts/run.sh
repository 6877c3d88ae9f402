#!/usr/bin/env bash
# Installs dependencies, builds a Release binary and starts SMO-trainer with the bundled scenarios.
# Extra arguments go to the app (e.g. scripts/run.sh --lang en).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh

BUILD_DIR=${BUILD_DIR:-build-release}
cmake -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF
cmake --build "$BUILD_DIR" -j "${JOBS:-2}"

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "Geen beeldscherm gevonden (DISPLAY is leeg). / No display found." >&2
  echo "Zonder scherm, bijvoorbeeld voor een schermafdruk / Without a display, e.g. for a screenshot:" >&2
  echo "  xvfb-run -a -s '-screen 0 1280x800x24' $BUILD_DIR/bin/smo-trainer --screenshot start.png" >&2
  exit 1
fi
exec "$BUILD_DIR/bin/smo-trainer" --data-dir "$PWD" "$@"
