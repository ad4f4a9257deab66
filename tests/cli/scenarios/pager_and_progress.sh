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

# A terminal that reports no size (a pseudo-terminal nobody sized, as under script(1) in a CI
# job): with no height known, nothing is paged, even with the default pager, which would wait.
(
  unset LINES PAGER
  export TERM=xterm  # a terminal less can drive: it would wait for a key press
  timeout 30 script -qec "stty rows 0 cols 0; $sputnik --catalog $work/cat search -n 50 ''" /dev/null \
    < /dev/null > "$work/sizeless.txt"
  echo $? > "$work/sizeless.rc"
)
check_eq "$(cat "$work/sizeless.rc")" 0 "a terminal of 0 rows: sputnik ends without waiting for a pager"
check_contains "$work/sizeless.txt" "Transit satellite navigation" "a terminal of 0 rows gets the results directly"

"$sputnik" --catalog "$work/cat" search satellite > "$work/pipe.txt"
[ -e "$work/paged.txt" ] && fail "output into a pipe was paged"
check_contains "$work/pipe.txt" "Transit satellite navigation" "piped output"
finish
