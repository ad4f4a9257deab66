#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Runs one CLI case: CASE_DIR/args holds one argument per line (@CATALOG@, @KB@ and
# @WORK@ are replaced), CASE_DIR/expected the exact stdout, CASE_DIR/exit the exit
# code, and optionally CASE_DIR/stderr the exact stderr. UPDATE_GOLDEN=1 rewrites
# expected (and stderr, when present) from the actual output instead of comparing.
set -uo pipefail
sputnik=$1 case_dir=$2 catalog=$3 kb=$4 work=$5

rm -rf "$work" && mkdir -p "$work"
args=()
while IFS= read -r line || [ -n "$line" ]; do
  line=${line//@CATALOG@/$catalog}
  line=${line//@KB@/$kb}
  line=${line//@WORK@/$work}
  line=${line//@DATA@/$(dirname "$kb")}
  args+=("$line")
done < "$case_dir/args"

# A fixed environment: no colour, 80 columns, a private cache, no user settings.
env -i PATH="$PATH" HOME="$work" XDG_CACHE_HOME="$work/cache" NO_COLOR=1 COLUMNS=80 LC_ALL=C.UTF-8 \
  "$sputnik" "${args[@]}" > "$work/stdout" 2> "$work/stderr"
actual_exit=$?
expected_exit=$(cat "$case_dir/exit")

# Paths of this machine never appear in expected files.
sed -i "s|$kb|@KB@|g; s|$(dirname "$kb")|@DATA@|g; s|$catalog|@CATALOG@|g; s|$work|@WORK@|g" "$work/stdout" "$work/stderr"

if [ "${UPDATE_GOLDEN:-}" = 1 ]; then
  cp "$work/stdout" "$case_dir/expected"
  [ -f "$case_dir/stderr" ] && cp "$work/stderr" "$case_dir/stderr"
  echo "$actual_exit" > "$case_dir/exit"
  exit 0
fi

status=0
if ! diff -u "$case_dir/expected" "$work/stdout"; then
  echo "FAIL: stdout differs from $case_dir/expected"; status=1
fi
if [ -f "$case_dir/stderr" ] && ! diff -u "$case_dir/stderr" "$work/stderr"; then
  echo "FAIL: stderr differs from $case_dir/stderr"; status=1
fi
if grep -qF "internal error" "$work/stderr"; then
  echo "FAIL: a problem surfaced as an internal error"; cat "$work/stderr"; status=1
fi
if [ "$actual_exit" != "$expected_exit" ]; then
  echo "FAIL: exit code $actual_exit, expected $expected_exit"; cat "$work/stderr"; status=1
fi
exit $status
