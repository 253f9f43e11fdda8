/**
 * Writing a run's output into the workbook's own package. ExcelJS writes the (lean) workbook;
 * from what it wrote only the output sheets are taken, with their styles (merged into the
 * workbook's styles.xml) and their text (written into the cells, so the workbook's shared strings
 * are not touched). Every other part — the analyst's sheets, tables, names, notes, charts — is
 * copied across as the very bytes it was.
 */
import { roleOfMarker } from '../gateway';
import { mergeStyles } from './styleMerge';
import type { XlsxPackage } from './xlsxPackage';
import { relsPathOf, tagsOf } from './xlsxPackage';
import { attribute, escapeXml } from './xmlScan';
import type { ZipEntry } from './zip';
import { makeEntry, writeZip } from './zip';

const WORKSHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const RELATIONSHIPS_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const WORKSHEET_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet';

/** The raw XML inside each `<si>` of a shared strings part. */
function sharedStringItems(xml: string): string[] {
  return [...xml.matchAll(/<(?:\w+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?si>)/g)].map((m) => m[1] ?? '');
}

/** An output sheet as ExcelJS wrote it, moved onto the workbook's style ids, its text held in the cells. */
function rehomeSheet(xml: string, strings: string[], xf: number[], dxf: number[]): string {
  if (/\sr:id=/.test(xml.replace(/<hyperlinks>[\s\S]*?<\/hyperlinks>/, ''))) {
    throw new Error('an output sheet refers to other parts (drawings or notes), which this writer does not carry');
  }
  const styleOf = (id: string): number => xf[Number(id)] ?? 0;
  return xml
    .replace(/<hyperlinks>[\s\S]*?<\/hyperlinks>/, '')
    .replace(/<(c|row)\b[^>]*>/g, (tag) => tag.replace(/\ss="(\d+)"/, (_, id: string) => ` s="${styleOf(id)}"`))
    .replace(/<col\b[^>]*>/g, (tag) => tag.replace(/\sstyle="(\d+)"/, (_, id: string) => ` style="${styleOf(id)}"`))
    .replace(/\sdxfId="(\d+)"/g, (_, id: string) => ` dxfId="${dxf[Number(id)] ?? 0}"`)
    .replace(/<c([^>]*?)\st="s"([^>]*)><v>(\d+)<\/v><\/c>/g, (_, before: string, after: string, index: string) => {
      return `<c${before} t="inlineStr"${after}><is>${strings[Number(index)] ?? '<t></t>'}</is></c>`;
    });
}

interface SheetEntry {
  name: string;
  /** The tag in workbook.xml. */
  tag: string;
}

function sheetTags(workbookXml: string): SheetEntry[] {
  return tagsOf(workbookXml, 'sheet').map((tag) => ({ name: attribute(tag, 'name') ?? '', tag }));
}

/** The workbook's names with every marker and every name scoped to a written sheet replaced by ExcelJS's. */
function mergeNames(
  mine: string,
  theirs: string,
  sheetIndex: (localId: number) => number | undefined,
  written: Set<number>,
): string {
  const names = (xml: string) => xml.match(/<(?:\w+:)?definedName\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?definedName>)/g) ?? [];
  const scopedTo = (tag: string): number | undefined => {
    const id = attribute(tag, 'localSheetId');
    return id === undefined ? undefined : Number(id);
  };
  const replaced = (tag: string): boolean => {
    const scope = scopedTo(tag);
    return roleOfMarker(attribute(tag, 'name') ?? '') !== undefined || (scope !== undefined && written.has(scope));
  };
  const kept = names(mine).filter((tag) => !replaced(tag));
  const added = names(theirs)
    .filter((tag) => {
      const scope = scopedTo(tag);
      return roleOfMarker(attribute(tag, 'name') ?? '') !== undefined || (scope !== undefined && sheetIndex(scope) !== undefined);
    })
    .map((tag) => {
      const scope = scopedTo(tag);
      return scope === undefined ? tag : tag.replace(/localSheetId="\d+"/, `localSheetId="${sheetIndex(scope)}"`);
    });
  const block = kept.length + added.length ? `<definedNames>${[...kept, ...added].join('')}</definedNames>` : '';
  const existing = /<(?:\w+:)?definedNames\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?definedNames>)/.exec(mine);
  if (existing) return mine.slice(0, existing.index) + block + mine.slice(existing.index + existing[0].length);
  return mine.replace(/<\/(?:\w+:)?sheets>/, (close) => close + block);
}

interface SpliceInput {
  original: XlsxPackage;
  /** What ExcelJS wrote from the lean workbook. */
  written: XlsxPackage;
  /** The sheets this run wrote. */
  sheets: string[];
}

/** The workbook's package with the output sheets replaced or added. */
export function splice({ original, written, sheets }: SpliceInput): Buffer {
  const replaced = new Map<string, ZipEntry>();
  const set = (path: string, text: string) => replaced.set(path, makeEntry(path, text));
  const stylesPath = original.workbookPart('styles');
  const theirStyles = written.workbookPart('styles');
  if (!stylesPath || !theirStyles) throw new Error('the workbook has no styles part');
  const styles = mergeStyles(original.text(stylesPath), written.text(theirStyles));
  set(stylesPath, styles.xml);
  const stringsPath = written.workbookPart('sharedStrings');
  const strings = stringsPath ? sharedStringItems(written.text(stringsPath)) : [];

  let workbookXml = original.text(original.workbookPath);
  const theirWorkbook = written.text(written.workbookPath);
  const mySheets = sheetTags(workbookXml);
  const theirSheets = sheetTags(theirWorkbook);
  const dir = original.workbookPath.includes('/')
    ? original.workbookPath.slice(0, original.workbookPath.lastIndexOf('/') + 1)
    : '';
  const relsPath = relsPathOf(original.workbookPath);
  let rels = original.text(relsPath);
  let types = original.text('[Content_Types].xml');
  const rPrefix = /\s(\w+):id="/.exec(mySheets[0]?.tag ?? '')?.[1] ?? 'r';
  let nextSheetId = Math.max(0, ...original.sheets.map((s) => s.sheetId)) + 1;
  const newTags: string[] = [];
  const writtenIndex = new Set<number>();
  for (const name of sheets) {
    const source = written.sheets.find((s) => s.name === name);
    if (!source) throw new Error(`ExcelJS did not write the sheet "${name}"`);
    const xml = rehomeSheet(written.text(source.path), strings, styles.xf, styles.dxf);
    const existing = original.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
    if (existing) {
      set(existing.path, xml);
      if (original.has(relsPathOf(existing.path))) replaced.set(relsPathOf(existing.path), makeEntry('', ''));
      writtenIndex.add(original.sheets.indexOf(existing));
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
    writtenIndex.add(mySheets.length + newTags.length - 1);
  }
  workbookXml = workbookXml.replace(/<\/(?:\w+:)?sheets>/, (close) => newTags.join('') + close);
  const order = [
    ...mySheets.map((s) => s.name),
    ...sheets.filter((n) => !mySheets.some((s) => s.name.toLowerCase() === n.toLowerCase())),
  ];
  const sheetIndex = (theirId: number): number | undefined => {
    const name = theirSheets[theirId]?.name;
    const index = name === undefined ? -1 : order.findIndex((n) => n.toLowerCase() === name.toLowerCase());
    return index >= 0 && writtenIndex.has(index) ? index : undefined;
  };
  workbookXml = mergeNames(workbookXml, theirWorkbook, sheetIndex, writtenIndex);
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
