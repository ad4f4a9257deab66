#!/usr/bin/env bash
# The README's tour shows real output: every `$ sputnik …` line in its console block is
# run on the shipped corpus (from an empty directory, as a reader would), must succeed,
# and must print exactly what the README shows under it.
source "$(dirname "$0")/lib.sh"
readme="$(dirname "$0")/../../../README.md"
shipped="$(dirname "$0")/../../../kb"
export SPUTNIK_KB=$(cd "$shipped" && pwd) PAGER=cat
mkdir -p "$work/reader"
bindir=$(cd "$(dirname "$sputnik")" && pwd)

# The console block of "## A short tour": commands and the output shown under each.
awk '/^## A short tour/ {tour = 1} tour && /^```console/ {inside = 1; next} inside && /^```/ {exit} inside {print}' \
  "$readme" > "$work/tour.txt"
[ -s "$work/tour.txt" ] || fail "no console block in the README tour"

n=0 cmd="" expected=""
run_one() {
  [ -z "$cmd" ] && return
  n=$((n + 1))
  local line=${cmd%%  #*}  # drop the trailing comment
  (cd "$work/reader" && PATH="$bindir:$PATH" bash -c "${line#\$ }") > "$work/out-$n.txt" 2> "$work/err-$n.txt" ||
    fail "README command failed: $line ($(head -2 "$work/err-$n.txt"))"
  if [ -n "$expected" ]; then
    printf '%s' "$expected" > "$work/expected-$n.txt"
    diff -u "$work/expected-$n.txt" "$work/out-$n.txt" > "$work/diff-$n.txt" || { fail "README output differs for: $line"; cat "$work/diff-$n.txt"; }
  fi
}
while IFS= read -r line || [ -n "$line" ]; do
  if [[ $line == '$ sputnik'* ]]; then
    run_one
    cmd=$line expected=""
  else
    expected+="$line"$'\n'
  fi
done < "$work/tour.txt"
run_one
[ "$n" -ge 10 ] || fail "only $n tour commands found"
finish
