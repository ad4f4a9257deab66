#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The essay's claims answered from the shipped corpus: annotates a fixture article and checks
# that each claim's line lists the entry (with its status, and the figure it quotes) that
# tests/data/annotate/expected-LANG.tsv names, and that the uncovered claim stays uncovered.
# Usage: check_claims.sh SPUTNIK CATALOG ARTICLE EXPECTED LANG
set -uo pipefail
sputnik=$1 catalog=$2 article=$3 expected=$4 lang=$5
json=$("$sputnik" --catalog "$catalog" annotate "$article" --lang "$lang" --format json) || {
  echo "FAIL: annotate exited $?"; exit 1; }
failures=0
while IFS=$'\t' read -r line id status figure; do
  [[ -z "$line" || "$line" == \#* ]] && continue
  entries=$(jq -c --argjson line "$line" '[.sentences[] | select(.line == $line) | .entries[]]' <<<"$json")
  if [ "$id" = "-" ]; then
    [ "$entries" = "[]" ] || { echo "FAIL: line $line should not be covered, got $entries"; failures=$((failures + 1)); }
    continue
  fi
  entry=$(jq -c --arg id "$id" '.[] | select(.id == $id)' <<<"$entries")
  if [ -z "$entry" ]; then
    echo "FAIL: line $line does not list $id; it lists $(jq -r '[.[].id] | join(", ")' <<<"$entries")"
    failures=$((failures + 1)); continue
  fi
  if [ "$status" != "-" ] && [ "$(jq -r '.status // "-"' <<<"$entry")" != "$status" ]; then
    echo "FAIL: line $line: $id should be $status"; failures=$((failures + 1))
  fi
  if [ "$figure" != "-" ] && ! jq -e --arg f "$figure" '[.figures[].quoted] | index($f)' <<<"$entry" > /dev/null; then
    echo "FAIL: line $line: $id should quote the figure '$figure'"; failures=$((failures + 1))
  fi
done < "$expected"
[ "$failures" -eq 0 ] && echo "every claim of $(basename "$article") answered as expected"
exit $((failures > 0))
