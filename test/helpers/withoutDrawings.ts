/**
 * A workbook's bytes with its sheets' drawings (charts, pictures) left out: ExcelJS cannot load
 * some tools' drawings at all (openpyxl's charts fail with "reading 'anchors'"), so tests that
 * read such a file through ExcelJS's model, to compare with the file gateway, read it without them.
 */
import { XlsxPackage, relsPathOf } from '../../src/gateways/exceljs/xlsxPackage';
import { entryBytes, makeEntry, writeZip } from '../../src/gateways/exceljs/zip';

export function withoutDrawings(bytes: Buffer): Buffer {
  const pkg = XlsxPackage.fromBytes(bytes);
  const parts = new Set<string>();
  for (const sheet of pkg.sheets) {
    for (const rel of pkg.relationships(sheet.path)) {
      if (!rel.external && rel.type.endsWith('/drawing')) parts.add(rel.target).add(relsPathOf(rel.target));
    }
  }
  if (parts.size === 0) return bytes;
  const sheetPaths = new Set(pkg.sheets.map((s) => s.path));
  const entries = [...pkg.entries.entries()].flatMap(([path, entry]) => {
    if (parts.has(path)) return [];
    if (!sheetPaths.has(path)) return [entry];
    const xml = entryBytes(entry)
      .toString('utf8')
      .replace(/<(?:\w+:)?drawing\b[^>]*\/>/g, '');
    return [makeEntry(entry.name, xml)];
  });
  return writeZip(entries);
}
