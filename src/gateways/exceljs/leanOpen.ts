/**
 * Opening a workbook file without building what the run does not need. ExcelJS gets the package
 * with the cells of each large sheet that is not earlier output left out (`<sheetData/>`): it
 * still knows every sheet, table, name and setting, and reads the sheets the run writes over in
 * full. The large sheets' cells are read straight from their XML when asked for (streamedSheet.ts).
 */
import type ExcelJS from 'exceljs';
import { isReservedSheetName, parseReference } from '../../engine';
import { roleOfMarker } from '../gateway';
import type { CellContext } from './cellValues';
import { dateStyles, sharedStrings } from './cellValues';
import { reservedSheetNameError } from './fileKind';
import { openWorkbook } from './otherTools';
import { setStreamed, StreamedSheet } from './streamedSheet';
import { relsPathOf, tagsOf, XlsxPackage } from './xlsxPackage';
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

/** The sheet part without its drawing element (charts and pictures are reached through it). */
function withoutDrawing(xml: string): string {
  return xml.replace(/<(?:\w+:)?drawing\b[^>]*\/>/g, '');
}

/**
 * The drawings (charts, pictures) of the sheets the run only reads: ExcelJS need not parse them,
 * as the output is spliced into the original package and they are copied across unchanged
 * (splice.ts). Some tools write drawings ExcelJS cannot parse at all (openpyxl's charts, whose
 * elements carry no prefix, fail its load with "reading 'anchors'"), which would otherwise
 * refuse a sound workbook as damaged.
 */
function readOnlyDrawings(pkg: XlsxPackage, readOnly: { path: string }[]): { sheets: Set<string>; parts: Set<string> } {
  const sheets = new Set<string>();
  const parts = new Set<string>();
  for (const sheet of readOnly) {
    const drawings = pkg.relationships(sheet.path).filter((r) => !r.external && r.type.endsWith('/drawing'));
    if (drawings.length === 0) continue;
    sheets.add(sheet.path);
    for (const d of drawings) parts.add(d.target).add(relsPathOf(d.target));
  }
  return { sheets, parts };
}

export async function openLean(bytes: Buffer, streamAbove = STREAM_ABOVE, file = 'The workbook'): Promise<LeanWorkbook> {
  const pkg = XlsxPackage.fromBytes(bytes);
  // No sheet Excel saves is named History (engine/sheetNames.ts): ExcelJS refuses to load one.
  if (pkg.sheets.some((s) => isReservedSheetName(s.name))) throw reservedSheetNameError(file);
  const workbookXml = pkg.text(pkg.workbookPath);
  const marked = markedSheets(workbookXml);
  const readOnly = pkg.sheets.filter((s) => pkg.has(s.path) && !marked.has(s.name.toLowerCase()));
  const lean = readOnly.filter((s) => pkg.size(s.path) > streamAbove);
  const leanPaths = new Set(lean.map((s) => s.path));
  const drawings = readOnlyDrawings(pkg, readOnly);
  const entries = [...pkg.entries.entries()].flatMap(([path, entry]) => {
    if (drawings.parts.has(path)) return [];
    if (!leanPaths.has(path) && !drawings.sheets.has(path)) return [entry];
    let xml = entryBytes(entry).toString('utf8');
    if (leanPaths.has(path)) xml = withoutCells(xml);
    if (drawings.sheets.has(path)) xml = withoutDrawing(xml);
    return [makeEntry(entry.name, xml, true)];
  });
  const changed = leanPaths.size > 0 || drawings.sheets.size > 0;
  const opened = await openWorkbook(changed ? writeZip(entries) : bytes);
  const date1904 = /date1904\s*=\s*["'](1|true)["']/.test(tagsOf(workbookXml, 'workbookPr')[0] ?? '');
  let context: CellContext | undefined;
  const contextOf = (): CellContext => (context ??= { strings: sharedStrings(pkg), dates: dateStyles(pkg), date1904 });
  for (const sheet of lean) {
    const worksheet = opened.workbook.worksheets.find((w) => w.name === sheet.name);
    if (worksheet) setStreamed(worksheet, new StreamedSheet(sheet.name, pkg, sheet.path, contextOf));
  }
  return { workbook: opened.workbook, pkg, notKept: opened.notKept, streamed: lean.map((s) => s.name) };
}
