#!/usr/bin/env bash
# A user's config file and own kb: precedence flags > environment > config > defaults,
# entries of their own beside the shipped ones, and clear errors for clashes and typos.
source "$(dirname "$0")/lib.sh"

export XDG_CONFIG_HOME="$work/config"
mkdir -p "$XDG_CONFIG_HOME/sputnik" "$work/mine"
cat > "$work/mine/notes.toml" <<'TOML'
[[spillover]]
id = "my-weather-app"
date = "2015"
from = ["arpa-1958"]
category = "Consumer Goods"
status = "disputed"
title = { en = "A forecasting app my team traces to ARPA", ja = "ARPA由来とされる天気アプリ" }
summary = { en = "A note of my own, kept beside the shipped corpus.", ja = "自分用のメモ。" }
how = { en = "Through ARPA's networking work, as my notes claim." }
true_origin = { en = "Unverified: my own note.", ja = "未確認のメモ。" }
sources = ["src-gps-history"]
TOML
cat > "$XDG_CONFIG_HOME/sputnik/config.toml" <<TOML
kb = ["$kb"]
extra_kb = ["$work/mine"]
lang = "ja"
TOML

# The user's entry is found and shown, linked into the shipped history.
"$sputnik" search forecasting --lang en > "$work/search.txt" || fail "search with extra_kb"
check_contains "$work/search.txt" "A forecasting app my team traces to ARPA" "user entry found"
"$sputnik" show my-weather-app > "$work/show.txt" || fail "show user entry"
check_contains "$work/show.txt" "ARPA由来とされる天気アプリ" "config lang = ja applies"
"$sputnik" show my-weather-app --lang en > "$work/show-en.txt"
check_contains "$work/show-en.txt" "A forecasting app" "a flag beats the config"

# format from the config, where the command has it; a flag beats it
echo 'format = "json"' >> "$XDG_CONFIG_HOME/sputnik/config.toml"
"$sputnik" spillovers --query forecasting > "$work/json.txt"
check_contains "$work/json.txt" '"format_version": 1' "config format = json"
"$sputnik" spillovers --query forecasting --format csv > "$work/csv.txt"
check_contains "$work/csv.txt" "id,year,date,title" "--format beats the config"

# --kb on the command line replaces the config's kb and extra_kb
"$sputnik" --kb "$kb" search forecasting > /dev/null && fail "--kb should leave the extra kb out"
# … and so does $SPUTNIK_KB
SPUTNIK_KB="$kb" "$sputnik" search forecasting > /dev/null && fail "SPUTNIK_KB should leave the extra kb out"

# An id that clashes with a shipped one is an error naming both places.
sed -i 's/id = "my-weather-app"/id = "gps"/' "$work/mine/notes.toml"
"$sputnik" validate > "$work/clash.txt" 2>&1
check_eq "$?" "3" "id clash exit code"
check_contains "$work/clash.txt" "mine/notes.toml:1:1: gps.id: duplicate id: already defined at" "the clash names the user's file and line"
check_contains "$work/clash.txt" "sputnik.toml" "the clash names the shipped definition"

# A typo in the config names the file, line and key; --config must exist.
printf 'lang = "ja"\nlangauge = "en"\n' > "$work/typo.toml"
"$sputnik" --config "$work/typo.toml" eras > /dev/null 2> "$work/typo.err"
check_eq "$?" "2" "config typo exit code"
check_contains "$work/typo.err" "typo.toml:2:1: langauge: unknown key" "config typo message"
"$sputnik" --config "$work/nope.toml" eras > /dev/null 2> "$work/nope.err"
check_eq "$?" "2" "missing --config exit code"
check_contains "$work/nope.err" "no config file at" "missing --config message"

# catalog: config < SPUTNIK_CATALOG < --catalog
printf 'kb = ["%s"]\ncatalog = "%s"\n' "$kb" "$work/cfg-cat" > "$work/cat.toml"
"$sputnik" --config "$work/cat.toml" build > /dev/null || fail "build into the config's catalog"
[ -L "$work/cfg-cat/current" ] || fail "config catalog was not used"
SPUTNIK_CATALOG="$work/env-cat" "$sputnik" --config "$work/cat.toml" build > /dev/null
[ -L "$work/env-cat/current" ] || fail "SPUTNIK_CATALOG did not beat the config"
finish
