/**
 * What a run writes into a workbook file's package: where each planned sheet goes (the placement
 * policy both gateways share), each sheet's part rendered from its plan (sheetXml.ts), the
 * workbook's styles with the output's added, and the names that mark the output and its print titles.
 */
import type { RangeBox, RawCell } from '../../engine';
import { absoluteCell, cellAddress, parseCell, sheetRef, UNCALCULATED } from '../../engine';
import type { CfRule, SheetPlan, WorkbookPlan } from '../../plan';
import { markerName } from '../gateway';
import type { ForeignCell } from '../placement';
import { placeSheets } from '../placement';
import { carriedXml } from './carriedXml';
import { keptXml } from './keptXml';
import { outputSheetsOf, ownedBoxOf } from './markers';
import type { PackageBook } from './packageBook';
import { chartPartXml, drawingPartXml } from './chartXml';
import { sheetXml } from './sheetXml';
import type { WrittenName, WrittenSheet } from './splice';
import { mergeStyles } from './styleMerge';
import { cellStyles, StyleTable } from './styles';
import { defaultFontParts, StylesXml } from './stylesXml';
import type { XlsxPackage } from './xlsxPackage';
import { relsPathOf, tagsOf } from './xlsxPackage';
import { attribute } from './xmlScan';

const isOn = (value: string | undefined): boolean => value === '1' || value === 'true';

/** A cell as the placement message quotes it: a formula Excel never calculated is called one, not by our marker. */
function foreignText(value: RawCell): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (value !== null && typeof value === 'object') return value.error === UNCALCULATED ? 'a formula' : value.error;
  return String(value);
}

/** What people typed on an output sheet outside the scorecard's block. */
function foreignCells(book: PackageBook, sheetName: string, box: RangeBox): ForeignCell[] {
  const found: ForeignCell[] = [];
  for (const { row, column, value } of book.sheet(sheetName)?.filledCells() ?? []) {
    if (value === null || value === '') continue;
    if (row >= box.top && row <= box.bottom && column >= box.left && column <= box.right) continue;
    const text = foreignText(value);
    found.push({ row, column, text });
  }
  return found;
}

/**
 * Notes on cells of the block stay on their cells, but the block is laid out again from the
 * catalogue: where the row's first cell (the indicator's ID, a section's name) now differs, the
 * note may sit by something else, and the run says where.
 */
function movedNotes(pkg: XlsxPackage, book: PackageBook, target: Target): string[] {
  const keep = target.keep;
  const comments = keep && pkg.relationships(keep.part).find((r) => !r.external && r.type.endsWith('/comments'));
  const old = book.sheet(target.name);
  if (!keep || !comments || !pkg.has(comments.target) || !old) return [];
  // The block's first column as it was, read once for every note.
  const firstColumn = old.readCells({ top: keep.box.top, left: 1, bottom: keep.box.bottom, right: 1 }).cells;
  const moved = tagsOf(pkg.text(comments.target), 'comment').flatMap((tag) => {
    const at = parseCell(attribute(tag, 'ref') ?? '');
    if (!at || at.row < keep.box.top || at.row > keep.box.bottom || at.column > keep.box.right) return [];
    const before = firstColumn[at.row - keep.box.top]?.[0] ?? null;
    const now = target.plan.cells[at.row - 1]?.[0]?.value ?? null;
    return String(before ?? '') === String(now ?? '') ? [] : [cellAddress(at.row, at.column)];
  });
  if (moved.length === 0) return [];
  return [
    `notes on "${target.name}" at ${moved.join(', ')} stay on those cells, but their rows now hold other indicators or sections: check each note still belongs where it is.`,
  ];
}

/** A sheet part's relationship tags, as written. */
function sheetRelationships(pkg: XlsxPackage, part: string): string[] {
  return pkg.has(relsPathOf(part)) ? tagsOf(pkg.text(relsPathOf(part)), 'Relationship') : [];
}

interface Target {
  plan: SheetPlan;
  name: string;
  box: RangeBox;
  /** The existing sheet's part and last run's block, when people's cells outside it are kept. */
  keep?: { part: string; box: RangeBox };
}

function locate(pkg: XlsxPackage, book: PackageBook, plan: WorkbookPlan, inputSheets: Set<string>): Target[] {
  const marked = new Map(Object.entries(outputSheetsOf(book)));
  const owned = new Map<string, RangeBox>();
  const foreign = new Map<string, ForeignCell[]>();
  for (const [role, name] of marked) {
    const box = ownedBoxOf(book, role);
    if (!box) continue;
    owned.set(role, box);
    foreign.set(role, foreignCells(book, name, box));
  }
  // Only a sheet the write may replace (earlier output, or one named like a planned sheet) is
  // asked whether it is protected: the analyst's large data sheets are never inflated for it.
  const candidates = new Set([...marked.values(), ...plan.sheets.map((s) => s.name)].map((n) => n.toLowerCase()));
  const protectedSheets = new Set(
    book.sheetNames
      .filter((name) => candidates.has(name.toLowerCase()))
      .filter((name) => isOn(attribute(tagsOf(pkg.text(book.partOf(name) ?? ''), 'sheetProtection')[0] ?? '', 'sheet'))),
  );
  const workbookProtection = tagsOf(pkg.text(pkg.workbookPath), 'workbookProtection')[0] ?? '';
  const placements = placeSheets(plan, {
    sheetNames: book.sheetNames,
    marked,
    protectedSheets,
    structureProtected: isOn(attribute(workbookProtection, 'lockStructure')),
    inputSheets,
    owned,
    foreign,
  });
  return placements.map((p) => {
    const part = p.existing ? book.partOf(p.existing) : undefined;
    const old = p.existing && p.clear ? owned.get(p.plan.role) : undefined;
    return { plan: p.plan, name: p.existing ?? p.plan.name, box: p.box, ...(part && old ? { keep: { part, box: old } } : {}) };
  });
}

const corner = (row: number, column: number) => absoluteCell(cellAddress(row, column));

function namesOf(target: Target): WrittenName[] {
  const { plan, name, box } = target;
  const names: WrittenName[] = [
    { name: markerName(plan.role), refersTo: `${sheetRef(name)}!${corner(box.top, box.left)}:${corner(box.bottom, box.right)}` },
  ];
  const titles = plan.print?.titleRows;
  if (titles)
    names.push({ name: '_xlnm.Print_Titles', refersTo: `${sheetRef(name)}!$${titles.from}:$${titles.to}`, sheet: name });
  return names;
}

/** The workbook's cell format id for one of this write's styles; 0 (none) stays 0. */
const xfAt = (merged: number[], xf: (id: number) => number, id: number | undefined): number => (id ? (merged[xf(id)] ?? 0) : 0);

export function outputParts(
  pkg: XlsxPackage,
  book: PackageBook,
  plan: WorkbookPlan,
  inputSheets: Set<string>,
): { styles: string; sheets: WrittenSheet[]; names: WrittenName[]; dropped: string[]; notices: string[] } {
  const targets = locate(pkg, book, plan, inputSheets);
  const stylesPath = pkg.workbookPart('styles');
  if (!stylesPath) throw new Error('the workbook has no styles part');
  const original = pkg.text(stylesPath);
  const xml = new StylesXml(defaultFontParts(original));
  // Each sheet's cell formats in this write's own numbering first; the workbook's, once merged.
  const drafts = targets.map((target) => {
    const table = new StyleTable();
    const ids = cellStyles(target.plan, table);
    const xf = (id: number) => (id ? xml.xf(table.style(id)) : 0);
    return { target, ids, xf };
  });
  const dxfOf = (rule: CfRule) => xml.dxf(rule.format);
  for (const draft of drafts) {
    for (const id of draft.ids.values()) draft.xf(id);
    for (const cf of draft.target.plan.conditionalFormats) for (const rule of cf.rules) dxfOf(rule);
  }
  const merged = mergeStyles(original, xml.toXml());
  const dropped: string[] = [];
  const notices: string[] = [];
  const sheets = drafts.map(({ target, ids, xf }): WrittenSheet => {
    const charts = target.plan.charts ?? [];
    // The exception pages' drawing is the run's own; any other output sheet's is people's.
    const keepDrawing = charts.length === 0 && target.plan.role !== 'exceptions';
    const carried =
      target.keep &&
      carriedXml(pkg.text(target.keep.part), sheetRelationships(pkg, target.keep.part), target.keep.box, keepDrawing);
    // Rendered when the package is written, one sheet at a time, so only one sheet's text is held.
    const xml = () =>
      sheetXml({
        plan: target.plan,
        styles: { at: (row, column) => xfAt(merged.xf, xf, ids.get(row * 16_384 + column)) },
        dxfOf: (rule) => merged.dxf[dxfOf(rule)] ?? 0,
        ...(target.keep ? { kept: keptXml(pkg.text(target.keep.part), target.keep.box) } : {}),
        drawing: charts.length > 0,
        ...(carried ? { carried } : {}),
      });
    const relationships = carried?.relationships ?? [];
    for (const what of carried?.dropped ?? []) dropped.push(`${what} on "${target.name}"`);
    if (carried?.legacyDrawing && target.keep) notices.push(...movedNotes(pkg, book, target));
    if (charts.length === 0) return { name: target.name, xml, relationships };
    const drawing = { xml: drawingPartXml(charts), charts: charts.map((chart) => chartPartXml(target.name, target.plan, chart)) };
    return { name: target.name, xml, relationships, drawing };
  });
  return { styles: merged.xml, sheets, names: targets.flatMap(namesOf), dropped, notices };
}
