#!/bin/sh
# Regenerates test/fixtures/tools/: the Kent example as other tools save it, for
# test/gateways/exceljsTools.test.ts and test/cli/files.test.ts. Needs LibreOffice (apt-get install libreoffice-calc-nogui)
# and Debian's python3-openpyxl (apt-get install python3-openpyxl, for /usr/bin/python3).
# The tests themselves need neither: they read the committed files.
set -eu
cd "$(dirname "$0")/.."
out=test/fixtures/tools
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"

npm run build:cli --silent
node dist/node/cli/main.js example -o "$work/kent.xlsx" >/dev/null
node dist/node/cli/main.js recalc "$work/kent.xlsx" -o "$work/kent-scorecard.xlsx" >/dev/null

# LibreOffice: the analyst's workbook, and a recalculated one (output sheets and all), saved by Calc.
lo() { soffice -env:UserInstallation="file://$work/lo-profile" --headless --convert-to xlsx --outdir "$work/lo" "$1" >/dev/null 2>&1; }
lo "$work/kent.xlsx"
lo "$work/kent-scorecard.xlsx"
cp "$work/lo/kent.xlsx" "$out/kent-libreoffice.xlsx"
cp "$work/lo/kent-scorecard.xlsx" "$out/kent-scorecard-libreoffice.xlsx"
# An old Excel 97-2003 .xls, for the message that says to save it as .xlsx.
soffice -env:UserInstallation="file://$work/lo-profile" --headless --convert-to xls --outdir "$work/xls" "$work/kent.xlsx" >/dev/null 2>&1
cp "$work/xls/kent.xls" "$out/kent-libreoffice.xls"

# openpyxl: the workbook opened and saved, and the same workbook built from nothing.
/usr/bin/python3 scripts/make-tool-fixtures.py "$work/kent.xlsx" "$out"

ls -l "$out"
