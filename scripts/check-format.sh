#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Fails when a C++ file under src/, tests/, bench/ or fuzz/ is not formatted as .clang-format says.
# To fix: scripts/check-format.sh --fix   (rewrites the files in place)
set -euo pipefail
root_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root_dir"
command -v clang-format >/dev/null || { echo "clang-format is missing; scripts/setup.sh installs it" >&2; exit 1; }
mapfile -t files < <(find src tests bench fuzz \( -name '*.cpp' -o -name '*.hpp' \) -not -path 'tests/data/*' | sort)
if [ "${1:-}" = --fix ]; then
  clang-format -i "${files[@]}"
  exit 0
fi
clang-format --dry-run --Werror "${files[@]}"
echo "clang-format: ${#files[@]} files formatted"
