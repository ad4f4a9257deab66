#!/usr/bin/env bash
# Readers querying in a loop while builds keep replacing the catalog never see an error
# or a half-built catalog: every answer is the whole answer of one kb or the other.
# Readers of the default (cached) catalog that find it stale wait for the build under way.
source "$(dirname "$0")/lib.sh"

cp -r "$kb" "$work/kb-v1"
cp -r "$kb" "$work/kb-v2"
sed -i 's/title = { en = "Sputnik 1", /title = { en = "Sputnik 1 (second edition)", /' "$work/kb-v2/sputnik.toml"

# Each query is one process, and each must answer wholly from one kb or the other.
queries=("search sputnik --format json" "show sputnik-1" "spillovers --era 1950..2030 --format csv")
ask() {  # CATALOG QUERY_NUMBER
  # shellcheck disable=SC2086  # the query is a list of words
  "$sputnik" --catalog "$1" ${queries[$2]} 2>&1
}
for v in v1 v2; do
  "$sputnik" --kb "$work/kb-$v" --catalog "$work/ref-$v" build > /dev/null || fail "reference build $v"
  for q in 0 1 2; do ask "$work/ref-$v" "$q" > "$work/$v-$q.txt"; done
done
for q in 0 1 2; do cmp -s "$work/v1-$q.txt" "$work/v2-$q.txt" && fail "the two kbs answer '${queries[$q]}' alike"; done
whole_answer() {  # FILE QUERY_NUMBER
  cmp -s "$1" "$work/v1-$2.txt" || cmp -s "$1" "$work/v2-$2.txt"
}

"$sputnik" --kb "$work/kb-v1" --catalog "$work/cat" build > /dev/null || fail "first build"
reader() {  # N — query until the builder is done; count answers and bad answers
  local n=$1 reads=0 bad=0
  while [ ! -e "$work/builds-done" ]; do
    local q=$((reads % 3))
    if ask "$work/cat" "$q" > "$work/read-$n.txt" && whole_answer "$work/read-$n.txt" "$q"; then
      reads=$((reads + 1))
    else
      bad=$((bad + 1)); cp "$work/read-$n.txt" "$work/bad-$n-$bad.txt"
    fi
  done
  echo "$reads $bad" > "$work/reader-$n.result"
}
reader 1 & reader1=$!
reader 2 & reader2=$!
builds=0
for round in $(seq 1 15); do
  for v in v2 v1; do
    "$sputnik" --kb "$work/kb-$v" --catalog "$work/cat" build --wait > /dev/null 2> "$work/build.err" ||
      { fail "build $round/$v failed while readers ran"; cat "$work/build.err"; }
    builds=$((builds + 1))
  done
done
touch "$work/builds-done"
wait "$reader1" "$reader2"
total=0
for n in 1 2; do
  read -r reads bad < "$work/reader-$n.result"
  check_eq "$bad" 0 "answers by reader $n that were errors or mixed (see $work/bad-$n-*.txt)"
  [ "$reads" -gt 0 ] || fail "reader $n never finished a query"
  total=$((total + reads))
done
echo "$builds builds replaced the catalog under $total whole reads"

# Two builds at once: with --wait the second waits for the first, and both succeed.
"$sputnik" --kb "$work/kb-v2" --catalog "$work/cat" build --force --wait > /dev/null & first=$!
"$sputnik" --kb "$work/kb-v1" --catalog "$work/cat" build --force --wait > /dev/null || fail "second waiting build"
wait "$first" || fail "first of two simultaneous builds"
ask "$work/cat" 0 > "$work/final.txt"
whole_answer "$work/final.txt" 0 ||
  fail "after two simultaneous builds the catalog answers neither kb"

# Readers of a stale default catalog, all at once: each waits for one build, none fails.
"$sputnik" --kb "$work/kb-v1" search sputnik > /dev/null || fail "first build of the default catalog"
sed -i 's/(second edition)/(third edition)/' "$work/kb-v2/sputnik.toml"
pids=()
for n in 1 2 3 4; do "$sputnik" --kb "$work/kb-v2" search "third edition" > "$work/stale-$n.txt" 2>&1 & pids+=($!); done
for n in 1 2 3 4; do wait "${pids[$((n - 1))]}" || { fail "reader $n of the stale default catalog failed"; cat "$work/stale-$n.txt"; }; done
finish
