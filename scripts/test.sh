#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Quick start, command 2: install what is missing, build, and run the whole test suite
# through ctest (unit tests, CLI cases, scenarios, the strict lint of kb/); then the same
# suite again under AddressSanitizer + UndefinedBehaviorSanitizer (build-asan/), and each
# libFuzzer target for a short run (build-fuzz/; SPUTNIK_FUZZ_SECONDS, default 60).
set -euo pipefail
root_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root_dir/scripts/setup.sh"
(cd "$root_dir/build" && ctest --output-on-failure -j "$(nproc)")
"$root_dir/scripts/sanitize.sh"
"$root_dir/scripts/fuzz.sh" "${SPUTNIK_FUZZ_SECONDS:-60}"
