#!/usr/bin/env bash
# A build into a full, size-limited or read-only location fails with a message that names
# the file and the cause (exit 5) and leaves the previous catalog answering as before,
# with no partial files left behind.
source "$(dirname "$0")/lib.sh"

cp -r "$kb" "$work/kb-v2"
sed -i 's/title = { en = "Sputnik 1", /title = { en = "Sputnik 1 (second edition)", /' "$work/kb-v2/sputnik.toml"

check_failed_build() {  # CATALOG CAUSE — a build of kb-v2 fails for CAUSE; the catalog is intact
  local cat=$1 cause=$2
  "$sputnik" --catalog "$cat" search sputnik > "$work/before.txt" || fail "search before: $cause"
  "$sputnik" --kb "$work/kb-v2" --catalog "$cat" build --force > /dev/null 2> "$work/err.txt"
  check_eq "$?" 5 "exit code of a build that hits '$cause'"
  check_contains "$work/err.txt" "$cause" "the error names the cause"
  check_contains "$work/err.txt" "hint:" "the error says what to do"
  "$sputnik" --catalog "$cat" search sputnik > "$work/after.txt" 2>&1 || fail "search after: $cause"
  cmp -s "$work/before.txt" "$work/after.txt" || fail "the catalog answers differently after: $cause"
  [ -z "$(find "$cat" -maxdepth 1 -name '.tmp-*')" ] || fail "partial files left after: $cause"
}

# A file-size limit (ulimit -f, in KiB): works for any user.
"$sputnik" --kb "$kb" --catalog "$work/limited" build > /dev/null || fail "build before the size limit"
(ulimit -f 64 && check_failed_build "$work/limited" "disk I/O error"; exit "$failures") || failures=$((failures + 1))

if [ "$(id -u)" = 0 ]; then
  # Root ignores permissions, so a real small file system stands in for a full disk, then
  # for a read-only one. Each generation of the fixture catalog takes about 340 KB.
  mkdir -p "$work/small"
  mount -t tmpfs -o size=512k sputnik-test "$work/small" || { fail "cannot mount a tmpfs as root"; finish; }
  trap 'umount "$work/small" 2> /dev/null' EXIT
  "$sputnik" --kb "$kb" --catalog "$work/small/cat" build > /dev/null || fail "first build on the small disk"
  check_failed_build "$work/small/cat" "No space left on device"
  mount -o remount,ro "$work/small" || fail "cannot make the tmpfs read-only"
  check_failed_build "$work/small/cat" "Read-only file system"
else
  "$sputnik" --kb "$kb" --catalog "$work/ro/cat" build > /dev/null || fail "first build before chmod"
  chmod a-w "$work/ro/cat"
  check_failed_build "$work/ro/cat" "Permission denied"
  chmod u+w "$work/ro/cat"
fi
finish
