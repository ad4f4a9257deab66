#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds the libFuzzer targets in fuzz/ with clang (ASan + UBSan) into build-fuzz/ and runs
# each for SECONDS on a writable copy of its committed seeds. Exits non-zero when any target
# finds a crash, leak, timeout or out-of-memory, naming the reproducer. See fuzz/README.md.
#
# Usage: scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]
#   scripts/fuzz.sh            60 s each (CI)
#   scripts/fuzz.sh 3600       an hour each (before a release)
#   scripts/fuzz.sh 300 fuzz_query
set -euo pipefail

readonly ALL_TARGETS=(fuzz_kb_loader fuzz_date_era fuzz_query fuzz_escape)
# clang with its libFuzzer/sanitizer runtimes, and llvm-symbolizer for readable stacks. The
# libraries sputnik links come from scripts/setup.sh.
readonly PACKAGES=(clang libclang-rt-dev llvm)

root_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir="$root_dir/build-fuzz"
seconds=${1:-60}
shift $(( $# > 0 ? 1 : 0 ))
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${ALL_TARGETS[@]}")

die() { echo "fuzz: $*" >&2; exit 2; }

[[ "$seconds" =~ ^[1-9][0-9]*$ ]] || die "SECONDS_PER_TARGET must be a positive number of seconds, not '$seconds'"
for target in "${targets[@]}"; do
  [[ " ${ALL_TARGETS[*]} " == *" $target "* ]] || die "unknown target '$target' (targets: ${ALL_TARGETS[*]})"
done

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"
  elif command -v sudo >/dev/null; then sudo "$@"
  else die "need root (or sudo) to run: $*"
  fi
}

install_missing() {
  local pkg missing=()
  for pkg in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "fuzz: installing: ${missing[*]}" >&2
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
}

# Warnings stay errors in the normal g++ build; clang's own extra warnings must not stop fuzzing.
configure_and_build() {
  local generator=()
  command -v ninja >/dev/null && generator=(-G Ninja)
  if [ ! -f "$build_dir/CMakeCache.txt" ]; then
    cmake -S "$root_dir" -B "$build_dir" "${generator[@]}" -DCMAKE_CXX_COMPILER=clang++ \
      -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSPUTNIK_FUZZ=ON -DSPUTNIK_WERROR=OFF >&2
  else
    cmake "$build_dir" >&2  # picks up new seeds and regressions for the fuzz.* ctests
  fi
  cmake --build "$build_dir" --target "${targets[@]}" --parallel "$(nproc)" >&2
}

max_len_of() { [ "$1" = fuzz_kb_loader ] && echo 65536 || echo 4096; }

dict_of() {
  case "$1" in
    fuzz_kb_loader) echo "$root_dir/fuzz/dict/toml.dict" ;;
    fuzz_query) echo "$root_dir/fuzz/dict/query.dict" ;;
    *) echo "" ;;
  esac
}

# Runs one target; prints "executions<TAB>corpus files<TAB>result".
run_target() {
  local target=$1 corpus="$build_dir/corpus-run/$1" artifacts="$build_dir/artifacts/$1/"
  local log="$build_dir/logs/$1.log" dict status=0 result executions files
  mkdir -p "$corpus" "$artifacts" "$build_dir/logs"
  # New seeds join what earlier runs found; the committed seeds are never written to.
  local seed
  for seed in "$root_dir/fuzz/corpus/$target/"*; do
    [ -e "$corpus/$(basename "$seed")" ] || cp "$seed" "$corpus/"
  done
  dict=$(dict_of "$target")
  local args=(-max_total_time="$seconds" -max_len="$(max_len_of "$target")" -timeout=10 -rss_limit_mb=2048
              -print_final_stats=1 -artifact_prefix="$artifacts")
  [ -n "$dict" ] && args+=(-dict="$dict")
  echo "fuzz: $target for ${seconds}s (log: $log)" >&2
  "$build_dir/fuzz/$target" "${args[@]}" "$corpus" >"$log" 2>&1 || status=$?
  executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  files=$(find "$corpus" -type f | wc -l)
  if [ "$status" -eq 0 ]; then
    result=ok
  else
    local reproducer
    reproducer=$(sed -n "s/^.*Test unit written to //p" "$log" | tail -n 1)
    # libFuzzer names the file after what it found: crash-…, leak-…, timeout-…, oom-…
    if [ -n "$reproducer" ]; then result="FAIL: $(basename "$reproducer" | cut -d- -f1)"; else result="FAIL: exit $status"; fi
    {
      echo "fuzz: $target failed (exit $status); last lines of $log:"
      grep -E 'ERROR|SUMMARY|fuzz_[a-z_]+:|==[0-9]+==' "$log" | head -n 20 || true
      echo "fuzz: reproducer: ${reproducer:-none written}"
      [ -n "$reproducer" ] && echo "fuzz: replay with: $build_dir/fuzz/$target $reproducer"
    } >&2
  fi
  printf '%s\t%s\t%s\n' "${executions:-?}" "$files" "$result"
}

install_missing
configure_and_build

# Third-party leaks our code cannot free (each explained in the file).
export LSAN_OPTIONS="suppressions=$root_dir/fuzz/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
export UBSAN_OPTIONS="print_stacktrace=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"

summary="$build_dir/fuzz-summary.txt"
failed=0
rows=()
for target in "${targets[@]}"; do
  IFS=$'\t' read -r executions files result < <(run_target "$target")
  [ "$result" = ok ] || failed=1
  rows+=("$(printf '%-16s %8s %12s %12s  %s' "$target" "$seconds" "$executions" "$files" "$result")")
done

{
  printf '%-16s %8s %12s %12s  %s\n' TARGET SECONDS EXECUTIONS CORPUS RESULT
  printf '%s\n' "${rows[@]}"
} | tee "$summary"
echo "fuzz: summary written to $summary" >&2
exit "$failed"
