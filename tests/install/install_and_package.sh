#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs sputnik into a fresh prefix and builds and unpacks its .deb into a scratch root,
# then uses each from an unrelated directory with no arguments about data: the binary must
# find its kb, the man page must match --help, and the completions must load and answer.
# Arguments: BUILD_DIR WORKDIR
set -uo pipefail
build=$1 work=$2
rm -rf "$work" && mkdir -p "$work/elsewhere"
export HOME="$work/home" XDG_CACHE_HOME="$work/cache" XDG_CONFIG_HOME="$work/config" NO_COLOR=1 LC_ALL=C.UTF-8
unset SPUTNIK_KB SPUTNIK_CATALOG
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
contains() { grep -qF -- "$2" "$1" || { fail "$3: '$2' not in $1"; head -20 "$1" | sed 's/^/    /'; }; }

# ---- cmake --install into a prefix --------------------------------------------------
prefix="$work/prefix"
cmake --install "$build" --prefix "$prefix" > "$work/install.log" 2>&1 || { fail "cmake --install"; cat "$work/install.log"; }
for f in bin/sputnik share/sputnik/kb/README.md share/sputnik/kb/eras.toml share/sputnik/schema/001_tables.sql \
         share/man/man1/sputnik.1 share/bash-completion/completions/sputnik share/zsh/vendor-completions/_sputnik; do
  [ -e "$prefix/$f" ] || fail "not installed: $f"
done
(cd "$work/elsewhere" && "$prefix/bin/sputnik" search satellite navigation > "$work/installed-search.txt") ||
  fail "the installed binary cannot search from another directory"
contains "$work/installed-search.txt" "Transit" "installed search"

# ---- the man page says what --help says -----------------------------------------------
man -l "$prefix/share/man/man1/sputnik.1" 2>/dev/null | col -b | tr -s ' ' > "$work/man.txt"
for command in $("$prefix/bin/sputnik" complete commands); do
  first=$("$prefix/bin/sputnik" "$command" --help | head -1 | tr -s ' ')
  contains "$work/man.txt" "$first" "man page section for $command"
done
contains "$work/man.txt" "extra_kb" "man page documents the config file"

# ---- completions: they parse, and they answer -------------------------------------------
bash -n "$prefix/share/bash-completion/completions/sputnik" || fail "bash completion has a syntax error"
zsh -n "$prefix/share/zsh/vendor-completions/_sputnik" || fail "zsh completion has a syntax error"
complete_line() {  # words… → the candidates bash would offer for the last word
  PATH="$prefix/bin:$PATH" bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _sputnik; printf "%s\n" "${COMPREPLY[@]}"' \
    _ "$prefix/share/bash-completion/completions/sputnik" "$@"
}
complete_line sputnik tim > "$work/c1.txt"; contains "$work/c1.txt" "timeline" "command completion"
complete_line sputnik spillovers --era space > "$work/c2.txt"; contains "$work/c2.txt" "space-race" "era completion"
complete_line sputnik show deepseek-r > "$work/c3.txt"; contains "$work/c3.txt" "deepseek-r1" "id completion from the catalog"
complete_line sputnik spillovers --category Health > "$work/c4.txt"; contains "$work/c4.txt" 'Health\ and\ Medicine' "category completion"
complete_line sputnik timeline --mo > "$work/c5.txt"; contains "$work/c5.txt" "--moment" "option completion"

# ---- the .deb: build it, unpack it into a scratch root, run it ------------------------
cpack --config "$build/CPackConfig.cmake" -B "$work/pkg" > "$work/cpack.log" 2>&1 || { fail "cpack"; tail -20 "$work/cpack.log"; }
deb=$(ls "$work"/pkg/*.deb 2>/dev/null | head -1)
if [ -n "$deb" ]; then
  dpkg-deb -f "$deb" Depends > "$work/depends.txt"
  contains "$work/depends.txt" "libxapian" "the package depends on Xapian"
  contains "$work/depends.txt" "libzip4" "the package depends on libzip, which it loads for PPTX"
  dpkg-deb -c "$deb" > "$work/contents.txt"
  contains "$work/contents.txt" "./usr/bin/sputnik" "package contents"
  contains "$work/contents.txt" "./usr/share/man/man1/sputnik.1" "package contents"
  contains "$work/contents.txt" "./usr/share/bash-completion/completions/sputnik" "package contents"
  dpkg-deb -x "$deb" "$work/root" || fail "dpkg-deb -x"
  (cd "$work/elsewhere" && "$work/root/usr/bin/sputnik" search 人工衛星 > "$work/deb-search.txt") ||
    fail "the packaged binary cannot search from a scratch root"
  contains "$work/deb-search.txt" "sputnik-1" "packaged search"
else
  fail "cpack made no .deb"
fi

if [ "$failures" -eq 0 ]; then echo "1 passed, 0 failed"; exit 0; fi
echo "0 passed, 1 failed"; exit 1
