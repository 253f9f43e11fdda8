/**
 * Reading a workbook's inputs through a Book (book.ts), whichever source gives it: the contract
 * tables, the ranges and names the catalogue refers to, and earlier output a rerun keeps.
 */
import type { RangeBox, RangeLookup, RawRange, RawTable, Reference, WorkbookInput } from '../../engine';
import {
  boxAddress,
  MAX_REFERENCE_CELLS,
  parseRangeAddress,
  parseReference,
  rangeTo,
  SCENARIO_SHEET,
  SHEET_ROWS,
  SHEET_NAMES,
  TABLE_NAMES,
  wholeLines,
} from '../../engine';
import { KEPT_ROLES } from '../../plan';
import { singlyClaimed } from '../placement';
import type { Book, BookName, BookSheet } from './book';
import { outputSheetsOf, ownedBoxOf } from './markers';

/** The cells of an A1 range; rows and cells the sheet does not have read as blank, and are not created. */
export function readBox(sheet: BookSheet, address: string, withFormulas = false): RawRange {
  const box = parseRangeAddress(address);
  if (!box) throw new Error(`Not an A1 range: ${address}`);
  return sheet.readCells(box, withFormulas);
}

const wholeBox = (sheet: BookSheet): RangeBox | undefined => {
  const extent = sheet.extent();
  if (extent.rowCount === 0 || extent.columnCount === 0) return undefined;
  return { top: 1, left: 1, bottom: extent.rowCount, right: extent.columnCount };
};

function findTable(book: Book, tableName: string, sheetName: string): RawTable | undefined {
  const lower = tableName.toLowerCase();
  for (const table of book.tables()) {
    if (table.name.toLowerCase() !== lower) continue;
    const box = parseRangeAddress(table.ref);
    if (!box) continue;
    // A Total Row is Excel's, not data: the rows above it are the table's (as Excel's data body is).
    const totals = Math.min(table.totalsRows ?? 0, box.bottom - box.top);
    return withRowBelow(table.name, table.sheet, { ...box, bottom: box.bottom - totals }, totals);
  }
  const sheet = book.sheet(sheetName);
  const box = sheet && wholeBox(sheet);
  return sheet && box ? { name: sheet.name, ...sheet.readTable(box) } : undefined;
}

/**
 * An Excel table with the sheet row just below its range (RawTable.rowBelow), for the engine to
 * name a row typed there by a tool that does not grow tables. The table is read one row deeper, in
 * the same pass over its sheet (a large data sheet is not scanned twice), and that row cut off; when
 * it holds something, the range keeps its blank last rows so the row below is the one after it.
 */
function withRowBelow(name: string, sheet: BookSheet, box: RangeBox, totals = 0): RawTable {
  // The row below the table is the one after its Total Row, when it has one.
  const last = box.bottom + totals;
  if (last >= SHEET_ROWS) return { name, ...cutTo(sheet.readTable(box), box.bottom) };
  const read = sheet.readTable({ ...box, bottom: last + 1 });
  const rowBelow = read.tooLarge ? undefined : read.range.cells[last + 1 - read.range.top];
  return {
    name,
    ...cutTo(read, box.bottom),
    ...(rowBelow ? { rowBelow: Array.from({ length: box.right - box.left + 1 }, (_, i) => rowBelow[i] ?? null) } : {}),
    ...(rowBelow && totals > 0 ? { totalsRows: totals } : {}),
  };
}

/** A table's read cut to end at sheet row `bottom` (the row below, or its Total Row, left out). */
function cutTo(
  read: Pick<RawTable, 'range' | 'tooLarge' | 'hiddenRows'>,
  bottom: number,
): Pick<RawTable, 'range' | 'tooLarge' | 'hiddenRows'> {
  const range = read.tooLarge ? read.range : rangeTo(read.range, bottom);
  if (range === read.range) return read;
  const hiddenRows = read.hiddenRows?.filter((row) => row <= bottom);
  return { range, ...(hiddenRows?.length ? { hiddenRows } : {}) };
}

function readTables(book: Book): Omit<WorkbookInput, 'outputSheets' | 'previousOutput'> {
  return {
    catalogue: findTable(book, TABLE_NAMES.catalogue, SHEET_NAMES.catalogue),
    data: findTable(book, TABLE_NAMES.data, SHEET_NAMES.data),
    settings: findTable(book, TABLE_NAMES.settings, SHEET_NAMES.settings),
    activity: findTable(book, TABLE_NAMES.activity, SHEET_NAMES.activity),
    sheetNames: book.sheetNames,
    tableNames: book.tables().map((table) => table.name),
  };
}

function lookupRange(book: Book, sheetName: string, address: string): RangeLookup {
  const sheet = book.sheet(sheetName);
  if (!sheet) {
    const names = book.sheetNames.map((name) => `"${name}"`).join(', ');
    return { ok: false, problem: 'missing-sheet', detail: `there is no sheet called "${sheetName}" (the sheets are ${names})` };
  }
  const box = filledPart(sheet, address);
  const cells = (box.bottom - box.top + 1) * (box.right - box.left + 1);
  if (cells > MAX_REFERENCE_CELLS) {
    return {
      ok: false,
      problem: 'too-large',
      detail: `it reaches ${boxAddress(box)} on "${sheet.name}", ${cells.toLocaleString('en-GB')} cells, more than the ${MAX_REFERENCE_CELLS.toLocaleString('en-GB')} read behind one reference`,
    };
  }
  // With formula text, for the engine to judge saved values by (referencedFormulas.ts).
  return { ok: true, range: sheet.readCells(box, true) };
}

/**
 * The part of a range worth reading: a whole column (C:C) or row (5:5), or a range larger than
 * any reference needs, ends at the last row (column) with a value in it, so a month added at the
 * bottom is read and a million empty cells never are. Never shorter than the range's first row.
 */
function filledPart(sheet: BookSheet, address: string): RangeBox {
  const box = parseRangeAddress(address)!;
  const whole = wholeLines(address);
  if (!whole && (box.bottom - box.top + 1) * (box.right - box.left + 1) <= MAX_REFERENCE_CELLS) return box;
  const filled = sheet.filledBox(box);
  return whole === 'rows' ? { ...box, right: filled.right } : { ...box, bottom: filled.bottom };
}

function dynamicNameDetail(name: string): string {
  return `the name "${name}" is defined by a formula (such as INDEX(…) or OFFSET(…) for the latest row), not by cells, and names like that are not read from files yet (Excel with the add-in reads them)`;
}

/** Where a name is defined, for messages: "for the workbook" or "for sheet Return", with what it refers to. */
const definedWhere = (name: BookName): string =>
  `${name.scope === undefined ? 'for the workbook' : `for sheet "${name.scope}"`} (${name.refersTo})`;

/**
 * The definition of a name the catalogue uses, as a formula on the catalogue's sheet would see it:
 * the workbook's, or the catalogue sheet's own. A name defined only for other sheets is one Excel
 * would not see there; one defined at several scopes could mean either (the tester's n5 and n6
 * gave two results, by sheet order): both stop at the reference, naming the definitions.
 */
function definitionOf(book: Book, wanted: string, catalogueSheet: string | undefined): BookName | RangeLookup {
  const all = book.names().filter((n) => n.name.toLowerCase() === wanted.toLowerCase());
  const [only] = all;
  if (!only) return { ok: false, problem: 'missing-name', detail: `the workbook has no name "${wanted}"` };
  const seen = (n: BookName): boolean => n.scope === undefined || n.scope.toLowerCase() === catalogueSheet?.toLowerCase();
  if (all.length === 1 && seen(only)) return only;
  const listed = all.map(definedWhere).join(' and ');
  if (all.length === 1) {
    const detail = `the name "${only.name}" is defined only ${listed}, so a formula on the ${catalogueSheet ?? 'catalogue'} sheet would not see it; define it for the workbook (Scope: Workbook)`;
    return { ok: false, problem: 'missing-name', detail };
  }
  // "Missing" as one name: its fix (define it again) is this one's too, once, for the workbook.
  const detail = `the name "${only.name}" is defined ${all.length} times, ${listed}, so which cells are meant is a guess; keep one, for the workbook or for the ${catalogueSheet ?? 'catalogue'} sheet (Formulas > Name Manager shows each one's Scope)`;
  return { ok: false, problem: 'missing-name', detail };
}

function lookupName(book: Book, wanted: string, catalogueSheet: string | undefined): RangeLookup {
  const name = definitionOf(book, wanted, catalogueSheet);
  if ('ok' in name) return name;
  if (name.refersTo.includes('#REF!')) {
    const detail = `the name "${name.name}" refers to ${name.refersTo}: the cells it named were deleted`;
    return { ok: false, problem: 'unreadable', detail };
  }
  if (!name.ranges) return { ok: false, problem: 'dynamic-name', detail: dynamicNameDetail(name.name) };
  const only = name.ranges.length === 1 ? name.ranges[0] : undefined;
  const target = only === undefined ? undefined : parseReference(only);
  if (!target || target.kind !== 'range') {
    return {
      ok: false,
      problem: 'unreadable',
      detail: `the name "${name.name}" refers to ${name.ranges.join(', ')}, not one block of cells`,
    };
  }
  return lookupRange(book, target.sheet, target.address);
}

/** The sheet the catalogue is on, found as readTables finds it (its table first, else its sheet). */
function catalogueSheetOf(book: Book): string | undefined {
  const lower = TABLE_NAMES.catalogue.toLowerCase();
  return book.tables().find((t) => t.name.toLowerCase() === lower)?.sheet.name ?? book.sheet(SHEET_NAMES.catalogue)?.name;
}

function lookUp(book: Book, references: Reference[]): Map<string, RangeLookup> {
  const found = new Map<string, RangeLookup>();
  const catalogueSheet = references.some((ref) => ref.kind === 'name') ? catalogueSheetOf(book) : undefined;
  for (const ref of references) {
    found.set(
      ref.text,
      ref.kind === 'range' ? lookupRange(book, ref.sheet, ref.address) : lookupName(book, ref.name, catalogueSheet),
    );
  }
  return found;
}

/**
 * A sheet's used cells from A1 (within `within`, the block the scorecard owns there, when given),
 * or undefined when there is no such sheet or it is empty.
 */
function usedRange(book: Book, name: string, within?: RangeBox): RawRange | undefined {
  const sheet = book.sheet(name);
  const whole = sheet && wholeBox(sheet);
  if (!sheet || !whole) return undefined;
  const box = within
    ? { ...whole, bottom: Math.min(whole.bottom, within.bottom), right: Math.min(whole.right, within.right) }
    : whole;
  return sheet.readCells(sheet.filledBox(box));
}

/** The used cells of earlier output sheets whose contents a rerun keeps, by role. */
function previousOutput(
  book: Book,
  sheets: Record<string, string>,
  roles: readonly string[],
  owned: (role: string) => RangeBox | undefined = () => undefined,
): Record<string, RawRange> {
  const found: Record<string, RawRange> = {};
  for (const role of roles) {
    const range = sheets[role] ? usedRange(book, sheets[role], owned(role)) : undefined;
    if (range) found[role] = range;
  }
  return found;
}

/**
 * Everything a run reads before it knows the references: the contract tables, earlier output, the
 * scenarios sheet. The sheets it reads go into `inputSheets`: they are never written over.
 */
export function readInput(
  book: Book,
  inputSheets: Set<string>,
  facts: { date1904: boolean; author: string | undefined },
): WorkbookInput {
  const sheets = outputSheetsOf(book);
  const input = readTables(book);
  for (const table of [input.catalogue, input.data, input.settings, input.activity]) {
    if (table) inputSheets.add(table.range.sheet);
  }
  const scenarios = book.sheet(SCENARIO_SHEET);
  if (scenarios) inputSheets.add(scenarios.name);
  return {
    ...input,
    // Serial numbers in a 1904-system workbook count from 1904 (date-formatted cells are read as dates already).
    date1904: facts.date1904,
    outputSheets: singlyClaimed(new Map(Object.entries(sheets))),
    previousOutput: previousOutput(book, sheets, KEPT_ROLES, (role) => ownedBoxOf(book, role)),
    author: facts.author,
    scenarios: usedRange(book, SCENARIO_SHEET),
  };
}

/** The ranges and names the catalogue refers to; the sheets read go into `inputSheets`. */
export function readReferences(book: Book, references: Reference[], inputSheets: Set<string>): Map<string, RangeLookup> {
  const found = lookUp(book, references);
  for (const lookup of found.values()) if (lookup.ok) inputSheets.add(lookup.range.sheet);
  return found;
}
