# SPDX-License-Identifier: MIT
# Shared by the scenario scripts: sourced, not run. Arguments: SPUTNIK FIXTURE_KB WORKDIR.
set -uo pipefail
sputnik=$1 kb=$2 work=$3
data=$(dirname "$kb")
rm -rf "$work" && mkdir -p "$work"
export XDG_CACHE_HOME="$work/cache" HOME="$work" NO_COLOR=1 COLUMNS=80 LC_ALL=C.UTF-8
unset SPUTNIK_KB SPUTNIK_CATALOG
failures=0

fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
check_eq() { [ "$1" = "$2" ] || fail "$3: expected '$2', got '$1'"; }
check_contains() { grep -qF -- "$2" "$1" || { fail "$3: '$2' not in $1"; sed 's/^/    /' "$1"; }; }
finish() {
  # Whatever a scenario kept of sputnik's output, no problem may surface as a bug there.
  local leaked
  leaked=$(grep -rlF -D skip --exclude='*.toml' --exclude='*.sqlite*' --exclude='*.glass' "internal error" "$work" \
    2> /dev/null | head -3)
  [ -n "$leaked" ] && fail "'internal error' in: $leaked"
  if [ "$failures" -eq 0 ]; then echo "1 passed, 0 failed"; exit 0; fi
  echo "0 passed, 1 failed"; exit 1
}
