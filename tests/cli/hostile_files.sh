#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Bad input: each hostile kb file in tests/data/hostile-files (and a few generated here, too
# big to commit), added alone to the fixture kb, must make `validate` and `build` exit 3 with
# a `FILE:LINE:COL: field: message` report at the line EXPECTED gives, never crash or hang,
# and leave an existing catalog exactly as it was.
# Arguments: SPUTNIK FIXTURE_KB WORKDIR
set -uo pipefail
sputnik=$1 kb=$2 work=$3
hostile=$(dirname "$kb")/hostile-files
expected=$hostile/EXPECTED
rm -rf "$work" && mkdir -p "$work/generated"
export XDG_CACHE_HOME="$work/cache" HOME="$work" NO_COLOR=1 COLUMNS=80 LC_ALL=C.UTF-8
unset SPUTNIK_KB SPUTNIK_CATALOG

files=0 checks=0 failures=0
case_failed=0
check() {  # check CONDITION-STATUS MESSAGE: counts one check, reports it when it failed
  checks=$((checks + 1))
  if [ "$1" -ne 0 ]; then
    echo "FAIL $name: $2"
    failures=$((failures + 1)) case_failed=1
  fi
}

repeat() { head -c "$2" /dev/zero | tr '\0' "$1"; }  # CHAR COUNT

# Written at test time: a 10 MB summary, a 2 MB title, a 10 MB key, keys 100,000 parts deep.
generate() {
  local out=$work/generated/$1
  case $1 in
    generated-huge-summary.toml)
      { printf '[[moment]]\nid = "hostile-huge"\ndate = "1957-10-04"\ntitle = { en = "T", ja = "T" }\nsummary = { en = "'
        repeat x 10485760
        printf '", ja = "s" }\nshocking = "ussr"\nshocked = ["us"]\nlabel = "none"\nsources = ["src-nasa-sputnik"]\n'
      } > "$out" ;;
    generated-huge-title.toml)
      { printf '[[moment]]\nid = "hostile-huge-title"\ndate = "1957-10-04"\ntitle = { en = "'
        repeat y 2000000
        printf '", ja = "y" }\nsummary = { en = "s", ja = "s" }\nshocking = "ussr"\nshocked = ["us"]\nlabel = "none"\n'
        printf 'sources = ["src-nasa-sputnik"]\n'
      } > "$out" ;;
    generated-huge-key.toml)
      { printf '[[country]]\nid = "hostile-huge-key"\nname = { en = "x", ja = "y" }\n'
        repeat k 10485760
        printf ' = 1\n'
      } > "$out" ;;
    generated-deep-table-header.toml)
      { printf '# a table header 100,000 keys deep\n['; { echo hostile; seq 100000 | sed 's/.*/a/'; } | paste -sd. | sed 's/$/]/'
        printf 'x = 1\n'
      } > "$out" ;;
    generated-deep-dotted-key.toml)
      { printf '[[country]]\nid = "hostile-deep-key"\n'; seq 100000 | sed 's/.*/a/' | paste -sd. | sed 's/$/ = 1/'
      } > "$out" ;;
    *) return 1 ;;
  esac
}

# Every file in the directory has expectations, and every expectation a file.
mapfile -t listed < <(grep -v '^#' "$expected" | cut -f1 | awk 'NF && !seen[$0]++')
for path in "$hostile"/*.toml; do
  name=$(basename "$path")
  printf '%s\n' "${listed[@]}" | grep -qxF "$name" || { echo "FAIL $name: no row in $expected"; failures=$((failures + 1)); }
done

# A good catalog first: every failing build below must leave it as it is.
"$sputnik" --kb "$kb" --catalog "$work/cat" build > /dev/null || { echo "FAIL: the fixture kb does not build"; exit 1; }
"$sputnik" --catalog "$work/cat" search sputnik --format ids > "$work/ids.before" || { echo "FAIL: search"; exit 1; }
link_before=$(readlink "$work/cat/current")
tree_before=$(cd "$work/cat" && find . -type f -exec md5sum {} + | sort)

crash_pattern='terminate called|Sanitizer|runtime error:|Segmentation fault|Aborted|core dumped|internal error'
# A hang guard, not a speed target (those belong in bench/): a 10 MB file takes about 1 s,
# 6 s under ASan, and quadratic work on it would take hours, so 60 s tells the two apart on
# any machine.
readonly hang_seconds=60

for name in "${listed[@]}"; do
  case_failed=0 files=$((files + 1))
  if [ -f "$hostile/$name" ]; then
    source_file=$hostile/$name
  else
    generate "$name" || { echo "FAIL $name: no such file and no generator"; failures=$((failures + 1)); continue; }
    source_file=$work/generated/$name
  fi
  dir=$work/kb-${name%.toml}
  mkdir -p "$dir" && cp "$kb"/*.toml "$dir"/ && cp "$source_file" "$dir/$name"
  out=$work/${name%.toml}

  # validate
  timeout "$hang_seconds" "$sputnik" --kb "$dir" validate > "$out.validate.out" 2> "$out.validate.err"
  rc=$?
  check $((rc == 3 ? 0 : 1)) "validate exits $rc, not 3$( ((rc >= 124)) && echo ' (timeout or signal: a crash or hang)')"
  ! grep -aqE "$crash_pattern" "$out.validate.out" "$out.validate.err"
  check $? "validate output reports a crash: $(grep -ahE "$crash_pattern" "$out.validate.out" "$out.validate.err" | head -1)"
  grep -qF "has " "$out.validate.err"
  check $? "validate's stderr does not give the count of problems"

  # The report: one readable line per problem, all in the hostile file.
  diagnostics=$(grep -a -c '' "$out.validate.out")
  check $((diagnostics > 0 ? 0 : 1)) "validate reports nothing"
  others=$(grep -av -- "^$dir/$name:[0-9]*:[0-9]*: " "$out.validate.out" | head -3)
  check $([ -z "$others" ] && echo 0 || echo 1) "lines not of the form $name:LINE:COL: …: $others"
  ! LC_ALL=C tr -d '\n' < "$out.validate.out" | LC_ALL=C grep -aq '[[:cntrl:]]'
  check $? "the report holds control characters"
  longest=$(awk '{ if (length($0) > n) n = length($0) } END { print n + 0 }' "$out.validate.out")
  check $((longest <= 8192 ? 0 : 1)) "a report line is $longest bytes long"

  first=1
  while IFS=$'\t' read -r file line text; do
    [ "$file" = "$name" ] || continue
    prefix="$dir/$name:$line:"
    if [ "$first" = 1 ]; then
      head -n 1 "$out.validate.out" | grep -aqF -- "$prefix"
      check $? "first diagnostic is not at line $line: $(head -n 1 "$out.validate.out" | cut -c1-200)"
      first=0
    fi
    grep -aF -- "$prefix" "$out.validate.out" | grep -aqF -- "$text"
    check $? "no diagnostic at line $line with '$text'"
  done < <(grep -v '^#' "$expected")

  # build: the same report, exit 3, and the catalog untouched
  timeout "$hang_seconds" "$sputnik" --kb "$dir" --catalog "$work/cat" build > "$out.build.out" 2> "$out.build.err"
  rc=$?
  check $((rc == 3 ? 0 : 1)) "build exits $rc, not 3"
  ! grep -aqE "$crash_pattern" "$out.build.out" "$out.build.err"
  check $? "build output reports a crash"
  cmp -s "$out.validate.out" "$out.build.out"
  check $? "build reports differently from validate: $(diff "$out.validate.out" "$out.build.out" | head -3 | cut -c1-200)"
  grep -qF "the catalog was not changed" "$out.build.err"
  check $? "build does not say the catalog was not changed"
  check $([ "$(readlink "$work/cat/current")" = "$link_before" ] && echo 0 || echo 1) "the current generation moved"
  tree_after=$(cd "$work/cat" && find . -type f -exec md5sum {} + | sort)
  check $([ "$tree_after" = "$tree_before" ] && echo 0 || echo 1) "catalog files changed"
  "$sputnik" --catalog "$work/cat" search sputnik --format ids > "$out.ids" 2>&1
  cmp -s "$work/ids.before" "$out.ids"
  check $? "search results changed after the failed build"

  [ "$case_failed" = 0 ] && echo "ok   $name: $(head -n 1 "$out.validate.out" | sed "s|^$dir/||" | cut -c1-160)"
  rm -rf "$dir"  # the generated files are large; outputs stay in $work for a look
done

echo "$files hostile files, $checks checks, $failures failed"
[ "$failures" -eq 0 ]
