#!/usr/bin/env bash
# A catalog of another schema or format version, or with a truncated, missing, emptied or
# overwritten SQLite file or Xapian table, is reported on open with the fix (exit 4,
# "sputnik build") — never a crash, never silently empty or different results.
# `sputnik check` finds any changed byte; `sputnik build` repairs a damaged catalog even
# though the kb has not changed.
source "$(dirname "$0")/lib.sh"
command -v sqlite3 > /dev/null || { fail "sqlite3 (Debian package sqlite3) is required"; finish; }

"$sputnik" --kb "$kb" --catalog "$work/ref" build > /dev/null || fail "reference build"
queries=("search sputnik" "show sputnik-1" "spillovers --era 1950..2030" "stats" "similar sputnik-1")
for q in "${!queries[@]}"; do
  # shellcheck disable=SC2086
  "$sputnik" --catalog "$work/ref" ${queries[$q]} > "$work/ref-$q.txt" 2>&1 || fail "reference query ${queries[$q]}"
done
"$sputnik" --catalog "$work/ref" check > /dev/null || fail "check of an intact catalog"

damages=0
damage() {  # DESCRIPTION SHELL-COMMAND — run on a copy whose generation is $gen
  local what=$1
  rm -rf "$work/cat" && cp -a "$work/ref" "$work/cat"
  gen=$(readlink -f "$work/cat/current")
  eval "$2" || { fail "could not damage: $what"; return; }
  damages=$((damages + 1))
  for q in "${!queries[@]}"; do
    # shellcheck disable=SC2086
    "$sputnik" --catalog "$work/cat" ${queries[$q]} > "$work/out.txt" 2> "$work/err.txt"
    local rc=$?
    if [ "$rc" -eq 0 ]; then
      # Damage the query never touches may go unnoticed, but then the answer must be whole.
      cmp -s "$work/out.txt" "$work/ref-$q.txt" || fail "$what: '${queries[$q]}' answered differently with exit 0"
    else
      check_eq "$rc" 4 "$what: exit code of '${queries[$q]}'"
      check_contains "$work/err.txt" "sputnik build" "$what: '${queries[$q]}' says how to fix it"
    fi
  done
  "$sputnik" --catalog "$work/cat" check > /dev/null 2> "$work/err.txt"
  check_eq "$?" 4 "$what: exit code of check"
  "$sputnik" --kb "$kb" --catalog "$work/cat" build > /dev/null 2>&1 || fail "$what: build to repair"
  "$sputnik" --catalog "$work/cat" check > /dev/null 2>&1 || fail "$what: check after the repair"
}
size() { stat -c %s "$1"; }
overwrite() {  # FILE OFFSET BYTES — plausible-looking garbage over part of a file
  printf '%*s' "$3" '' | tr ' ' 'Z' | dd of="$1" bs=1 seek="$2" conv=notrunc status=none
}

damage "schema version changed" 'sqlite3 "$gen/catalog.sqlite" "PRAGMA user_version = 999"'
damage "manifest from another format" 'sed -i "1s/.*/sputnik-catalog 999/" "$gen/MANIFEST"'
damage "manifest missing (an older sputnik)" 'rm "$gen/MANIFEST"'
damage "SQLite file truncated to half" 'truncate -s $(( $(size "$gen/catalog.sqlite") / 2 )) "$gen/catalog.sqlite"'
damage "SQLite file emptied" ': > "$gen/catalog.sqlite"'
damage "SQLite header zeroed" 'dd if=/dev/zero of="$gen/catalog.sqlite" bs=100 count=1 conv=notrunc status=none'
damage "SQLite pages overwritten" 'overwrite "$gen/catalog.sqlite" 8192 20000'
damage "SQLite file missing" 'rm "$gen/catalog.sqlite"'
for table in postlist termlist position docdata; do
  damage "Xapian $table table truncated" 'truncate -s $(( $(size "$gen/xapian/$table.glass") / 2 )) "$gen/xapian/$table.glass"'
  damage "Xapian $table table missing" 'rm "$gen/xapian/$table.glass"'
  damage "Xapian $table table overwritten" 'overwrite "$gen/xapian/$table.glass" 0 8192'
done
damage "Xapian version file emptied" ': > "$gen/xapian/iamglass"'
damage "one byte changed inside a table" 'printf x | dd of="$gen/xapian/postlist.glass" bs=1 seek=100 conv=notrunc status=none'
damage "current points nowhere" 'ln -sfn gen-missing "$work/cat/current"'
echo "$damages kinds of damage, ${#queries[@]} queries each"

# The copies above are all new files. A no-op build rehashes only files whose inode
# changed since the build, so damage in place, with the modification time put back,
# must still be found and repaired.
rm -rf "$work/cat" && "$sputnik" --kb "$kb" --catalog "$work/cat" build > /dev/null || fail "in-place build"
gen=$(readlink -f "$work/cat/current")
touch -r "$gen/xapian/postlist.glass" "$work/stamp"
printf x | dd of="$gen/xapian/postlist.glass" bs=1 seek=100 conv=notrunc status=none
touch -r "$work/stamp" "$gen/xapian/postlist.glass"
"$sputnik" --kb "$kb" --catalog "$work/cat" build > "$work/out.txt" 2>&1 || fail "build after in-place damage"
check_contains "$work/out.txt" "built " "a build after in-place damage rebuilds"
"$sputnik" --kb "$kb" --catalog "$work/cat" build > "$work/out.txt" 2>&1
check_contains "$work/out.txt" "is up to date" "the next build has nothing to do"
finish
