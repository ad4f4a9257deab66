#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Writes the sputnik(1) man page from the binary's own --help texts, so the two can never
# disagree: the build runs this after linking. Usage: scripts/gen-man.sh SPUTNIK OUT.1
set -euo pipefail
sputnik=$1 out=$2
version=$("$sputnik" --version | awk '{print $2}')

# roff: a leading . or ' would start a request, and \ starts an escape.
roff() { sed -e 's/\\/\\e/g' -e "s/^\([.']\)/\\\\\&\1/"; }

{
  echo ".TH SPUTNIK 1 \"\" \"sputnik $version\" \"User Commands\""
  echo ".SH NAME"
  echo "sputnik \\- technology \\(lqSputnik moments\\(rq, their spillovers, and the AI race"
  echo ".SH SYNOPSIS"
  echo ".B sputnik"
  echo "[\\fIGLOBAL OPTIONS\\fR] \\fICOMMAND\\fR [\\fIOPTIONS\\fR] [\\fIARGS\\fR]"
  echo ".SH DESCRIPTION"
  echo ".nf"
  "$sputnik" --help | roff
  echo ".fi"
  echo ".SH COMMANDS"
  for command in $("$sputnik" complete commands); do
    echo ".SS $command"
    echo ".nf"
    "$sputnik" "$command" --help | roff
    echo ".fi"
  done
  echo ".SH FILES"
  echo ".TP"
  echo ".I \$XDG_CONFIG_HOME/sputnik/config.toml"
  echo "The config file (see CONFIG in the description)."
  echo ".TP"
  echo ".I \$XDG_CACHE_HOME/sputnik/catalogs/"
  echo "Per-user catalogs, rebuilt when the kb changes."
  echo ".TP"
  echo ".I PREFIX/share/sputnik/kb/"
  echo "The shipped corpus; its format is documented in its README.md."
  echo ".SH EXIT STATUS"
  echo "0 success; 1 no match; 2 usage; 3 the kb has problems; 4 catalog problem; 5 a file could not be read or written; 70 internal error."
} > "$out"
