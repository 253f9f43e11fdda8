/**
 * Opening a workbook file without building what the run does not need. ExcelJS gets the package
 * with the cells of each large sheet that is not earlier output left out (`<sheetData/>`): it
 * still knows every sheet, table, name and setting, and reads the sheets the run writes over in
 * full. The large sheets' cells are read straight from their XML when asked for (streamedSheet.ts).
 */
import type ExcelJS from 'exceljs';
import { parseReference } from '../../engine';
import { roleOfMarker } from '../gateway';
import type { CellContext } from './cellValues';
import { dateStyles, sharedStrings } from './cellValues';
import { openWorkbook } from './otherTools';
import { setStreamed, StreamedSheet } from './streamedSheet';
import { tagsOf, XlsxPackage } from './xlsxPackage';
import { attribute, decodeXml } from './xmlScan';
import { entryBytes, makeEntry, writeZip } from './zip';

/** Sheets whose part is larger than this are read from their XML (bytes uncompressed). */
export const STREAM_ABOVE = 256 * 1024;

/** The sheets earlier output went to, by the workbook's marker names. */
export function markedSheets(workbookXml: string): Set<string> {
  const sheets = new Set<string>();
  for (const m of workbookXml.matchAll(/<(?:\w+:)?definedName\b([^>]*)>([^<]*)</g)) {
    const name = attribute(m[1] ?? '', 'name') ?? '';
    const ref = roleOfMarker(name) ? parseReference(decodeXml(m[2] ?? '')) : undefined;
    if (ref?.kind === 'range') sheets.add(ref.sheet.toLowerCase());
  }
  return sheets;
}

/** The sheet part with its cells left out. */
export function withoutCells(xml: string): string {
  const open = /<((?:\w+:)?sheetData)\b[^>]*?(\/?)>/.exec(xml);
  if (!open || open[2] === '/') return xml;
  const close = xml.indexOf(`</${open[1]}>`, open.index);
  if (close === -1) return xml;
  return `${xml.slice(0, open.index)}<${open[1]}/>${xml.slice(close + open[1]!.length + 3)}`;
}

interface LeanWorkbook {
  workbook: ExcelJS.Workbook;
  pkg: XlsxPackage;
  notKept: string[];
  /** Names of the sheets read from their XML. */
  streamed: string[];
}

export async function openLean(bytes: Buffer, streamAbove = STREAM_ABOVE): Promise<LeanWorkbook> {
  const pkg = XlsxPackage.fromBytes(bytes);
  const workbookXml = pkg.text(pkg.workbookPath);
  const marked = markedSheets(workbookXml);
  const lean = pkg.sheets.filter((s) => pkg.has(s.path) && !marked.has(s.name.toLowerCase()) && pkg.size(s.path) > streamAbove);
  const leanPaths = new Set(lean.map((s) => s.path));
  const entries = [...pkg.entries.entries()].map(([path, entry]) =>
    leanPaths.has(path) ? makeEntry(entry.name, withoutCells(entryBytes(entry).toString('utf8')), true) : entry,
  );
  const opened = await openWorkbook(leanPaths.size ? writeZip(entries) : bytes);
  const date1904 = /date1904\s*=\s*["'](1|true)["']/.test(tagsOf(workbookXml, 'workbookPr')[0] ?? '');
  let context: CellContext | undefined;
  const contextOf = (): CellContext => (context ??= { strings: sharedStrings(pkg), dates: dateStyles(pkg), date1904 });
  for (const sheet of lean) {
    const worksheet = opened.workbook.worksheets.find((w) => w.name === sheet.name);
    if (worksheet) setStreamed(worksheet, new StreamedSheet(sheet.name, pkg, sheet.path, contextOf));
  }
  return { workbook: opened.workbook, pkg, notKept: opened.notKept, streamed: lean.map((s) => s.name) };
}
