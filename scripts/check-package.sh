#!/usr/bin/env bash
# Builds the .deb and checks it as a distribution would: desktop-file-validate, appstreamcli and
# lintian (no errors; warnings are printed), then unpacks it into a temporary root and runs the
# unpacked binary: --version, validate on the installed scenarios, and a play that only works
# when the binary finds the package's own data dir (<exe>/../share/smo-trainer). Every external
# step is bounded by timeout(1).
# Usage: scripts/check-package.sh BUILD_DIR        (ctest: -L package)
set -euo pipefail

BUILD=${1:?usage: scripts/check-package.sh BUILD_DIR}
BUILD=$(cd "$BUILD" && pwd)
SRC=$(cd "$(dirname "$0")/.." && pwd)
APP_ID=nl.smotrainer.SmoTrainer

fail() { echo "check-package: $*" >&2; exit 1; }
step() { echo "== [${SECONDS}s] $*"; }
for tool in cmake dpkg-deb dpkg-parsechangelog desktop-file-validate appstreamcli lintian file timeout; do
  command -v "$tool" >/dev/null || fail "$tool not found; install it with scripts/install-deps.sh"
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

step "cmake --build $BUILD --target package"
rm -f "$BUILD"/smo-trainer_*.deb
timeout 1200 cmake --build "$BUILD" -j2 --target package > "$tmp/package.log" 2>&1 ||
  { tail -40 "$tmp/package.log"; fail "building the package failed (log above)"; }
debs=("$BUILD"/smo-trainer_*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "expected one smo-trainer_*.deb in $BUILD, found: ${debs[*]}"
deb=${debs[0]}
echo "$deb ($(du -k "$deb" | cut -f1) KiB)"

step "control fields"
dpkg-deb -f "$deb" Package Version Section Depends Maintainer
[ "$(dpkg-deb -f "$deb" Section)" = education ] || fail "Section is not education"
depends=$(dpkg-deb -f "$deb" Depends)
for dep in libc6 libstdc++6 libglfw3 fonts-dejavu-core libgl1; do
  [[ ",$depends," == *"$dep"* ]] || fail "Depends lacks $dep (dpkg-shlibdeps or CPACK_DEBIAN_PACKAGE_DEPENDS): $depends"
done
changelog_version=$(dpkg-parsechangelog -l "$SRC/scripts/packaging/changelog" -S Version)
[ "$(dpkg-deb -f "$deb" Version)" = "$changelog_version" ] ||
  fail "package version $(dpkg-deb -f "$deb" Version) differs from scripts/packaging/changelog ($changelog_version)"

step "unpacking into $tmp/root"
timeout 120 dpkg-deb -x "$deb" "$tmp/root"
root=$tmp/root
for f in usr/bin/smo-trainer usr/share/smo-trainer/assets/i18n/nl.json usr/share/smo-trainer/assets/rules/rules.json \
  usr/share/applications/$APP_ID.desktop usr/share/metainfo/$APP_ID.metainfo.xml \
  usr/share/icons/hicolor/scalable/apps/$APP_ID.svg usr/share/man/man1/smo-trainer.1.gz \
  usr/share/doc/smo-trainer/copyright usr/share/doc/smo-trainer/changelog.Debian.gz; do
  [ -f "$root/$f" ] || fail "missing /$f"
done
for size in 48 64 128 256; do
  png=$root/usr/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png
  file "$png" | grep -q "PNG image data, $size x $size" || fail "$png is not a ${size}x${size} PNG: $(file -b "$png")"
done
zcat "$root/usr/share/man/man1/smo-trainer.1.gz" | grep -q '^\.TH SMO-TRAINER' || fail "the man page has no .TH header"
zcat "$root/usr/share/man/man1/smo-trainer.1.gz" | grep -q 'validate' || fail "the man page does not list the subcommands"

step "desktop-file-validate"
timeout 60 desktop-file-validate "$root/usr/share/applications/$APP_ID.desktop"

step "appstreamcli validate --no-net"
timeout 60 appstreamcli validate --no-net "$root/usr/share/metainfo/$APP_ID.metainfo.xml"

step "lintian"
# --fail-on error: warnings are reported (and listed in the output) but do not fail the check.
timeout 600 lintian --fail-on error --display-info --tag-display-limit 0 "$deb" || fail "lintian found errors (above)"

step "the unpacked binary"
home=$tmp/home
mkdir -p "$home"
run() {
  env -u SMO_TRAINER_DATA_DIR HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" \
    XDG_STATE_HOME="$home/state" timeout 120 "$root/usr/bin/smo-trainer" "$@"
}
version=$(run --version)
echo "$version"
[ "$version" = "smo-trainer $(dpkg-deb -f "$deb" Version | sed 's/-[^-]*$//')" ] || fail "unexpected --version: $version"
run validate "$root/usr/share/smo-trainer/scenarios" > "$tmp/validate.log" 2>&1 ||
  { cat "$tmp/validate.log"; fail "validate on the installed scenarios failed"; }
tail -1 "$tmp/validate.log"
# Without --data-dir the binary must use the package's data: a scenario played by id works, and
# stops working once it is removed from the unpacked root (the build tree would still have it).
scenario=$(cd "$root/usr/share/smo-trainer/scenarios" && ls -- *.json | grep -v '^scenario\.schema\.json$' | head -1)
id=${scenario%.json}
run play "$id" --strategy best --quiet > "$tmp/play.log" 2>&1 || { cat "$tmp/play.log"; fail "play $id failed"; }
rm "$root/usr/share/smo-trainer/scenarios/$scenario"
if run play "$id" --strategy best --quiet > "$tmp/play2.log" 2>&1; then
  fail "play $id still works without the packaged file: the binary did not use $root/usr/share/smo-trainer"
fi
echo "play $id: found in the package's data dir, and gone once removed from it"

step "package OK"
