#!/usr/bin/env bash
# `build --shards N` writes N Xapian shards and a stub; every read command must answer
# exactly as on a one-shard catalog, and so must a search across two xapian-tcpsrv
# servers on 127.0.0.1 (a stub of `remote` lines passed with --index): same hits, same
# order, same facets.
source "$(dirname "$0")/lib.sh"
command -v xapian-tcpsrv > /dev/null || { fail "xapian-tcpsrv (Debian package xapian-tools) is required"; finish; }
command -v jq > /dev/null || { fail "jq is required"; finish; }

"$sputnik" --kb "$kb" --catalog "$work/one" build > /dev/null || fail "one-shard build"
"$sputnik" --kb "$kb" --catalog "$work/two" build --shards 2 > /dev/null || fail "two-shard build"
"$sputnik" --kb "$kb" --catalog "$work/three" build --shards 3 --threads 1 > /dev/null || fail "three-shard build"
gen=$(readlink -f "$work/two/current")
[ -f "$gen/xapian/XAPIANDB" ] || fail "no stub file XAPIANDB in the sharded index"
[ -d "$gen/xapian/shard-0" ] && [ -d "$gen/xapian/shard-1" ] || fail "shard-0 and shard-1 missing"
[ ! -e "$gen/xapian/shard-2" ] || fail "a third shard in a two-shard build"
"$sputnik" --catalog "$work/two" check > /dev/null || fail "check of the sharded catalog"
# The number of shards is part of what a build must match: asking for another one
# rebuilds an unchanged kb, and a plain build keeps the number the catalog has.
"$sputnik" --kb "$kb" --catalog "$work/two" build > "$work/out.txt" || fail "plain build of a sharded catalog"
check_contains "$work/out.txt" "is up to date" "a plain build keeps two shards and has nothing to do"
"$sputnik" --kb "$kb" --catalog "$work/one" build --shards 2 > /dev/null || fail "resharding build"
[ -f "$work/one/current/xapian/XAPIANDB" ] || fail "build --shards 2 of an unchanged one-shard catalog did not reshard"
"$sputnik" --kb "$kb" --catalog "$work/one" build --shards 1 > "$work/out.txt" || fail "back to one shard"
check_contains "$work/out.txt" "built " "build --shards 1 rebuilds a two-shard catalog"
[ ! -e "$work/one/current/xapian/XAPIANDB" ] || fail "build --shards 1 left a stub"

queries=("satellite" "launch OR rocket" "type:spillover" "year:1957..1969" "人工衛星" "title:sputnik" "navigation NOT gps")
# The same command on two catalogs (or with extra options) must print the same bytes.
same() {
  local what=$1; shift
  local a b
  a=$("$sputnik" --catalog "$work/one" "$@" 2>&1; echo "exit $?")
  b=$("$sputnik" "${other[@]}" "$@" 2>&1; echo "exit $?")
  [ "$a" = "$b" ] || { fail "$what differs: sputnik $*"; diff <(echo "$a") <(echo "$b") | head -10 | sed 's/^/    /'; }
}

# As `same`, for the ids of the hits only, in order.
same_hits() {
  local what=$1; shift
  local a b
  a=$("$sputnik" --catalog "$work/one" "$@" | jq -c '[.hits[].id]')
  b=$("$sputnik" "${other[@]}" "$@" | jq -c '[.hits[].id]')
  [ "$a" != "[]" ] && [ -n "$a" ] || fail "$what: no hits for sputnik $*"
  [ "$a" = "$b" ] || fail "$what: different hits: $a vs $b"
}

compare_all() {
  local what=$1
  for q in "${queries[@]}"; do
    same "$what search" search "$q" --format json --facets --limit 50
    same "$what search by date" search "$q" --format ids --sort date --limit 50
  done
  same "$what search page 2" search satellite --offset 5 --limit 5 --format json
  # The words of `similar` are weighed with per-shard estimates, so near-equal ones may
  # swap places; the entries found, and their order, may not.
  same_hits "$what similar" similar sputnik-1 --format json --limit 20
  same "$what timeline" timeline --query satellite --format csv
  same "$what show" show sputnik-1 --format json
  same "$what spillovers" spillovers --era space-race --format json
  same "$what stats" stats --format json
  same "$what analogy" analogy sputnik-1 --format json
  same "$what narrative" narrative --format json
}

other=(--catalog "$work/two"); compare_all "two local shards"
other=(--catalog "$work/three"); compare_all "three local shards"

# Two servers, one per shard, searched through a stub of `remote` lines. Each listens on
# a random free port on 127.0.0.1; the scenario kills exactly the servers it started.
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2> /dev/null; done; }
trap cleanup EXIT
port=
start_server() {  # SHARD → sets $port
  local shard=$1 pid
  for _ in 1 2 3 4 5 6 7 8 9 10; do
    port=$((20000 + RANDOM % 40000))
    # In a session of its own: on SIGTERM the server signals its whole process group
    # (its forked connections), which would otherwise include ctest.
    setsid xapian-tcpsrv --interface 127.0.0.1 --port "$port" "$shard" > "$work/tcpsrv-$port.log" 2>&1 &
    pid=$!
    for _ in $(seq 50); do  # up to 5 s for it to listen
      if grep -q "Listening" "$work/tcpsrv-$port.log"; then pids+=("$pid"); return 0; fi
      kill -0 "$pid" 2> /dev/null || break  # it exited: the port was taken, try another
      sleep 0.1
    done
    kill "$pid" 2> /dev/null
  done
  return 1
}
start_server "$gen/xapian/shard-0" || fail "xapian-tcpsrv for shard-0 did not start"
port0=$port
start_server "$gen/xapian/shard-1" || fail "xapian-tcpsrv for shard-1 did not start"
port1=$port
printf 'remote 127.0.0.1:%s\nremote 127.0.0.1:%s\n' "$port0" "$port1" > "$work/remote.stub"

other=(--catalog "$work/two" --index "$work/remote.stub"); compare_all "two remote shards"
# Not just agreeing: the remote answer has the hits.
"$sputnik" --catalog "$work/two" --index "$work/remote.stub" search satellite --format ids > "$work/remote-ids.txt"
check_contains "$work/remote-ids.txt" "sputnik-1" "remote search finds sputnik-1"

# An index from another kb is refused, not searched.
mkdir -p "$work/kb2" && cp -r "$kb"/. "$work/kb2/" && echo '# changed' >> "$(ls "$work"/kb2/*.toml | head -1)"
"$sputnik" --kb "$work/kb2" --catalog "$work/other" build > /dev/null || fail "build of the changed kb"
"$sputnik" --catalog "$work/one" --index "$(readlink -f "$work/other/current")/xapian" search satellite > /dev/null 2> "$work/err.txt"
check_eq "$?" 4 "exit code for an index from another kb"
check_contains "$work/err.txt" "was built from another kb" "message for an index from another kb"
"$sputnik" --catalog "$work/one" --index "$work/nowhere" search satellite > /dev/null 2> "$work/err.txt"
check_eq "$?" 4 "exit code for a missing --index"
check_contains "$work/err.txt" "the index $work/nowhere does not exist" "message for a missing --index"
finish
