#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Rewrites the output shown under each `$ sputnik …` line of the README's tour with what
# the command prints today on the shipped corpus (tests/cli/scenarios/readme_tour.sh checks
# that the two agree); a command shown without output stays so. Review the diff first.
#
# Usage: scripts/update-readme-tour.sh [BUILD_DIR]     (default: build)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bindir=$(cd "${1:-$root/build}" && pwd)
reader=$(mktemp -d)
trap 'rm -rf "$reader"' EXIT
export SPUTNIK_KB="$root/kb" PAGER=cat XDG_CACHE_HOME="$reader/cache"
python3 - "$root/README.md" "$bindir" "$reader" <<'PY'
import subprocess, sys, os
readme, bindir, reader = sys.argv[1:4]
lines = open(readme, encoding="utf-8").read().split("\n")
out, i, in_tour, inside = [], 0, False, False
env = dict(os.environ, PATH=bindir + ":" + os.environ["PATH"])
while i < len(lines):
    line = lines[i]
    if line.startswith("## A short tour"): in_tour = True
    if in_tour and not inside and line.startswith("```console"):
        inside = True; out.append(line); i += 1; continue
    if inside and line.startswith("```"):
        inside = False; in_tour = False; out.append(line); i += 1; continue
    if inside and line.startswith("$ sputnik"):
        out.append(line)
        cmd = line.split("  #")[0][2:]
        shown = i + 1 < len(lines) and not lines[i + 1].startswith(("$ sputnik", "```"))
        if not shown:  # a command shown without its output stays so (the check skips it too)
            i += 1
            continue
        result = subprocess.run(["bash", "-c", cmd], cwd=reader, env=env, capture_output=True, text=True)
        if result.returncode != 0:
            sys.exit(f"README command failed: {cmd}\n{result.stderr}")
        out.extend(result.stdout.rstrip("\n").split("\n") if result.stdout else [])
        i += 1
        while i < len(lines) and not lines[i].startswith("$ sputnik") and not lines[i].startswith("```"):
            i += 1
        continue
    out.append(line); i += 1
open(readme, "w", encoding="utf-8").write("\n".join(out))
PY
