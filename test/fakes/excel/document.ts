/**
 * The fake host's "document": what Excel would hold. Proxies act on it only inside sync().
 */
import { boxAddress, parseRangeAddress } from '../../../src/engine/address';
import type { RangeBox } from '../../../src/engine/address';
import { copyNameOf, sameSheetName, sheetNameProblem } from './excelRules';

export interface CellFormat {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  color?: string;
  fill?: string;
  hAlign?: string;
  vAlign?: string;
  wrap?: boolean;
  borderBottom?: string;
}

export type Scalar = string | number | boolean;

export interface CellState {
  /** The value as Excel holds it; for a formula, its cached result (null: not calculated). */
  value: Scalar | null;
  formula?: string;
  /** An error value such as #DIV/0!, when the cell holds one. */
  error?: string;
  numberFormat: string;
  format: CellFormat;
}

export interface CfState {
  range: string;
  type: string;
  rule?: { formula1: string; formula2?: string; operator: string };
  format: { fill?: string; color?: string; bold?: boolean };
}

export interface ChartState {
  name: string;
  type: string;
  /** The source range's address on its sheet, and how series run. */
  source: string;
  seriesBy: string;
  title: string;
  from?: string;
  to?: string;
}

let nextSheetId = 1;

/** A worksheet id shaped like Excel's: a GUID in braces, stable across renames. */
function newSheetId(): string {
  const n = (nextSheetId++).toString(16).padStart(12, '0');
  return `{00000000-0001-0000-0000-${n}}`;
}

export class SheetState {
  readonly id = newSheetId();
  cells = new Map<string, CellState>();
  merges: string[] = [];
  cfs: CfState[] = [];
  freeze?: string;
  tabColor = '';
  visibility = 'Visible';
  protected = false;
  /** Rows hidden by hand or by a filter: their cells still hold their values. */
  hiddenRows = new Set<number>();
  /** Columns hidden by hand. */
  hiddenColumns = new Set<number>();
  charts: ChartState[] = [];
  orientation = 'Portrait';
  zoom?: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  printTitleRows?: string;
  /** Rows a manual page break goes above. */
  pageBreaks: number[] = [];
  columnWidths = new Map<number, number>();
  rowHeights = new Map<number, number>();

  constructor(public name: string) {}

  /** A deep copy under another name, as Worksheet.copy() makes: cells, formats, rules, layout. */
  cloneAs(name: string): SheetState {
    const copy = new SheetState(name);
    for (const [key, cell] of this.cells) copy.cells.set(key, { ...cell, format: { ...cell.format } });
    copy.merges = [...this.merges];
    copy.cfs = this.cfs.map((cf) => ({ ...cf, rule: cf.rule && { ...cf.rule }, format: { ...cf.format } }));
    copy.freeze = this.freeze;
    copy.tabColor = this.tabColor;
    copy.visibility = this.visibility;
    copy.protected = this.protected;
    copy.orientation = this.orientation;
    copy.zoom = this.zoom && { ...this.zoom };
    copy.printTitleRows = this.printTitleRows;
    copy.pageBreaks = [...this.pageBreaks];
    copy.columnWidths = new Map(this.columnWidths);
    copy.rowHeights = new Map(this.rowHeights);
    copy.hiddenRows = new Set(this.hiddenRows);
    copy.hiddenColumns = new Set(this.hiddenColumns);
    copy.charts = this.charts.map((c) => ({ ...c }));
    return copy;
  }

  private static key(row: number, column: number): string {
    return `${row},${column}`;
  }

  /** The row and column a key of `cells` stands for. */
  static position(key: string): [row: number, column: number] {
    const [row, column] = key.split(',').map(Number);
    if (row === undefined || column === undefined) throw new Error(`Not a cell key: ${key}`);
    return [row, column];
  }

  cell(row: number, column: number): CellState | undefined {
    return this.cells.get(SheetState.key(row, column));
  }

  /** The cell, created blank if needed, for writing. */
  edit(row: number, column: number): CellState {
    const key = SheetState.key(row, column);
    let cell = this.cells.get(key);
    if (!cell) {
      cell = { value: null, numberFormat: 'General', format: {} };
      this.cells.set(key, cell);
    }
    return cell;
  }

  clear(box: RangeBox): void {
    for (const key of [...this.cells.keys()]) {
      const [r, c] = SheetState.position(key);
      if (r >= box.top && r <= box.bottom && c >= box.left && c <= box.right) this.cells.delete(key);
    }
  }

  /** The smallest box holding every cell with a value (like getUsedRange(true)). */
  usedBox(): RangeBox | undefined {
    let box: RangeBox | undefined;
    for (const [key, cell] of this.cells) {
      if (cell.value === null && !cell.formula && !cell.error) continue;
      const [r, c] = SheetState.position(key);
      box = box
        ? {
            top: Math.min(box.top, r),
            left: Math.min(box.left, c),
            bottom: Math.max(box.bottom, r),
            right: Math.max(box.right, c),
          }
        : { top: r, left: c, bottom: r, right: c };
    }
    return box;
  }
}

export interface TableState {
  name: string;
  sheet: SheetState;
  address: string;
  /** The table has its Total Row, the last row of `address` (Table.showTotals, ExcelApi 1.3). */
  showTotals?: boolean;
}

export interface NameState {
  name: string;
  sheet: SheetState;
  address: string;
  comment: string;
  /**
   * For a name defined by a formula (INDEX(…), OFFSET(…)) rather than by cells, its text without
   * "=". The fake does not evaluate formulas: `sheet` and `address` hold the range Excel evaluates
   * it to, and an empty address a formula whose value is not a range (a constant, an error).
   */
  formula?: string;
}

export const WHOLE_SHEET: RangeBox = { top: 1, left: 1, bottom: 1048576, right: 16384 };

export class DocumentState {
  sheets: SheetState[] = [];
  tables: TableState[] = [];
  names: NameState[] = [];
  active?: SheetState;
  selection?: { sheet: SheetState; address: string };
  /** Who last saved the workbook (document properties). */
  lastAuthor = '';
  /** The workbook counts dates from 1 January 1904 (Excel for Mac's old default): serials are 1,462 smaller. */
  date1904 = false;
  calculationSuspended = false;
  screenUpdatingSuspended = false;
  enableEvents = true;

  /**
   * Workbook structure protection: while on, sheets cannot be added, copied, deleted, renamed,
   * hidden or unhidden.
   * https://support.microsoft.com/en-us/office/protect-a-workbook-7e365a4d-3e89-4616-84ca-1931257c1517
   * https://learn.microsoft.com/en-us/javascript/api/excel/excel.workbookprotection
   */
  structureProtected = false;

  sheet(name: string): SheetState | undefined {
    return this.sheets.find((s) => sameSheetName(s.name, name));
  }

  /** A sheet by name or by id, as Worksheets.getItem(key) finds it. */
  sheetByKey(key: string): SheetState | undefined {
    return this.sheets.find((s) => s.id === key) ?? this.sheet(key);
  }

  /** Throws as Excel does when the structure is protected. */
  checkStructure(action: string): void {
    if (this.structureProtected)
      throw new FakeOfficeError('AccessDenied', `The workbook's structure is protected, so a sheet cannot be ${action}.`);
  }

  /** Throws as Excel does for a name it does not allow, or one another sheet has. */
  checkSheetName(name: string, renaming?: SheetState): void {
    const problem = sheetNameProblem(name);
    if (problem) throw new FakeOfficeError('InvalidArgument', `The sheet name is not valid: ${problem}.`);
    const other = this.sheet(name);
    if (other && other !== renaming) throw new FakeOfficeError('ItemAlreadyExists', `A sheet named ${name} already exists.`);
  }

  addSheet(name: string): SheetState {
    this.checkSheetName(name);
    const sheet = new SheetState(name);
    this.sheets.push(sheet);
    return sheet;
  }

  /** Worksheets.add from the add-in: the structure must be unprotected. */
  insertSheet(name: string): SheetState {
    this.checkStructure('added');
    return this.addSheet(name);
  }

  renameSheet(sheet: SheetState, name: string): void {
    if (sheet.name === name) return;
    this.checkStructure('renamed');
    this.checkSheetName(name, sheet);
    sheet.name = name;
  }

  /** Worksheet.copy: the copy goes at the end, named as Excel names copies. */
  copySheet(sheet: SheetState): SheetState {
    this.checkStructure('copied');
    const copy = sheet.cloneAs(copyNameOf(sheet.name, (n) => this.sheet(n) !== undefined));
    this.sheets.push(copy);
    return copy;
  }

  deleteSheet(sheet: SheetState): void {
    this.checkStructure('deleted');
    // A workbook keeps at least one visible sheet.
    // https://support.microsoft.com/en-us/office/insert-or-delete-a-worksheet-19d3d6b2-1dfe-4bb5-a7d8-d2e8ea7d5bd8
    const visible = this.sheets.filter((s) => s.visibility === 'Visible' && s !== sheet);
    if (sheet.visibility === 'Visible' && visible.length === 0)
      throw new FakeOfficeError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
    this.sheets = this.sheets.filter((x) => x !== sheet);
    this.tables = this.tables.filter((t) => t.sheet !== sheet);
  }

  setVisibility(sheet: SheetState, visibility: string): void {
    if (sheet.visibility === visibility) return;
    this.checkStructure('hidden or unhidden');
    if (visibility !== 'Visible' && !this.sheets.some((s) => s !== sheet && s.visibility === 'Visible'))
      throw new FakeOfficeError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
    sheet.visibility = visibility;
  }

  table(name: string): TableState | undefined {
    return this.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
  }

  name(name: string): NameState | undefined {
    return this.names.find((n) => n.name.toLowerCase() === name.toLowerCase());
  }
}

/** Shaped like OfficeExtension.Error: a code and a message. */
export class FakeOfficeError extends Error {
  /** The tag of the queued op that failed (see FakeContextCore.tag). */
  tag?: number;
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

export function box(address: string): RangeBox {
  const b = parseRangeAddress(address.replace(/\$/g, ''));
  if (!b) throw new FakeOfficeError('InvalidArgument', `Not a range address: ${address}`);
  return b;
}

export function quoted(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

export function fullAddress(sheet: SheetState, b: RangeBox): string {
  return `${quoted(sheet.name)}!${boxAddress(b)}`;
}

/** Everything a user could see or a formula could reach, as plain data: for "left as it was" checks. */
export function snapshotDocument(doc: DocumentState): unknown {
  const sheets = doc.sheets.map((s) => ({
    name: s.name,
    visibility: s.visibility,
    cells: Object.fromEntries([...s.cells.entries()].map(([k, c]) => [k, JSON.stringify(c)])),
    merges: [...s.merges].sort(),
    cfs: s.cfs,
    freeze: s.freeze ?? '',
    tabColor: s.tabColor,
    orientation: s.orientation,
    columnWidths: [...s.columnWidths.entries()].sort((a, b) => a[0] - b[0]),
    rowHeights: [...s.rowHeights.entries()].sort((a, b) => a[0] - b[0]),
    // A chart's name is the add-in's own handle; what a reader sees is the rest.
    charts: s.charts.map(({ name: _name, ...seen }) => seen),
  }));
  const names = doc.names.map((n) => `${n.name}=${doc.sheets.includes(n.sheet) ? n.sheet.name : '#REF!'}!${n.address}`).sort();
  const tables = doc.tables.map((t) => `${t.name}=${t.sheet.name}!${t.address}`).sort();
  return JSON.parse(JSON.stringify({ sheets, names, tables, enableEvents: doc.enableEvents })) as unknown;
}

/** A deep copy of a document, so one prepared workbook can be failed many ways. */
export function cloneDocument(doc: DocumentState): DocumentState {
  const copy = new DocumentState();
  const map = new Map<SheetState, SheetState>();
  for (const s of doc.sheets) {
    const c = s.cloneAs(s.name);
    map.set(s, c);
    copy.sheets.push(c);
  }
  const to = (s: SheetState) => map.get(s) ?? s;
  copy.tables = doc.tables.map((t) => ({ ...t, sheet: to(t.sheet) }));
  copy.names = doc.names.map((n) => ({ ...n, sheet: to(n.sheet) }));
  copy.active = doc.active && to(doc.active);
  return copy;
}
