#!/usr/bin/env bash
# Without --catalog, read commands build a per-user catalog on first use, reuse it
# while the kb is unchanged, and rebuild it when the kb changes.
source "$(dirname "$0")/lib.sh"

cp -r "$kb" "$work/kb"
export SPUTNIK_KB="$work/kb"
"$sputnik" search gps > "$work/first.txt" || fail "first search without a catalog"
check_contains "$work/first.txt" "Global Positioning System" "first search"
catalogs=("$XDG_CACHE_HOME"/sputnik/catalogs/*)
[ -d "${catalogs[0]}" ] || fail "no catalog under \$XDG_CACHE_HOME/sputnik/catalogs"
first_gen=$(readlink "${catalogs[0]}/current")

"$sputnik" show gps > /dev/null || fail "show with the cached catalog"
check_eq "$(readlink "${catalogs[0]}/current")" "$first_gen" "generation reused while kb unchanged"

sed -i 's/Satellite navigation for everyone/Satellite positioning for everyone/' "$work/kb/sputnik.toml"
"$sputnik" search positioning > "$work/second.txt" || fail "search after the kb changed"
check_contains "$work/second.txt" "Global Positioning System" "search sees the edited kb"
[ "$(readlink "${catalogs[0]}/current")" != "$first_gen" ] || fail "catalog was not rebuilt after the kb changed"

"$sputnik" build > "$work/build.txt" || fail "explicit build of the default catalog"
check_contains "$work/build.txt" "is up to date" "no-op build"
finish
