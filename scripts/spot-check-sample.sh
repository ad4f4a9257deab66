#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Draws the seeded random sample for a corpus spot-check (docs/spot-check.md): every entry and
# analogy id in the kb, ranked by sha256(seed:id), the first N taken. The same seed and kb give
# the same sample on any machine.
# Usage: scripts/spot-check-sample.sh SEED [N] [KB_DIR]     (default N 40, KB_DIR kb)
set -euo pipefail
seed=${1:?usage: spot-check-sample.sh SEED [N] [KB_DIR]}
count=${2:-40}
kb=${3:-"$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/kb"}
# Ids are the `id = "…"` lines of the entry and analogy tables (sources, eras, countries are not claims).
find "$kb" -name '*.toml' -print0 | sort -z | xargs -0 awk '
  /^\[\[/ { table = $0; next }
  table ~ /^\[\[(moment|response|spillover|ai_event|analogy)\]\]/ && /^id = "/ {
    id = $0; sub(/^id = "/, "", id); sub(/".*/, "", id); print id }' |
  while read -r id; do
    printf '%s %s\n' "$(printf '%s:%s' "$seed" "$id" | sha256sum | cut -c1-16)" "$id"
  done | sort | head -n "$count" | awk '{print $2}'
