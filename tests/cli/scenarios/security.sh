#!/usr/bin/env bash
# Security promises, each checked against the built binary and the source tree:
# - hostile values reach SQL only as bound parameters: injection strings are just
#   unknown ids (exit 1/2), never SQL errors (exit 4), and change nothing;
# - read commands open the catalog read-only: not one byte or file of it changes;
# - every export escapes hostile text for its target and loads nothing over the network;
# - nothing is run through a shell except the user's own $PAGER, and no id becomes a path.
source "$(dirname "$0")/lib.sh"
src=$(cd "$data/../../src" && pwd)
hostile_kb=$data/hostile-kb
for tool in jq xmllint unzip; do command -v "$tool" > /dev/null || { fail "$tool is required (scripts/setup.sh)"; finish; }; done

"$sputnik" --kb "$kb" --catalog "$work/cat" build > /dev/null || fail "build"
tree() { (cd "$work/cat" && find . -type f -exec md5sum {} + | sort; find . | sort); }
tree > "$work/tree-before.txt"

# ---- SQL injection: every command that puts user text into a query ----------------------
injections=("x' OR '1'='1" "sputnik-1'; DROP TABLE entry; --" "\" OR 1=1 --" "%" "_" "sputnik-1\\" "')) UNION SELECT * FROM meta --")
attempts=0
for bad in "${injections[@]}"; do
  for cmd in "show" "spillovers --moment" "spillovers --category" "spillovers --era" "timeline --moment" \
             "analogy" "narrative --t0" "similar" "compare sputnik-1" "search --type"; do
    # shellcheck disable=SC2086  # the command is a list of words
    "$sputnik" --catalog "$work/cat" $cmd "$bad" > "$work/out.txt" 2> "$work/err.txt"
    rc=$?
    attempts=$((attempts + 1))
    case $rc in
      1|2) ;;
      *) fail "'$cmd' with '$bad' exited $rc"; sed 's/^/    /' "$work/err.txt" ;;
    esac
    grep -qiE 'sqlite|syntax error|malformed' "$work/err.txt" && fail "'$cmd' with '$bad' reached SQL as text"
  done
done
"$sputnik" --catalog "$work/cat" show sputnik-1 > /dev/null || fail "the catalog still answers after injections"

# ---- read-only: all read commands leave the catalog exactly as it was -------------------
for cmd in "search sputnik" "show sputnik-1" "spillovers --status all" "eras" "stats" "analogy sputnik-1" \
           "narrative" "similar sputnik-1" "timeline --format json" "check"; do
  # shellcheck disable=SC2086
  "$sputnik" --catalog "$work/cat" $cmd > /dev/null 2>&1 || fail "read command '$cmd'"
done
tree > "$work/tree-after.txt"
diff "$work/tree-before.txt" "$work/tree-after.txt" > /dev/null || fail "read commands changed the catalog"

# ---- exports of hostile text: escaped for their target, nothing fetched -----------------
"$sputnik" --kb "$hostile_kb" --catalog "$work/hostile" build > /dev/null || fail "build the hostile kb"
h() { "$sputnik" --catalog "$work/hostile" "$@"; }
title='Quote "double" & '"'"'single'"'"' <script>alert(1)</script>'
h show hostile-moment --format json > "$work/show.json" || fail "show json"
check_eq "$(jq -r '.title.en' "$work/show.json")" "$title" "JSON keeps the hostile title intact"
h search script --format jsonl | jq -e . > /dev/null || fail "search jsonl is not valid JSON lines"
h spillovers --status all --format csv > "$work/sp.csv" || fail "spillovers csv"
grep -q ',=cmd' "$work/sp.csv" && fail "CSV: a cell starts with '=' (formula injection)"
h timeline --format csv > "$work/tl.csv" || fail "timeline csv"
grep -qE '(^|,)"?[=+@]' "$work/tl.csv" && fail "timeline CSV: a cell starts with a formula character"
for f in md html svg mermaid markwhen marp csv json timelinejs; do
  h timeline --with-analogies --cite --format "$f" > "$work/t.$f" 2> "$work/t.err" || fail "timeline $f"
done
for f in md marp html svg mermaid markwhen; do
  grep -q '<script>alert' "$work/t.$f" && fail "timeline $f: the kb's <script> came out raw"
done
xmllint --noout "$work/t.svg" || fail "SVG is not well-formed XML"
jq -e . "$work/t.json" > /dev/null || fail "timeline json is not JSON"
jq -e . "$work/t.timelinejs" > /dev/null || fail "timeline timelinejs is not JSON"
for f in html svg; do
  # Links a reader may click are fine; anything the viewer would fetch by itself is not.
  grep -qiE '<(script|img|link|iframe|object|embed|image|use)[^>]*(src|href)="?(https?:)?//' "$work/t.$f" &&
    fail "$f export loads a remote resource"
  grep -qiE 'url\((["'"'"' ]*)(https?:)?//|@import' "$work/t.$f" && fail "$f export fetches CSS from the network"
done
grep -q "Content-Security-Policy" "$work/t.html" || fail "HTML export has no Content-Security-Policy"
h timeline --format pptx -o "$work/t.pptx" > /dev/null 2>&1 || fail "timeline pptx"
unzip -p "$work/t.pptx" '*.rels' | grep -q 'TargetMode="External"' && fail "PPTX links an external resource"

# ---- no shell, no paths from ids -----------------------------------------------------------
shells=$(grep -rnE '\b(system|popen|execl|execlp|execle|execv|execvp|execvpe|posix_spawnp?|fork)\s*\(' "$src" |
         grep -v 'pager_command()' || true)
[ -z "$shells" ] || fail "code that runs other programs (only \$PAGER may): $shells"
for id in "../../etc/passwd" "a/b" ".hidden"; do
  "$sputnik" --catalog "$work/cat" show "$id" > /dev/null 2> "$work/err.txt"
  check_eq "$?" 1 "show '$id' is an unknown id"
done
echo "$attempts injection attempts refused; read commands left the catalog byte-for-byte unchanged"
finish
