#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Quick start, command 1: install what is missing, build, build the catalog from the
# shipped kb/, and run a real search.  Usage: scripts/quickstart.sh [QUERY…]
set -euo pipefail
root_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root_dir/scripts/setup.sh"
"$root_dir/build/sputnik" build
if [ $# -eq 0 ]; then set -- satellite navigation; fi
echo "\$ sputnik search $*" >&2
"$root_dir/build/sputnik" search "$@"
