#!/usr/bin/env bash
# `sputnik new TYPE ID --file F`: the skeleton holds every required field, so validation fails
# until each is filled in and passes (strict) once they are; an id that exists is refused and
# the file is left as it was.
source "$(dirname "$0")/lib.sh"
cp -r "$kb" "$work/kb"
printf '[corpus]\nai_race_recorded_to = "2025-01"\n' > "$work/kb/corpus.toml"
"$sputnik" --kb "$work/kb" validate > /dev/null || fail "the copied fixture kb is not valid to begin with"

file="$work/kb/new.toml"
"$sputnik" --kb "$work/kb" new spillover weather-satellites --file "$file" 2> "$work/new.err"
check_contains "$work/new.err" "added spillover 'weather-satellites'" "new reports what it added"
"$sputnik" --kb "$work/kb" validate > "$work/unfilled.txt"
check_eq "$?" 3 "an unfilled skeleton fails validation"
for field in date title.en title.ja summary.en summary.ja from category status how.en; do
  check_contains "$work/unfilled.txt" "weather-satellites.$field:" "the empty $field is reported"
done
for field in title publisher year url; do
  check_contains "$work/unfilled.txt" "src-weather-satellites-1.$field:" "the source stub's empty $field is reported"
done

before=$(md5sum < "$file")
"$sputnik" --kb "$work/kb" new moment weather-satellites --file "$file" 2> "$work/dup.err"
check_eq "$?" 2 "an id that exists is refused"
check_contains "$work/dup.err" "exists already, at $file" "the refusal says where the id is"
check_eq "$(md5sum < "$file")" "$before" "a refused id leaves the file as it was"

# Filled in as a person would, the same skeleton passes the strict rules.
sed -i -e 's/^date = ""/date = "1960-04-01"/' \
  -e 's/^title = { en = "", ja = "" }/title = { en = "TIROS-1, the first weather satellite", ja = "タイロス1号――世界初の気象衛星" }/' \
  -e 's/^summary = { en = "", ja = "" }/summary = { en = "NASA launched TIROS-1.", ja = "NASAがタイロス1号を打ち上げた。" }/' \
  -e 's/^from = \[""\]/from = ["sputnik-1"]/' -e 's/^category = ""/category = "Science"/' -e 's/^status = ""/status = "fact"/' \
  -e 's/^how = { en = "", ja = "" }/how = { en = "A satellite programme after Sputnik.", ja = "スプートニク後の衛星計画。" }/' \
  -e 's/^title = ""/title = "TIROS-1"/' -e 's/^publisher = ""/publisher = "NASA"/' -e 's/^year = 0/year = 2020/' \
  -e 's|^url = ""|url = "https://www.nasa.gov/tiros-1"|' "$file"
"$sputnik" --kb "$work/kb" validate > "$work/filled.txt"
check_eq "$?" 0 "the filled-in skeleton passes validate"
# The fixture itself misses a strict label_note; nothing strict is reported of the new entry.
"$sputnik" --kb "$work/kb" validate --strict > "$work/filled-strict.txt"
grep -q "weather-satellites" "$work/filled-strict.txt" && fail "validate --strict reports the filled-in entry: $(grep weather-satellites "$work/filled-strict.txt")"

for type in moment response ai_event analogy source; do
  "$sputnik" --kb "$work/kb" new "$type" "skeleton-${type/_/-}" > "$work/$type.toml"
  check_eq "$?" 0 "new $type prints a skeleton"
  check_contains "$work/$type.toml" "id = \"skeleton-${type/_/-}\"" "the $type skeleton carries its id"
done
check_contains "$work/moment.toml" "label = \"\"  # how the \"Sputnik moment\" label applies, one of: explicit," "vocabularies come from the tables"
finish
