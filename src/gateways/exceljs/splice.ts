/**
 * Writing a run's output into the workbook's own package: the output sheets' parts (written
 * straight from the plan, sheetXml.ts), the workbook's styles with theirs added (styleMerge.ts),
 * and the workbook's names with the run's markers and print titles. Every other part — the
 * analyst's sheets, tables, names, notes, charts — is copied across as the very bytes it was.
 */
import { roleOfMarker } from '../gateway';
import type { XlsxPackage } from './xlsxPackage';
import { CHART_REL, CHART_TYPE, DRAWING_REL, DRAWING_TYPE, relationshipsXml } from './chartXml';
import { relsPathOf, tagsOf } from './xlsxPackage';
import { OUR_DRAWING_ID } from './sheetXml';
import { attribute, escapeXml, rootPrefix } from './xmlScan';
import type { ZipEntry } from './zip';
import { makeEntry } from './zip';

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

/**
 * The workbook's names with the markers of the roles this run writes, and every written sheet's
 * print titles, replaced by the run's. A marker of a role this run does not write (area sheets
 * turned off, no exception page this month) is kept, as Excel's and the in-memory gateways keep
 * it: its sheet is still the scorecard's, to be written again when the role comes back.
 */
function mergeNames(mine: string, names: WrittenName[], indexOf: (sheet: string) => number, written: Set<number>): string {
  const existing = mine.match(/<(?:\w+:)?definedName\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?definedName>)/g) ?? [];
  const rewritten = new Set(names.map(({ name }) => roleOfMarker(name)).filter((role) => role !== undefined));
  // A written sheet's print set-up is the run's to set again; people's own names on it are kept.
  const kept = existing.filter((tag) => {
    const name = attribute(tag, 'name') ?? '';
    const scope = attribute(tag, 'localSheetId');
    const printTitles = scope !== undefined && written.has(Number(scope)) && name.toLowerCase() === '_xlnm.print_titles';
    const role = roleOfMarker(name);
    return (role === undefined || !rewritten.has(role)) && !printTitles;
  });
  const p = rootPrefix(mine);
  const added = names.map(({ name, refersTo, sheet }) => {
    const scope = sheet === undefined ? '' : ` localSheetId="${indexOf(sheet)}"`;
    return `<${p}definedName name="${escapeXml(name)}"${scope}>${escapeXml(refersTo)}</${p}definedName>`;
  });
  const block = kept.length + added.length ? `<${p}definedNames>${[...kept, ...added].join('')}</${p}definedNames>` : '';
  const found = /<(?:\w+:)?definedNames\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?definedNames>)/.exec(mine);
  if (found) return mine.slice(0, found.index) + block + mine.slice(found.index + found[0].length);
  // After the last of sheets, functionGroups and externalReferences, as CT_Workbook orders them.
  const after = [
    ...mine.matchAll(/<\/(?:\w+:)?(?:sheets|functionGroups|externalReferences)>|<(?:\w+:)?functionGroups\b[^>]*\/>/g),
  ].pop();
  if (!after) throw new Error('workbook.xml has no sheets');
  const at = after.index + after[0].length;
  return mine.slice(0, at) + block + mine.slice(at);
}

/** An output sheet's part, and its charts' parts when it has any (chartXml.ts). */
export interface WrittenSheet {
  name: string;
  /** The sheet part's XML, rendered when asked (once, as the package is written). */
  xml: () => string;
  drawing?: { xml: string; charts: string[] };
  /** The earlier sheet's relationships it keeps (people's notes, links, drawing), as they were. */
  relationships: string[];
}

interface SpliceInput {
  original: XlsxPackage;
  /** The workbook's styles part with the output's styles added. */
  styles: string;
  /** The output sheets' parts, by the name each is written under. */
  sheets: WrittenSheet[];
  names: WrittenName[];
}

/** The entries of the workbook's package with the output sheets replaced or added, in the order they are written. */
export function splice({ original, styles, sheets, names }: SpliceInput): ZipEntry[] {
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
  // A part removed below (a replaced sheet's old drawing) frees its name, so reruns reuse the same names.
  // Part names are case-insensitive (OPC, ECMA-376 Part 2, 9.1.1.1): Sheet1.xml and sheet1.xml are one name.
  const existing = new Map([...original.entries.keys()].map((key) => [key.toLowerCase(), key]));
  const taken = (path: string): boolean => {
    const known = existing.get(path.toLowerCase()) ?? path;
    return replaced.has(known) ? replaced.get(known)!.name !== '' : original.has(known) || replaced.has(path);
  };
  const free = (stem: string): string => {
    let n = 1;
    while (taken(`${dir}${stem}${n}.xml`)) n++;
    return `${dir}${stem}${n}.xml`;
  };
  const override = (path: string, type: string) => {
    types = types.replace(/<\/(?:\w+:)?Types>/, (close) => `<Override PartName="/${path}" ContentType="${type}"/>${close}`);
  };
  types = withoutOldDrawings(original, sheets, replaced, types);
  for (const { name, xml, drawing, relationships } of sheets) {
    const existing = original.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
    let path: string;
    if (existing) {
      path = existing.path;
      if (original.has(relsPathOf(path))) replaced.set(relsPathOf(path), makeEntry('', ''));
    } else {
      path = free('worksheets/sheet');
      let relId = `rIdOut${path.replace(/\D/g, '')}`;
      while (rels.includes(`Id="${relId}"`)) relId += 'x';
      const rel = `<Relationship Id="${relId}" Type="${WORKSHEET_REL}" Target="${path.slice(dir.length)}"/>`;
      rels = rels.replace(/<\/(?:\w+:)?Relationships>/, (close) => rel + close);
      override(path, WORKSHEET_TYPE);
      newTags.push(
        `<${rootPrefix(workbookXml)}sheet xmlns:${rPrefix}="${RELATIONSHIPS_NS}" name="${escapeXml(name)}" sheetId="${nextSheetId++}" ${rPrefix}:id="${relId}"/>`,
      );
      newNames.push(name);
    }
    set(path, xml());
    const own = relationships.map(relationshipTag);
    if (own.length) set(relsPathOf(path), relationshipsXml(DRAWING_REL, [], own));
    if (!drawing) continue;
    const drawingPath = free('drawings/drawing');
    set(drawingPath, drawing.xml);
    override(drawingPath, DRAWING_TYPE);
    const charts = drawing.charts.map((chart) => {
      const chartPath = free('charts/chart');
      set(chartPath, chart);
      override(chartPath, CHART_TYPE);
      return `../${chartPath.slice(dir.length)}`;
    });
    set(relsPathOf(drawingPath), relationshipsXml(CHART_REL, charts));
    const ours = `<Relationship Id="${OUR_DRAWING_ID}" Type="${DRAWING_REL}" Target="../${drawingPath.slice(dir.length)}"/>`;
    set(relsPathOf(path), relationshipsXml(DRAWING_REL, [], [...own, ours]));
  }
  workbookXml = workbookXml.replace(/<\/(?:\w+:)?sheets>/, (close) => newTags.join('') + close);
  const order = [...mySheets.map((s) => s.name.toLowerCase()), ...newNames.map((n) => n.toLowerCase())];
  const indexOf = (sheet: string): number => order.indexOf(sheet.toLowerCase());
  const written = new Set(sheets.map((s) => indexOf(s.name)));
  workbookXml = mergeNames(workbookXml, names, indexOf, written);
  ({ rels, types } = withoutCalcChain(original, replaced, rels, types));
  set(original.workbookPath, workbookXml);
  set(relsPath, rels);
  set('[Content_Types].xml', types);
  return [...assemble(original, replaced)];
}

/** The calculation chain lists formula cells; Excel rebuilds it, and a stale one is called corrupt. */
function withoutCalcChain(
  original: XlsxPackage,
  replaced: Map<string, ZipEntry>,
  rels: string,
  types: string,
): { rels: string; types: string } {
  const calcChain = original.workbookPart('calcChain');
  if (!calcChain) return { rels, types };
  replaced.set(calcChain, makeEntry('', ''));
  return {
    rels: rels.replace(/<(?:\w+:)?Relationship\b[^>]*calcChain[^>]*\/>/, ''),
    types: types.replace(/<(?:\w+:)?Override\b[^>]*calcChain[^>]*\/>/, ''),
  };
}

/** A relationship as its own element, whatever prefix or form it was written in. */
function relationshipTag(tag: string): string {
  const mode = attribute(tag, 'TargetMode');
  const [id, type, target] = ['Id', 'Type', 'Target'].map((name) => escapeXml(attribute(tag, name) ?? ''));
  return `<Relationship Id="${id}" Type="${type}" Target="${target}"${mode ? ` TargetMode="${escapeXml(mode)}"` : ''}/>`;
}

/** The replaced sheets' drawings and charts removed (their names free for the new ones), and their content types. */
function withoutOldDrawings(
  original: XlsxPackage,
  sheets: WrittenSheet[],
  replaced: Map<string, ZipEntry>,
  types: string,
): string {
  let out = types;
  for (const { name, relationships } of sheets) {
    const existing = original.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
    const keptIds = new Set(relationships.map((tag) => attribute(tag, 'Id')));
    for (const part of existing ? drawingParts(original, existing.path, keptIds) : []) {
      replaced.set(part, makeEntry('', ''));
      out = out.replace(/<(?:\w+:)?Override\b[^>]*>/g, (tag) => (attribute(tag, 'PartName') === `/${part}` ? '' : tag));
    }
  }
  return out;
}

/** The drawings of a sheet part and the charts in them: replaced with the sheet, as its relationships are. */
function drawingParts(pkg: XlsxPackage, sheetPath: string, kept: Set<string | undefined>): string[] {
  const parts: string[] = [];
  for (const rel of pkg.relationships(sheetPath)) {
    if (rel.external || !rel.type.endsWith('/drawing') || !pkg.has(rel.target) || kept.has(rel.id)) continue;
    parts.push(rel.target);
    if (pkg.has(relsPathOf(rel.target))) parts.push(relsPathOf(rel.target));
    for (const chart of pkg.relationships(rel.target)) {
      if (chart.external || !chart.type.endsWith('/chart') || !pkg.has(chart.target)) continue;
      parts.push(chart.target);
      // A chart's own style and colour parts (Excel writes them) go with it.
      if (pkg.has(relsPathOf(chart.target))) parts.push(relsPathOf(chart.target));
      for (const own of pkg.relationships(chart.target)) if (!own.external && pkg.has(own.target)) parts.push(own.target);
    }
  }
  return parts;
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
