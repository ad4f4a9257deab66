#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs the Debian packages sputnik needs to build and test, then configures and
# builds it. Idempotent: packages already present are not touched, and the build is
# incremental. Runs as root, or through sudo when not root.
#
# Usage: scripts/setup.sh [BUILD_DIR]     (default: build)
set -euo pipefail

readonly PACKAGES=(
  cmake g++ make pkg-config util-linux
  libsqlite3-dev libxapian-dev xapian-tools
  libcli11-dev libfmt-dev libtomlplusplus-dev nlohmann-json3-dev
  libgtest-dev libzip-dev libxxhash-dev
  # the rendering tests open timelines the way a user would; the CJK font is what lets
  # Chromium, rsvg and LibreOffice draw Japanese at all
  chromium librsvg2-bin libreoffice-impress poppler-utils fonts-noto-cjk fontconfig
  # packaging and shell-integration tests: dpkg-shlibdeps for the .deb, man for the page,
  # zsh to syntax-check its completion
  dpkg-dev man-db zsh
  # CI checks the formatting of every C++ file (scripts/check-format.sh)
  clang-format
  # the README tour pipes JSON through jq, and the tour is run as a test
  jq
  # reliability and security tests: sqlite3 damages catalogs on purpose, xmllint and unzip
  # inspect exports; clang with its runtime builds the libFuzzer fuzzers (scripts/fuzz.sh)
  sqlite3 libxml2-utils unzip clang libclang-rt-14-dev
)

root_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${1:-"$root_dir/build"}

missing_packages() {
  local pkg
  for pkg in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || echo "$pkg"
  done
}

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"
  elif command -v sudo >/dev/null; then sudo "$@"
  else echo "setup: need root (or sudo) to run: $*" >&2; exit 1
  fi
}

install_missing() {
  local missing
  missing=$(missing_packages)
  [ -z "$missing" ] && return 0
  echo "setup: installing:" $missing >&2
  as_root apt-get update -qq
  # shellcheck disable=SC2086  # one word per package is intended
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >&2
}

configure_and_build() {
  cmake -S "$root_dir" -B "$build_dir" -DCMAKE_BUILD_TYPE="${CMAKE_BUILD_TYPE:-RelWithDebInfo}" >&2
  cmake --build "$build_dir" -j "$(nproc)" >&2
}

install_missing
configure_and_build
