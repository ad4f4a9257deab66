#!/usr/bin/env bash
# On a terminal (a pseudo-terminal from script(1)): long output goes through $PAGER,
# --no-pager, PAGER=cat and `pager = false` turn that off, and a build shows progress.
# Off a terminal: no pager, no progress.
source "$(dirname "$0")/lib.sh"
command -v script >/dev/null || { fail "script(1) from util-linux is missing; scripts/setup.sh installs it"; finish; }

on_tty() { script -qec "$*" /dev/null; }
export LINES=10 PAGER="cat > $work/paged.txt"

on_tty "$sputnik" --kb "$kb" --catalog "$work/cat" build > "$work/build-tty.txt"
check_contains "$work/build-tty.txt" "indexing 16/16 entries" "progress on a terminal"
"$sputnik" --kb "$kb" --catalog "$work/cat2" build > "$work/build.txt" 2>&1
grep -q "indexing" "$work/build.txt" && fail "progress printed off a terminal"

on_tty "$sputnik" --catalog "$work/cat" search satellite > "$work/tty.txt"
[ -s "$work/paged.txt" ] || fail "long output on a terminal did not go through \$PAGER"
check_contains "$work/paged.txt" "Transit satellite navigation" "the pager got the results"

rm -f "$work/paged.txt"
on_tty "$sputnik" --catalog "$work/cat" search satellite -n 1 > /dev/null
[ -e "$work/paged.txt" ] && fail "output shorter than the screen was paged"

on_tty "$sputnik" --no-pager --catalog "$work/cat" search satellite > "$work/nopager.txt"
[ -e "$work/paged.txt" ] && fail "--no-pager still paged"
check_contains "$work/nopager.txt" "Transit satellite navigation" "--no-pager writes to the terminal"

PAGER=cat on_tty "$sputnik" --catalog "$work/cat" search satellite > "$work/cat.txt"
[ -e "$work/paged.txt" ] && fail "PAGER=cat still paged"

mkdir -p "$work/config/sputnik" && echo 'pager = false' > "$work/config/sputnik/config.toml"
XDG_CONFIG_HOME="$work/config" on_tty "$sputnik" --catalog "$work/cat" search satellite > /dev/null
[ -e "$work/paged.txt" ] && fail "config pager = false still paged"

"$sputnik" --catalog "$work/cat" search satellite > "$work/pipe.txt"
[ -e "$work/paged.txt" ] && fail "output into a pipe was paged"
check_contains "$work/pipe.txt" "Transit satellite navigation" "piped output"
finish
