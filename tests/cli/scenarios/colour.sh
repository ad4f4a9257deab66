#!/usr/bin/env bash
# Colour only on a terminal: NO_COLOR, --color never and TERM=dumb turn it off there,
# --color always and config color = "always" turn it on anywhere.
source "$(dirname "$0")/lib.sh"
command -v script >/dev/null || { fail "script(1) from util-linux is missing; scripts/setup.sh installs it"; finish; }
unset NO_COLOR
export PAGER=cat TERM=xterm
"$sputnik" --kb "$kb" --catalog "$work/cat" build > /dev/null || fail "build"
esc=$'\e['
on_tty() { script -qec "$*" /dev/null; }
has_colour() { grep -qF "$esc" "$1"; }

on_tty "$sputnik" --catalog "$work/cat" search satellite > "$work/tty.txt"
has_colour "$work/tty.txt" || fail "no colour on a terminal"
NO_COLOR=1 on_tty "$sputnik" --catalog "$work/cat" search satellite > "$work/nocolor.txt"
has_colour "$work/nocolor.txt" && fail "NO_COLOR ignored"
on_tty "$sputnik" --color never --catalog "$work/cat" search satellite > "$work/never.txt"
has_colour "$work/never.txt" && fail "--color never ignored"
TERM=dumb on_tty "$sputnik" --catalog "$work/cat" search satellite > "$work/dumb.txt"
has_colour "$work/dumb.txt" && fail "TERM=dumb ignored"
"$sputnik" --catalog "$work/cat" search satellite > "$work/pipe.txt"
has_colour "$work/pipe.txt" && fail "colour in a pipe"
"$sputnik" --color always --catalog "$work/cat" search satellite > "$work/always.txt"
has_colour "$work/always.txt" || fail "--color always into a pipe"
mkdir -p "$work/config/sputnik" && echo 'color = "always"' > "$work/config/sputnik/config.toml"
XDG_CONFIG_HOME="$work/config" "$sputnik" --catalog "$work/cat" search satellite > "$work/config.txt"
has_colour "$work/config.txt" || fail "config color = always"
XDG_CONFIG_HOME="$work/config" "$sputnik" --color never --catalog "$work/cat" search satellite > "$work/flag.txt"
has_colour "$work/flag.txt" && fail "--color never does not beat the config"
finish
