#!/usr/bin/env bash
# What annotate is given that is not an article: each a clear error with the documented exit
# status, never a crash or a hang; and the largest text it takes, answered in bounded time.
source "$(dirname "$0")/lib.sh"
cd "$work" || exit 1
"$sputnik" --kb "$kb" --catalog "$work/cat" build > /dev/null || fail "build"

# expect STATUS TEXT WHAT -- ARGS…
expect() {
  local status=$1 text=$2 what=$3
  shift 4
  timeout 60 "$sputnik" --catalog "$work/cat" "$@" > "$work/out.txt" 2> "$work/err.txt"
  check_eq "$?" "$status" "$what: exit status"
  [ -z "$text" ] || check_contains "$work/err.txt" "$text" "$what: says so"
}

: > empty.md
expect 2 "empty.md is empty: there is nothing to annotate" "an empty file" -- annotate empty.md
printf ' \n\t\n' > blank.md
expect 2 "blank.md is empty" "a file of blanks" -- annotate blank.md
printf 'GPS\0\1\2 binary' > binary.bin
expect 2 "binary.bin is not text (it holds NUL bytes)" "a binary file" -- annotate binary.bin
printf 'Sputnik was launched in 1957.\nThe \xff\xfe satellite beeped.\n' > latin1.txt
expect 2 "latin1.txt:2: not valid UTF-8" "invalid UTF-8, with its line" -- annotate latin1.txt
mkdir adir
expect 5 "cannot read adir: it is a directory" "a directory" -- annotate adir
expect 5 "cannot read nope.md: it does not exist" "a missing file" -- annotate nope.md

# Ten megabytes is a book, not an article: refused at once, with the size.
head -c 10000000 /dev/zero | tr '\0' 'a' > big.txt
start=$(date +%s)
expect 2 "big.txt is 10.0 MB; annotate takes up to 1 MB of text at a time" "a 10 MB text" -- annotate big.txt
check_eq "$(( $(date +%s) - start < 5 ))" 1 "a 10 MB text is refused without reading it through"

# A run-on sentence longer than any query is searched by its first words, not refused.
{ for i in $(seq 1 1500); do printf '宇宙'; done; printf '。\n'; } > runon.md
expect 0 "" "a 6 kB run-on sentence" -- annotate runon.md --format json
check_eq "$(jq -r '.sentences_total' out.txt)" 1 "a 6 kB run-on sentence: one sentence"

# A byte-order mark, CRLF line ends and standard input are fine.
printf '\xef\xbb\xbfSputnik 1 was launched in 1957.\r\nGPS came from Transit.\r\n' > bom.md
expect 0 "" "a BOM and CRLF" -- annotate bom.md --format json
check_eq "$(jq -r '.sentences | length' out.txt)" 2 "a BOM and CRLF: two sentences"
check_eq "$(jq -r '.sentences[0].text' out.txt)" "Sputnik 1 was launched in 1957." "a BOM and CRLF: clean text"
printf 'Sputnik 1 was launched in 1957.\n' | timeout 60 "$sputnik" --catalog "$work/cat" annotate - --format json \
  > out.txt 2> err.txt || fail "standard input"
check_eq "$(jq -r '.sentences[0].entries[0].id' out.txt)" "sputnik-1" "standard input is annotated"

# A long text (300 kB, about 3,700 sentences) in bounded time: each sentence is one search,
# and the entries it finds are read once. (The 1 MB limit itself is timed in bench, not here:
# the sanitizer build runs this scenario too.)
sentence="Sputnik 1 was launched by the Soviet Union in 1957, and GPS grew out of Transit. "
: > large.txt
while [ "$(stat -c %s large.txt)" -lt 300000 ]; do printf '%s' "$sentence$sentence$sentence$sentence" >> large.txt; done
start=$(date +%s)
expect 0 "" "a 300 kB text" -- annotate large.txt --format json
check_eq "$(( $(date +%s) - start < 120 ))" 1 "a 300 kB text is annotated within two minutes"
check_eq "$(jq -r '.sentences_total > 3500' out.txt)" true "a 300 kB text: every sentence reported"
finish
