#!/usr/bin/env bash
# Installs every Debian 12 package SMO-trainer needs to build, test and run, in one apt-get call.
# Does nothing when all packages are already present.
set -euo pipefail

PACKAGES=(
  build-essential cmake pkg-config
  libimgui-dev libglfw3-dev python3-glad nlohmann-json3-dev doctest-dev libstb-dev
  libssl-dev libbenchmark-dev libarchive-dev
  fonts-dejavu-core xvfb xauth libgl1-mesa-dri
  clang-14 libclang-rt-14-dev
  libnuspell-dev hunspell-nl wdutch
  libcurl4-openssl-dev nodejs
  chromium poppler-utils desktop-file-utils appstream lintian dpkg-dev file librsvg2-bin help2man
)

# Debian's npm conflicts with a Node.js that bundles its own (NodeSource); ask for it only when
# no npm is on the PATH.
if ! command -v npm >/dev/null 2>&1; then
  PACKAGES+=(npm)
fi

missing=()
for pkg in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$pkg")
  fi
done

# The xAPI statement validator the tests run (pinned by tests/xapi/validator/package-lock.json).
install_xapi_validator() {
  local dir
  dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/tests/xapi/validator"
  if [ ! -d "$dir/node_modules/xapi-validation" ]; then
    npm ci --prefix "$dir" --no-audit --no-fund
  fi
}

if [ ${#missing[@]} -eq 0 ]; then
  install_xapi_validator
  exit 0
fi

SUDO=()
if [ "$(id -u)" -ne 0 ]; then
  SUDO=(sudo)
fi

echo "install-deps: installing ${missing[*]}" >&2
"${SUDO[@]}" apt-get update -qq
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
install_xapi_validator
