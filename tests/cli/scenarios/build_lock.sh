#!/usr/bin/env bash
# Two builds at once: the second fails cleanly with a message and exit 4 while the
# first holds the lock; the catalog stays usable.
source "$(dirname "$0")/lib.sh"
command -v flock > /dev/null || { fail "flock(1) from util-linux is required"; finish; }

"$sputnik" --kb "$kb" --catalog "$work/cat" build > /dev/null || fail "initial build"
exec 9> "$work/cat/.lock"
flock -n 9 || fail "could not take the lock for the test"
"$sputnik" --kb "$kb" --catalog "$work/cat" build --force > /dev/null 2> "$work/err.txt"
check_eq "$?" 4 "exit code while another build holds the lock"
check_contains "$work/err.txt" "another sputnik build is writing" "lock message"
exec 9>&-
"$sputnik" --kb "$kb" --catalog "$work/cat" build --force > /dev/null || fail "build after the lock is released"
"$sputnik" --catalog "$work/cat" search gps > /dev/null || fail "search after the rebuild"
ls -d "$work"/cat/gen-* | wc -l | grep -qx 2 || fail "old generations were not cleaned up (expected current + previous)"
finish
