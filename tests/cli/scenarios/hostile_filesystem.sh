#!/usr/bin/env bash
# Paths that are not what they seem: each is a clear error naming the path, with the
# documented exit status, the catalog untouched — never "internal error", never skipped.
source "$(dirname "$0")/lib.sh"
cd "$work" || exit 1

# expect STATUS TEXT WHAT -- ARGS…: runs sputnik, checks its exit status and that its output
# (validate lists problems on stdout, the rest go to stderr) says TEXT.
expect() {
  local status=$1 text=$2 what=$3
  shift 4
  timeout 60 "$sputnik" "$@" > "$work/out.txt" 2> "$work/err.txt"
  check_eq "$?" "$status" "$what: exit status"
  cat "$work/out.txt" "$work/err.txt" > "$work/both.txt"
  [ -z "$text" ] || check_contains "$work/both.txt" "$text" "$what: says so"
  cat "$work/err.txt" >> "$work/all-stderr.txt"
}
fresh_kb() { rm -rf "$work/k" && cp -r "$kb" "$work/k"; }

"$sputnik" --kb "$kb" --catalog "$work/cat" build > /dev/null || fail "first build"
before=$(readlink "$work/cat/current")
catalog_untouched() { check_eq "$(readlink "$work/cat/current")" "$before" "$1: the catalog is untouched"; }

# The kb folder itself
expect 3 "/nonexistent-kb: kb: does not exist" "missing kb, build" -- --kb /nonexistent-kb --catalog "$work/cat" build
catalog_untouched "missing kb"
expect 3 "nope: kb: does not exist" "missing kb, search with the per-user catalog" -- --kb nope search gps
expect 3 "nope: kb: does not exist" "missing kb, validate" -- --kb nope validate
touch "$work/kbfile"
expect 3 "kbfile: kb: is a file, not a kb folder" "a file as the kb" -- --kb kbfile validate
grep -q "kbfile:0:0" "$work/both.txt" && fail "a whole-file problem shows no 0:0 position"
SPUTNIK_KB=nope expect 3 "nope: kb: does not exist" "missing kb from the environment" -- validate

# Inside the kb folder
fresh_kb && ln -s loop "$work/k/loop"
expect 3 "k/loop: file: is a symbolic link loop" "a link loop" -- --kb k --catalog "$work/cat" build
catalog_untouched "a link loop"
fresh_kb && ln -s missing.toml "$work/k/x.toml"
expect 3 "k/x.toml: file: cannot be read: a dangling symbolic link (to missing.toml)" "a dangling link" -- \
  --kb k --catalog "$work/cat" build
catalog_untouched "a dangling link"
fresh_kb && mkfifo "$work/k/pipe.toml"
expect 3 "k/pipe.toml: file: is a FIFO; a kb file must be a plain file" "a FIFO, refused without hanging" -- \
  --kb k validate
fresh_kb && mkdir -p "$work/k/sub" && ln -s .. "$work/k/sub/up"
expect 0 "" "a link back to a parent folder is read once" -- --kb k validate
check_contains "$work/out.txt" "k is valid: 4 files" "a link back to a parent folder: each file once"
fresh_kb && ln -s k "$work/kl"
expect 0 "" "a kb folder that is a link to a folder" -- --kb kl validate
check_contains "$work/out.txt" "kl is valid: 4 files" "a linked kb folder works"
fresh_kb && mkdir "$work/k/.git" && echo "not = toml = at all" > "$work/k/.git/x.toml" && echo junk > "$work/k/x.toml~"
expect 0 "" "hidden folders and editor backups are skipped" -- --kb k validate

# Byte-order marks and CRLF line ends are read as before.
fresh_kb
printf '\xef\xbb\xbf' | cat - "$kb/spillovers.toml" > "$work/k/spillovers.toml"
sed 's/$/\r/' "$kb/sputnik.toml" > "$work/k/sputnik.toml"
expect 0 "" "a BOM and CRLF line ends" -- --kb k validate
check_contains "$work/out.txt" "k is valid: 4 files; 2 moments" "a BOM and CRLF: every entry read"

# A 10,000-file kb folder works and says how many files it read.
fresh_kb && mkdir -p "$work/k/many"
for i in $(seq 1 10000); do : > "$work/k/many/empty-$i.toml"; done
expect 0 "" "a 10,000-file kb folder" -- --kb k validate
check_contains "$work/out.txt" "k is valid: 10004 files" "a 10,000-file kb folder: the count"

# Catalog, index, config and output paths
touch "$work/catfile"
expect 4 "catfile is a file, not a catalog directory" "a file as --catalog, search" -- --catalog catfile search gps
expect 4 "catfile is a file, not a catalog directory" "a file as --catalog, build" -- --kb "$kb" --catalog catfile build
check_eq "$(stat -c %s "$work/catfile")" "0" "a file as --catalog is left as it was"
expect 4 "the index nowhere does not exist" "a missing --index" -- --catalog "$work/cat" --index nowhere search gps
mkdir "$work/cfgdir"
expect 2 "the config cfgdir is a directory, not a config file" "a directory as --config" -- \
  --config cfgdir --kb "$kb" validate
mkdir -p "$work/config/sputnik" && ln -s gone.toml "$work/config/sputnik/config.toml"
XDG_CONFIG_HOME="$work/config" expect 2 "cannot be read: a dangling symbolic link" "a dangling default config" -- \
  --kb "$kb" validate
mkdir "$work/outdir"
expect 5 "cannot write outdir: it is a directory" "a directory as -o" -- \
  --catalog "$work/cat" timeline --moment sputnik-1 -o outdir --format md
expect 5 "cannot write nodir/x.md: it is in nodir, which does not exist" "-o in a missing folder" -- \
  --catalog "$work/cat" timeline --moment sputnik-1 -o nodir/x.md

# The default per-user catalog folder replaced by a file: the error names it, to remove.
"$sputnik" --kb "$kb" stats > /dev/null || fail "stats with the per-user catalog"
default_catalog=$(find "$work/cache/sputnik/catalogs" -mindepth 1 -maxdepth 1 | head -1)
rm -rf "$default_catalog" && touch "$default_catalog"
expect 4 "$default_catalog is a file, not a catalog directory" "the per-user catalog replaced by a file" -- \
  --kb "$kb" stats
check_contains "$work/err.txt" "remove $default_catalog" "the per-user catalog replaced by a file: what to remove"

grep -q "internal error" "$work/all-stderr.txt" && fail "a path problem reached the top level as an internal error"
finish
