#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The library's layering, checked on the includes (docs/ARCHITECTURE.md):
#   - only src/core/index/ reaches <xapian.h>, only src/core/store/ reaches <sqlite3.h>,
#     directly or through any header it includes;
#   - nothing under src/core/ reaches CLI11 (<CLI/…>): the library never parses a command line;
#   - each folder of src/core includes only the folders below it (the DEPENDS table), so the
#     dependencies run one way: util ← model ← kb, store, index ← catalog ← views ← render.
# bench/, fuzz/ and tests/ are held to the same rule, except the files listed in ALLOWED below,
# which measure or inspect the index itself.
# Usage: check_includes.sh ROOT [--list]   (--list prints every file that reaches each header)
set -euo pipefail
root=$1
list=${2:-}
cd "$root"

# Files that compare against raw Xapian or SQLite on purpose, with why.
declare -A ALLOWED=(
  [bench/floor.cpp]="the floor: the least raw Xapian and SQLite work that answers a command"
  [bench/raw_query.hpp]="the raw Xapian query shared by the two floors"
  [bench/query_latency.cpp]="times Searcher against raw Xapian on the same index"
  [bench/naive_build.cpp]="the naive indexing loop, one raw Xapian writer"
  [tests/unit/test_indexer.cpp]="compares the parallel index with a single writer's, document by document"
)

declare -A CLOSURE  # file -> space-separated system headers it reaches
resolve() {  # resolve INCLUDED FROM_FILE -> path or empty
  local inc=$1 from=$2
  if [ -f "src/$inc" ]; then echo "src/$inc"; elif [ -f "$(dirname "$from")/$inc" ]; then echo "$(dirname "$from")/$inc"; fi
}
reach() {  # reach FILE: sets CLOSURE[FILE]
  local file=$1
  [ -n "${CLOSURE[$file]+set}" ] && return
  CLOSURE[$file]=""
  local found="" line inc target
  while IFS= read -r line; do
    if [[ $line =~ ^[[:space:]]*#[[:space:]]*include[[:space:]]*\<([^>]+)\> ]]; then
      found+=" ${BASH_REMATCH[1]}"
    elif [[ $line =~ ^[[:space:]]*#[[:space:]]*include[[:space:]]*\"([^\"]+)\" ]]; then
      inc=${BASH_REMATCH[1]}
      target=$(resolve "$inc" "$file")
      if [ -n "$target" ]; then
        reach "$target"
        found+=" ${CLOSURE[$target]}"
      fi
    fi
  done < "$file"
  CLOSURE[$file]=$found
}

reaches() {  # reaches FILE HEADER-REGEX
  [[ " ${CLOSURE[$1]} " =~ [[:space:]]$2[[:space:]] ]]
}

# Which folders of src/core each folder may include (besides itself).
declare -A DEPENDS=(
  [util]=""
  [model]="util"
  [kb]="model util"
  [store]="model util"
  [index]="model util"
  [catalog]="kb store index model util"
  [views]="catalog kb store index model util"
  [render]="views model util"
)

failed=0
mapfile -t files < <(find src bench fuzz tests -name '*.cpp' -o -name '*.hpp' | sort)
for f in "${files[@]}"; do reach "$f"; done
check() {  # check HEADER-REGEX OWNER-DIR WHAT
  local header=$1 owner=$2 what=$3 f
  [ "$list" = --list ] && echo "files reaching $what:"
  for f in "${files[@]}"; do
    reaches "$f" "$header" || continue
    [ "$list" = --list ] && echo "  $f"
    [[ $f == "$owner"* ]] && continue
    [ -n "${ALLOWED[$f]+set}" ] && continue
    echo "layering: $f reaches $what, which only $owner may use (through: $(grep -l -E "$header" "$f" >/dev/null && echo 'a direct include' || echo 'a header it includes'))" >&2
    failed=1
  done
}
check 'xapian\.h' src/core/index/ '<xapian.h>'
check 'sqlite3\.h' src/core/store/ '<sqlite3.h>'
for f in "${files[@]}"; do
  [[ $f == src/core/* ]] || continue
  if reaches "$f" 'CLI/[^[:space:]]*'; then echo "layering: $f (the library) reaches CLI11" >&2; failed=1; fi
done
for f in "${files[@]}"; do
  [[ $f =~ ^src/core/([a-z]+)/ ]] || continue
  folder=${BASH_REMATCH[1]}
  if [ -z "${DEPENDS[$folder]+set}" ]; then
    echo "layering: $f is in src/core/$folder, which the DEPENDS table does not list" >&2; failed=1; continue
  fi
  while IFS= read -r used; do
    [ "$used" = "$folder" ] && continue
    [[ " ${DEPENDS[$folder]} " == *" $used "* ]] && continue
    echo "layering: $f (core/$folder) includes core/$used; core/$folder may use: ${DEPENDS[$folder]:-nothing}" >&2
    failed=1
  done < <(sed -n 's|^[[:space:]]*#[[:space:]]*include[[:space:]]*"core/\([a-z]*\)/.*|\1|p' "$f" | sort -u)
done
[ "$failed" = 0 ] && echo "layering: ok (${#files[@]} files)"
exit "$failed"
