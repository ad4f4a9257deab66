#!/usr/bin/env bash
# A build killed with SIGKILL at any point leaves the previous catalog opening and
# answering exactly as before; the next build succeeds and removes what the killed one
# left behind. Kills come from the SPUTNIK_KILL_AT hook (every stage of a build, including
# the middle of the SQLite and Xapian writes) and from `kill -9` at timed moments.
source "$(dirname "$0")/lib.sh"
shipped_kb=$(cd "$data/../../kb" && pwd)

cp -r "$kb" "$work/kb-v1"
cp -r "$kb" "$work/kb-v2"
sed -i 's/title = { en = "Sputnik 1", /title = { en = "Sputnik 1 (second edition)", /' "$work/kb-v2/sputnik.toml"
grep -q "second edition" "$work/kb-v2/sputnik.toml" || fail "could not make the second kb"

# What each kb's catalog answers: a search, a show, a listing and the build's own summary.
answers() {  # CATALOG
  "$sputnik" --catalog "$1" search sputnik 2>&1
  "$sputnik" --catalog "$1" show sputnik-1 --format json 2>&1
  "$sputnik" --catalog "$1" spillovers --status all --format csv 2>&1
}
"$sputnik" --kb "$work/kb-v1" --catalog "$work/ref-v1" build > /dev/null || fail "reference build v1"
"$sputnik" --kb "$work/kb-v2" --catalog "$work/ref-v2" build > /dev/null || fail "reference build v2"
answers "$work/ref-v1" > "$work/v1.txt"
answers "$work/ref-v2" > "$work/v2.txt"
cmp -s "$work/v1.txt" "$work/v2.txt" && fail "the two kbs answer alike, so the test could not tell them apart"

check_answers() {  # CATALOG EXPECTED... — the catalog answers like one of the expected files
  local cat=$1 got=$work/got.txt; shift
  answers "$cat" > "$got"
  for expected in "$@"; do cmp -s "$got" "$expected" && return 0; done
  fail "$cat answers differently from $* after $what"; diff "$got" "$1" | head -5 | sed 's/^/    /'
}
check_clean() {  # CATALOG — nothing left by killed builds once a build has finished
  local leftovers
  leftovers=$(find "$1" -maxdepth 1 -name '.tmp-*' | wc -l)
  check_eq "$leftovers" 0 "temporary files left after $what"
  [ "$(find "$1" -maxdepth 1 -name 'gen-*' | wc -l)" -le 2 ] || fail "more than two generations after $what"
}

injected=0
points="locked store-entry:1 store-entry:7 store-written index-document:1 index-document:9
        index-written synced generation-renamed link-created switched"
for point in $points; do
  what="a kill at $point"
  "$sputnik" --kb "$work/kb-v1" --catalog "$work/cat" build > /dev/null || fail "build v1 before $what"
  SPUTNIK_KILL_AT=$point "$sputnik" --kb "$work/kb-v2" --catalog "$work/cat" build > /dev/null 2>&1
  check_eq "$?" 137 "exit status of the build killed at $point (did the point fire?)"
  injected=$((injected + 1))
  if [ "$point" = switched ]; then
    check_answers "$work/cat" "$work/v2.txt"  # the switch is the commit point
  else
    check_answers "$work/cat" "$work/v1.txt"
  fi
  "$sputnik" --kb "$work/kb-v2" --catalog "$work/cat" build > /dev/null || fail "the build after $what"
  check_answers "$work/cat" "$work/v2.txt"
  check_clean "$work/cat"
done

# Timed kills of a real-size build (the shipped kb), wherever they land.
"$sputnik" --kb "$shipped_kb" --catalog "$work/ship-ref" build > /dev/null || fail "reference build of the shipped kb"
"$sputnik" --catalog "$work/ship-ref" search satellite > "$work/ship.txt" || fail "search the shipped reference"
"$sputnik" --kb "$shipped_kb" --catalog "$work/ship" build > /dev/null || fail "first build of the shipped kb"
for delay in 0.01 0.05 0.1 0.2 0.3 0.45 0.6 0.8 1.0 1.3; do
  what="kill -9 after ${delay}s"
  "$sputnik" --kb "$shipped_kb" --catalog "$work/ship" build --force > /dev/null 2>&1 &
  pid=$!
  sleep "$delay"
  kill -9 "$pid" 2> /dev/null && injected=$((injected + 1))
  wait "$pid" 2> /dev/null
  "$sputnik" --catalog "$work/ship" search satellite > "$work/got.txt" 2>&1 || fail "search after $what"
  cmp -s "$work/got.txt" "$work/ship.txt" || fail "search answers differently after $what"
done
"$sputnik" --kb "$shipped_kb" --catalog "$work/ship" build --force > /dev/null || fail "build after the timed kills"
what="the timed kills"; check_clean "$work/ship"
echo "faults injected: $injected"
finish
