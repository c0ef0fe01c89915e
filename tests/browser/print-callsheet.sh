#!/usr/bin/env bash
# The real-browser test of the HTML call sheet: builds the call sheet of
# each given day of a production, prints it to PDF with headless Chromium
# on the browser's default paper and on A4 and Letter, and checks that each
# PDF has at most two pages and holds every scene number of the day (and
# the title) as text.
#
#   tests/browser/print-callsheet.sh [DATE...]
#
# Environment: PRODCOORD (the binary; default target/debug/prodcoord),
# PROJECT (default examples/lighthouse), CHROMIUM (default chromium),
# KEEP=DIR to keep the HTML and PDFs there (to look at them).
# Needs chromium, pdfinfo and pdftotext (Debian: chromium poppler-utils).
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
prodcoord="${PRODCOORD:-$root/target/debug/prodcoord}"
project="${PROJECT:-$root/examples/lighthouse}"
chromium="${CHROMIUM:-chromium}"
if [ "$#" -eq 0 ]; then
  set -- 2027-03-09 2027-03-22
fi
work="$(mktemp -d)"
profile="$(mktemp -d)"
trap 'rm -rf "$work" "$profile"' EXIT

print_pdf() { # HTML PDF
  timeout 180 "$chromium" --headless --no-sandbox --disable-gpu --disable-quic \
    --no-first-run --disable-background-networking --disable-component-update \
    --disable-sync --no-pdf-header-footer --print-to-pdf-no-header \
    --user-data-dir="$profile" --print-to-pdf="$2" "file://$1" >/dev/null 2>&1 || true
  if [ ! -s "$2" ]; then
    echo "FAIL: Chromium wrote no PDF for $1" >&2
    return 1
  fi
}

failures=0
for date in "$@"; do
  html="$work/callsheet-$date.html"
  "$prodcoord" -q --project "$project" callsheet "$date" --format html -o "$html"
  # The day's scene numbers, from the text call sheet.
  scenes="$("$prodcoord" -q --project "$project" callsheet "$date" --format text |
    awk '/^SCENES$/ { on = 1; next } /^CAST$/ { on = 0 }
         on && NF && $1 != "Sc." && $1 != "Total" { print $1 }')"
  title="$("$prodcoord" -q --project "$project" callsheet "$date" --format text | head -n 1)"
  if [ -z "$scenes" ]; then
    echo "FAIL: $date: no scenes found in the text call sheet" >&2
    failures=$((failures + 1))
    continue
  fi
  for paper in default A4 letter; do
    page="$html"
    if [ "$paper" != default ]; then
      # As if the coordinator picked this paper in the print dialog.
      page="$work/callsheet-$date-$paper.html"
      sed "s|</style>|@page { size: $paper; }\n</style>|" "$html" >"$page"
    fi
    pdf="${page%.html}.pdf"
    print_pdf "$page" "$pdf" || { failures=$((failures + 1)); continue; }
    pages="$(pdfinfo "$pdf" | awk '/^Pages:/ { print $2 }')"
    size="$(pdfinfo "$pdf" | sed -n 's/^Page size: *//p')"
    text="$(pdftotext -layout "$pdf" -)"
    status=ok
    if [ "$pages" -gt 2 ]; then
      echo "FAIL: $date on $paper paper: $pages pages (at most 2)" >&2
      status=FAIL
    fi
    for scene in $scenes; do
      # A row of the scenes table: the number, then INT or EXT.
      re="$(printf '%s' "$scene" | sed 's/[][\\.*^$/+?(){}|]/\\&/g')"
      if ! grep -Eq -- "^[[:space:]]*$re[[:space:]]+(INT|EXT)" <<<"$text"; then
        echo "FAIL: $date on $paper paper: scene $scene is not in the PDF text" >&2
        status=FAIL
      fi
    done
    if ! grep -qiF -- "$title" <<<"$text"; then
      echo "FAIL: $date on $paper paper: the title is not in the PDF text" >&2
      status=FAIL
    fi
    [ "$status" = ok ] || failures=$((failures + 1))
    echo "$status: $date on $paper paper ($size): $pages page(s), scenes $(echo $scenes | tr ' ' ',') found"
  done
done
if [ -n "${KEEP:-}" ]; then
  mkdir -p "$KEEP" && cp "$work"/* "$KEEP"/
fi
if [ "$failures" -gt 0 ]; then
  echo "$failures check(s) failed" >&2
  exit 1
fi
