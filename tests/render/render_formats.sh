#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Opens the picture and slide formats the way a user would: rsvg-convert for SVG, headless
# Chromium for HTML, LibreOffice Impress for PPTX, then checks pages, text and that a CJK
# font was really used (without one Japanese renders as nothing at all, not as an error).
# Arguments: SPUTNIK SHIPPED_KB HOSTILE_KB OUTDIR. Screenshots and PDFs stay in OUTDIR.
set -uo pipefail
sputnik=$1 shipped=$2 hostile=$3 out=$4
rm -rf "$out" && mkdir -p "$out"
export XDG_CACHE_HOME="$out/cache" HOME="$out/home" NO_COLOR=1 LC_ALL=C.UTF-8
mkdir -p "$HOME"
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

for tool in rsvg-convert chromium soffice pdftotext pdfinfo pdffonts; do
  command -v "$tool" >/dev/null || { echo "FAIL: $tool is missing; scripts/setup.sh installs it"; exit 1; }
done
fc-list :lang=ja | grep -q . || { echo "FAIL: no Japanese font (fonts-noto-cjk); scripts/setup.sh installs it"; exit 1; }

items_of() {  # the number of items a selection holds, from the JSON format
  "$sputnik" --kb "$1" timeline "${@:2}" --format json | grep -c '"lane":'
}
has_cjk_font() { pdffonts "$1" | grep -qiE 'cjk|noto ?sans ?jp|notosanscjk'; }
check_text() { pdftotext "$1" - | tr -d '\n' | grep -qF -- "$2" || fail "$1 does not show '$2'"; }
pdf_pages() { pdfinfo "$1" | awk '/^Pages:/ {print $2}'; }
chrome() { chromium --headless --no-sandbox --disable-gpu --hide-scrollbars "$@" 2>/dev/null; }

# ---- SVG: rsvg-convert --------------------------------------------------------------
"$sputnik" --kb "$shipped" timeline --moment sputnik-1 --with-analogies -o "$out/sputnik.svg" || fail "svg export"
rsvg-convert -o "$out/sputnik.png" "$out/sputnik.svg" || fail "rsvg-convert cannot render sputnik.svg"
[ "$(stat -c %s "$out/sputnik.png")" -gt 50000 ] || fail "sputnik.png looks blank"
rsvg-convert -f pdf -o "$out/sputnik-svg.pdf" "$out/sputnik.svg" || fail "rsvg-convert pdf"
check_text "$out/sputnik-svg.pdf" "Sputnik 1, the first artificial satel"
check_text "$out/sputnik-svg.pdf" "ARPANET"
"$sputnik" --kb "$shipped" timeline --ai --lang ja -o "$out/ai-ja.svg" || fail "ja svg export"
rsvg-convert -f pdf -o "$out/ai-ja.pdf" "$out/ai-ja.svg" && rsvg-convert -o "$out/ai-ja.png" "$out/ai-ja.svg" || fail "rsvg ja"
has_cjk_font "$out/ai-ja.pdf" || fail "the Japanese SVG was drawn without a CJK font"
check_text "$out/ai-ja.pdf" "AI競争"

# ---- HTML: headless Chromium --------------------------------------------------------
for lang in en ja; do
  page="$out/sputnik-$lang.html"
  "$sputnik" --kb "$shipped" timeline --moment sputnik-1 --with-analogies --lang "$lang" -o "$page" || fail "html export"
  grep -qE '(src|href)="https?:' "$page" && fail "$page refers to the network"
  expected=$(items_of "$shipped" --moment sputnik-1 --with-analogies)
  dom=$(chrome --dump-dom "file://$page")
  rendered=$(grep -o 'data-rendered="[0-9]*"' <<<"$dom" | grep -o '[0-9]*')
  [ "$rendered" = "$expected" ] || fail "$page: Chromium rendered ${rendered:-no} items, expected $expected"
  # The page compares the pixels of 人 with those of an unknown character (see timeline_html).
  grep -q 'data-cjk="drawn"' <<<"$dom" || fail "$page: Chromium cannot draw Japanese (no CJK font)"
  chrome --window-size=1600,1200 --screenshot="$out/sputnik-$lang.png" "file://$page"
  [ "$(stat -c %s "$out/sputnik-$lang.png" 2>/dev/null || echo 0)" -gt 50000 ] || fail "sputnik-$lang.png looks blank"
  chrome --no-pdf-header-footer --print-to-pdf="$out/sputnik-$lang-html.pdf" "file://$page"
done
check_text "$out/sputnik-en-html.pdf" "Advanced Research Projects Agency"
check_text "$out/sputnik-ja-html.pdf" "スプートニク"

# Hostile text: escaped, so nothing runs and every item still renders.
"$sputnik" --kb "$hostile" timeline --with-analogies -o "$out/hostile.html" || fail "hostile html export"
dom=$(chrome --dump-dom "file://$out/hostile.html")
grep -q 'data-rendered="4"' <<<"$dom" || fail "hostile.html: not every item rendered"
grep -q '<script>alert' <<<"$dom" && fail "hostile.html: a <script> from the kb reached the page"

# ---- PPTX: LibreOffice Impress ------------------------------------------------------
for lang in en ja; do
  deck="$out/talk-$lang.pptx"
  slides=$("$sputnik" --kb "$shipped" timeline --moment sputnik-1 --cite --lang "$lang" -o "$deck" 2>&1 |
           grep -o '[0-9]* slides' | grep -o '[0-9]*')
  (cd "$out" && timeout 180 soffice --headless --norestore "-env:UserInstallation=file://$out/lo-profile" \
     --convert-to pdf "$deck" >/dev/null 2>&1) || fail "LibreOffice cannot open $deck"
  pdf="$out/talk-$lang.pdf"
  [ -f "$pdf" ] || { fail "no PDF from $deck"; continue; }
  [ "$(pdf_pages "$pdf")" = "$slides" ] || fail "$pdf has $(pdf_pages "$pdf") pages, the deck $slides slides"
done
check_text "$out/talk-en.pdf" "Sputnik 1, the first artificial satellite"
check_text "$out/talk-en.pdf" "Advanced Research Projects Agency"
has_cjk_font "$out/talk-ja.pdf" || fail "Impress drew the Japanese deck without a CJK font"
check_text "$out/talk-ja.pdf" "スプートニク"
command -v pdftoppm >/dev/null && pdftoppm -png -r 50 -f 1 -l 3 "$out/talk-en.pdf" "$out/talk-en-slide"

# ---- the font checks above can fail: without a CJK font they must say so ----------------
nocjk="$out/no-cjk-fonts.conf"
dejavu=$(dirname "$(fc-match -f '%{file}' 'DejaVu Sans')")  # a font folder with no Japanese in it
printf '<?xml version="1.0"?><fontconfig><dir>%s</dir><cachedir>%s/fc-cache</cachedir></fontconfig>\n' "$dejavu" "$out" > "$nocjk"
FONTCONFIG_FILE=$nocjk rsvg-convert -f pdf -o "$out/ai-ja-nocjk.pdf" "$out/ai-ja.svg"
has_cjk_font "$out/ai-ja-nocjk.pdf" && fail "the SVG font check passes even without a CJK font"
FONTCONFIG_FILE=$nocjk chrome --dump-dom "file://$out/sputnik-ja.html" | grep -q 'data-cjk="missing"' ||
  fail "the HTML font check does not notice a missing CJK font"

echo "pictures and PDFs are in $out"
if [ "$failures" -eq 0 ]; then echo "1 passed, 0 failed"; exit 0; fi
echo "0 passed, 1 failed"; exit 1
