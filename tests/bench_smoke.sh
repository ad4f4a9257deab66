#!/usr/bin/env bash
# bench/run end to end on a tiny kb: every figure of the table must come out, as a number,
# so the benchmark cannot rot unnoticed. Speed is not judged here (machines are noisy);
# bench/run itself is the place for that. Arguments: BENCH_RUN BUILD_DIR WORKDIR.
set -uo pipefail
run=$1 build=$2 work=$3
rm -rf "$work" && mkdir -p "$work"
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

"$run" --sizes 300 --runs 3 --build-runs 1 --build "$build" --work "$work" > "$work/out.txt" 2> "$work/err.txt" ||
  { fail "bench/run exited with $?"; cat "$work/err.txt"; }
for header in "build      (documents/s" "query      (cold" "speedup" "p50x"; do
  grep -qF "$header" "$work/out.txt" || fail "no '$header' in the table"
done
for corpus in shipped 300; do
  for figure in build_ms build_rss_kib naive_ms naive_rss_kib noop_build_ms search_ms floor_search_ms show_ms \
                floor_show_ms era_ms floor_era_ms p50_ms p99_ms raw_p50_ms raw_p99_ms; do
    value=$(awk -F'\t' -v c="$corpus" -v f="$figure" '$1 == c && $3 == f { print $4 }' "$work/results.tsv")
    [[ $value =~ ^[0-9]+(\.[0-9]+)?$ ]] && awk -v v="$value" 'BEGIN { exit !(v > 0) }' ||
      fail "$corpus $figure is '$value', not a positive number"
  done
done
# The generator is deterministic: the same size gives the same kb.
"$build/bench/sputnik-bench-gen" --entries 300 --out "$work/again" > /dev/null || fail "second generation"
diff -r "$work/kb-300" "$work/again" > /dev/null || fail "two generations of 300 entries differ"
cat "$work/out.txt"
[ "$failures" -eq 0 ] && { echo "1 passed, 0 failed"; exit 0; }
echo "0 passed, 1 failed"; exit 1
