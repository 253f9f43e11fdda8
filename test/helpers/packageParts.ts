/**
 * Comparing an input workbook's package with the one the CLI wrote: every part that is not an
 * output sheet or one of the parts that list them (workbook, its relationships, content types,
 * styles, the calculation chain Excel rebuilds) must be the very same bytes.
 */
import { outputSheetsOf } from '../../src/gateways/exceljs/markers';
import { PackageBook } from '../../src/gateways/exceljs/packageBook';
import { relsPathOf, XlsxPackage } from '../../src/gateways/exceljs/xlsxPackage';
import { entryBytes } from '../../src/gateways/exceljs/zip';

export function changedInputParts(input: Buffer, output: Buffer): string[] {
  const before = XlsxPackage.fromBytes(input);
  const after = XlsxPackage.fromBytes(output);
  const marked = new Set(Object.values(outputSheetsOf(new PackageBook(after, false))).map((n) => n.toLowerCase()));
  const outputSheets = new Set(after.sheets.filter((s) => marked.has(s.name.toLowerCase())).map((s) => s.path));
  const listing = new Set([
    before.workbookPath,
    `${before.workbookPath.replace(/[^/]*$/, '')}_rels/workbook.xml.rels`,
    '[Content_Types].xml',
  ]);
  const styles = before.workbookPart('styles');
  if (styles) listing.add(styles);
  // The output sheets' charts are output too: their drawing and chart parts, in either package.
  const charts = new Set<string>();
  for (const pkg of [before, after]) {
    for (const sheet of pkg.sheets.filter((s) => marked.has(s.name.toLowerCase()))) {
      charts.add(relsPathOf(sheet.path));
      for (const drawing of pkg.relationships(sheet.path).filter((r) => r.type.endsWith('/drawing'))) {
        charts.add(drawing.target).add(relsPathOf(drawing.target));
        for (const chart of pkg.relationships(drawing.target)) charts.add(chart.target);
      }
    }
  }
  const changed: string[] = [];
  for (const [path, entry] of before.entries) {
    if (outputSheets.has(path) || charts.has(path) || listing.has(path) || /calcChain/.test(path)) continue;
    const written = after.entries.get(path);
    if (!written || !entryBytes(written).equals(entryBytes(entry))) changed.push(path);
  }
  return changed;
}

export function expectInputPartsUnchanged(input: Buffer, output: Buffer): void {
  expect(changedInputParts(input, output)).toEqual([]);
}
