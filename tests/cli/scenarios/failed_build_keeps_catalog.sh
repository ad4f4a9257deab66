#!/usr/bin/env bash
# A kb with a syntax error or a dangling reference must fail the build with file:line
# messages and exit 3, and leave the existing catalog exactly as it was.
source "$(dirname "$0")/lib.sh"

"$sputnik" --kb "$kb" --catalog "$work/cat" build > /dev/null || fail "initial build"
before_link=$(readlink "$work/cat/current")
"$sputnik" --catalog "$work/cat" search satellite > "$work/before.txt"
before_tree=$(cd "$work/cat" && find . -type f -exec md5sum {} + | sort)

for bad in bad-syntax bad-refs; do
  "$sputnik" --kb "$data/$bad" --catalog "$work/cat" build > "$work/$bad.out" 2> "$work/$bad.err"
  check_eq "$?" 3 "exit code of a build from $bad"
  check_contains "$work/$bad.out" "$data/$bad/" "file:line messages for $bad"
  check_contains "$work/$bad.err" "the catalog was not changed" "summary for $bad"
  check_eq "$(readlink "$work/cat/current")" "$before_link" "current generation after $bad"
  after_tree=$(cd "$work/cat" && find . -type f -exec md5sum {} + | sort)
  [ "$after_tree" = "$before_tree" ] || fail "catalog files changed after the $bad build"
  "$sputnik" --catalog "$work/cat" search satellite > "$work/after.txt" || fail "search after $bad"
  cmp -s "$work/before.txt" "$work/after.txt" || fail "search results changed after $bad"
done
grep -qE ':[0-9]+:[0-9]+: ' "$work/bad-syntax.out" || fail "no file:line:col in the syntax report"
finish
