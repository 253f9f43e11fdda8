/**
 * Writing a run's output into the workbook's own package: the output sheets' parts (written
 * straight from the plan, sheetXml.ts), the workbook's styles with theirs added (styleMerge.ts),
 * and the workbook's names with the run's markers and print titles. Every other part — the
 * analyst's sheets, tables, names, notes, charts — is copied across as the very bytes it was.
 */
import { roleOfMarker } from '../gateway';
import type { XlsxPackage } from './xlsxPackage';
import { relsPathOf, tagsOf } from './xlsxPackage';
import { attribute, escapeXml } from './xmlScan';
import type { ZipEntry } from './zip';
import { makeEntry, writeZip } from './zip';

const WORKSHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const RELATIONSHIPS_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const WORKSHEET_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet';

interface SheetEntry {
  name: string;
  /** The tag in workbook.xml. */
  tag: string;
}

function sheetTags(workbookXml: string): SheetEntry[] {
  return tagsOf(workbookXml, 'sheet').map((tag) => ({ name: attribute(tag, 'name') ?? '', tag }));
}

/** A name the run writes: a marker (for the whole workbook) or a written sheet's own (its print titles). */
export interface WrittenName {
  name: string;
  refersTo: string;
  /** The written sheet it belongs to, for a sheet's own name. */
  sheet?: string;
}

/** The workbook's names with every marker and every name of a written sheet replaced by the run's. */
function mergeNames(mine: string, names: WrittenName[], indexOf: (sheet: string) => number, written: Set<number>): string {
  const existing = mine.match(/<(?:\w+:)?definedName\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?definedName>)/g) ?? [];
  const kept = existing.filter((tag) => {
    const scope = attribute(tag, 'localSheetId');
    return roleOfMarker(attribute(tag, 'name') ?? '') === undefined && !(scope !== undefined && written.has(Number(scope)));
  });
  const added = names.map(({ name, refersTo, sheet }) => {
    const scope = sheet === undefined ? '' : ` localSheetId="${indexOf(sheet)}"`;
    return `<definedName name="${escapeXml(name)}"${scope}>${escapeXml(refersTo)}</definedName>`;
  });
  const block = kept.length + added.length ? `<definedNames>${[...kept, ...added].join('')}</definedNames>` : '';
  const found = /<(?:\w+:)?definedNames\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?definedNames>)/.exec(mine);
  if (found) return mine.slice(0, found.index) + block + mine.slice(found.index + found[0].length);
  return mine.replace(/<\/(?:\w+:)?sheets>/, (close) => close + block);
}

interface SpliceInput {
  original: XlsxPackage;
  /** The workbook's styles part with the output's styles added. */
  styles: string;
  /** The output sheets' parts, by the name each is written under. */
  sheets: { name: string; xml: string }[];
  names: WrittenName[];
}

/** The workbook's package with the output sheets replaced or added. */
export function splice({ original, styles, sheets, names }: SpliceInput): Buffer {
  const replaced = new Map<string, ZipEntry>();
  const set = (path: string, text: string) => replaced.set(path, makeEntry(path, text));
  const stylesPath = original.workbookPart('styles');
  if (!stylesPath) throw new Error('the workbook has no styles part');
  set(stylesPath, styles);

  let workbookXml = original.text(original.workbookPath);
  const mySheets = sheetTags(workbookXml);
  const dir = original.workbookPath.includes('/')
    ? original.workbookPath.slice(0, original.workbookPath.lastIndexOf('/') + 1)
    : '';
  const relsPath = relsPathOf(original.workbookPath);
  let rels = original.text(relsPath);
  let types = original.text('[Content_Types].xml');
  const rPrefix = /\s(\w+):id="/.exec(mySheets[0]?.tag ?? '')?.[1] ?? 'r';
  let nextSheetId = Math.max(0, ...original.sheets.map((s) => s.sheetId)) + 1;
  const newTags: string[] = [];
  const newNames: string[] = [];
  for (const { name, xml } of sheets) {
    const existing = original.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
    if (existing) {
      set(existing.path, xml);
      if (original.has(relsPathOf(existing.path))) replaced.set(relsPathOf(existing.path), makeEntry('', ''));
      continue;
    }
    let n = 1;
    while (original.has(`${dir}worksheets/sheet${n}.xml`) || replaced.has(`${dir}worksheets/sheet${n}.xml`)) n++;
    const path = `${dir}worksheets/sheet${n}.xml`;
    set(path, xml);
    let relId = `rIdOut${n}`;
    while (rels.includes(`Id="${relId}"`)) relId += 'x';
    const rel = `<Relationship Id="${relId}" Type="${WORKSHEET_REL}" Target="worksheets/sheet${n}.xml"/>`;
    rels = rels.replace(/<\/(?:\w+:)?Relationships>/, (close) => rel + close);
    const type = `<Override PartName="/${path}" ContentType="${WORKSHEET_TYPE}"/>`;
    types = types.replace(/<\/(?:\w+:)?Types>/, (close) => type + close);
    newTags.push(
      `<sheet xmlns:${rPrefix}="${RELATIONSHIPS_NS}" name="${escapeXml(name)}" sheetId="${nextSheetId++}" ${rPrefix}:id="${relId}"/>`,
    );
    newNames.push(name);
  }
  workbookXml = workbookXml.replace(/<\/(?:\w+:)?sheets>/, (close) => newTags.join('') + close);
  const order = [...mySheets.map((s) => s.name.toLowerCase()), ...newNames.map((n) => n.toLowerCase())];
  const indexOf = (sheet: string): number => order.indexOf(sheet.toLowerCase());
  const written = new Set(sheets.map((s) => indexOf(s.name)));
  workbookXml = mergeNames(workbookXml, names, indexOf, written);
  // The calculation chain lists formula cells; Excel rebuilds it, and a stale one is called corrupt.
  const calcChain = original.workbookPart('calcChain');
  if (calcChain) {
    replaced.set(calcChain, makeEntry('', ''));
    rels = rels.replace(/<(?:\w+:)?Relationship\b[^>]*calcChain[^>]*\/>/, '');
    types = types.replace(/<(?:\w+:)?Override\b[^>]*calcChain[^>]*\/>/, '');
  }
  set(original.workbookPath, workbookXml);
  set(relsPath, rels);
  set('[Content_Types].xml', types);
  return writeZip(assemble(original, replaced));
}

/** The original entries in order, replaced where written (a nameless entry removes one), new ones after. */
function* assemble(original: XlsxPackage, replaced: Map<string, ZipEntry>): Generator<ZipEntry> {
  for (const [path, entry] of original.entries) {
    const next = replaced.get(path);
    if (!next) yield entry;
    else if (next.name) yield { ...next, name: entry.name.replace(/^\//, '') };
  }
  for (const [path, entry] of replaced) if (!original.has(path) && entry.name) yield entry;
}
