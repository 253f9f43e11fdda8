import type { RawCell, RawRange } from '../rawCell';
import { cellText } from '../rawCell';
import { cellAddress } from '../address';
import type { TableRow } from './tableRow';
import { TableRowView } from './tableRow';
import type { CellLocation } from '../types';
import type { IssueList } from '../issues';
import { nearestSpec, normaliseHeader, specFor, withoutNote } from './headerMatch';

export type { TableRow } from './tableRow';
export { normaliseHeader } from './headerMatch';

/**
 * The workbook contract: three Excel tables the analyst keeps, found by table name
 * (or, failing that, by a sheet of the same name whose first row holds the headers).
 */
export const TABLE_NAMES = {
  catalogue: 'Catalogue',
  data: 'ScorecardData',
  settings: 'ScorecardSettings',
  activity: 'ScorecardActivity',
} as const;

export const SHEET_NAMES = {
  catalogue: 'Catalogue',
  data: 'Data',
  settings: 'Settings',
  activity: 'Activity',
} as const;

/**
 * The most cells a contract table is read with: 16 columns down every row of a sheet. A table
 * whose filled cells reach further (a stray value in a sheet's far corner) is not read at all.
 */
export const MAX_TABLE_CELLS = 16 * 1_048_576;

/** A table as a gateway read it: its whole range, header row first. */
export interface RawTable {
  name: string;
  range: RawRange;
  /**
   * Set when the table's filled cells are more than MAX_TABLE_CELLS: the last cell they reach and
   * their number. Only the first cell was read, and the table is reported rather than used.
   */
  tooLarge?: { reaches: string; cells: number };
  /** Rows of the sheet, within the table, that are hidden (by hand or by a filter). */
  hiddenRows?: number[];
  /**
   * For an Excel table (not a sheet read as one), the cells of the sheet row just below its range,
   * across the table's columns, where the client reads them: Excel grows a table over a row typed
   * beneath it, LibreOffice and openpyxl do not, so a filled cell there is a row the analyst meant
   * to be in the table. It is the row after the range's last (range.top + range.cells.length), so
   * a gateway that cuts a table's range to its filled rows leaves the blank rows on when it fills
   * this; cell i is in column range.left + i.
   */
  rowBelow?: RawCell[];
  /**
   * The rows of the table's Total Row (Table Design > Total Row), which are Excel's, not data: the
   * range leaves them out, and rowBelow is the row after them.
   */
  totalsRows?: number;
}

export interface WorkbookInput {
  catalogue?: RawTable;
  data?: RawTable;
  settings?: RawTable;
  /** Team activity counts (optional): caseloads, referrals, … per team and month end. */
  activity?: RawTable;
  sheetNames: string[];
  /** Sheets earlier output went to, by output role (a renamed output sheet keeps its new name). */
  outputSheets?: Record<string, string>;
  /**
   * What earlier output sheets hold where people write (the summary's narrative, the run log),
   * by output role, so that a rerun keeps it.
   */
  previousOutput?: Record<string, RawRange>;
  /** Who last saved the workbook, where the client tells (for the run log). */
  author?: string;
  /** The saved what-if scenarios' sheet, as it stands (read with everything else). */
  scenarios?: RawRange;
  /**
   * The workbook counts date serials from 1904 (Excel's "Use 1904 date system"), where the
   * client tells: month cells that come as serials are read in that system.
   */
  date1904?: boolean;
  /**
   * Every Excel table's name, where the client lists them: two whose names differ only in case
   * make "which one is the catalogue" a guess, so they are reported.
   */
  tableNames?: string[];
}

export interface ColumnSpec<F extends string> {
  field: F;
  header: string;
  aliases: string[];
  required: boolean;
}

/** An optional column that the rows, as they are, cannot do without, and why. */
export interface NeededColumn<F extends string> {
  field: F;
  why: string;
}

interface HeaderCell {
  offset: number;
  text: string;
  at: CellLocation;
}

/** Maps header names to fields and yields the non-blank rows. Reports missing, repeated, misspelt or blank headers. */
export function readTable<F extends string>(
  table: RawTable,
  specs: ColumnSpec<F>[],
  issues: IssueList,
  needed?: (rows: TableRow<F>[]) => NeededColumn<F>[],
): TableRow<F>[] | undefined {
  const { range } = table;
  if (table.tooLarge) {
    tooLarge(table, table.tooLarge, issues);
    return undefined;
  }
  const header = range.cells[0] ?? [];
  const columns = new Map<F, number>();
  const unknown: HeaderCell[] = [];
  const blank: HeaderCell[] = [];
  header.forEach((cell, offset) => {
    const text = cellText(cell);
    const key = normaliseHeader(text);
    const at = { sheet: range.sheet, cell: cellAddress(range.top, range.left + offset) };
    if (!key) {
      blank.push({ offset, text, at });
      return;
    }
    const spec = specFor(specs, key) ?? specFor(specs, normaliseHeader(withoutNote(text)));
    if (!spec) {
      unknown.push({ offset, text, at });
      return;
    }
    if (columns.has(spec.field)) {
      issues.error(
        'duplicate-column',
        `The ${table.name} table has two "${spec.header}" columns.`,
        'Rename or delete one of them.',
        at,
      );
      return;
    }
    columns.set(spec.field, offset);
  });
  if (unreadableHeaders(table, blank, specs, issues)) return undefined;
  const guesses = unknown.map((u) => ({
    ...u,
    ...nearestSpec(
      u.text,
      specs.filter((s) => !columns.has(s.field)),
    ),
  }));
  const missingColumn = (spec: ColumnSpec<F>, why: string): void => {
    const typo = guesses.find((g) => g.spec === spec);
    if (typo) typo.spec = undefined;
    issues.error(
      'missing-column',
      `The ${table.name} table has no "${spec.header}" column${why}${typo ? `; ${typo.at.cell} is headed "${typo.text}"` : ''}.`,
      typo ? `Rename ${typo.at.cell} "${spec.header}".` : `Add a column headed "${spec.header}".`,
      typo?.at ?? { sheet: range.sheet, cell: cellAddress(range.top, range.left) },
    );
  };
  const missing = specs.filter((s) => s.required && !columns.has(s.field));
  for (const spec of missing) missingColumn(spec, '');
  if (missing.length) return undefined;

  const rows: TableRow<F>[] = [];
  range.cells.forEach((cells, i) => {
    if (i === 0 || cells.every((c) => c === null || cellText(c) === '')) return;
    rows.push(new TableRowView(cells, range.sheet, range.top + i, range.left, columns, i - 1));
  });
  for (const need of needed?.(rows) ?? []) {
    const spec = specs.find((s) => s.field === need.field);
    if (spec && !columns.has(need.field)) missingColumn(spec, `, and ${need.why}`);
  }
  for (const g of guesses) {
    if (!g.spec) continue;
    issues.warn(
      'misspelt-column',
      `Column "${g.text}" is not one we know, so it is ignored; did you mean "${g.name}"?`,
      `Rename it "${g.name}" for its values to be used, or ignore this if the column is your own.`,
      g.at,
    );
  }
  return rows;
}

function tooLarge(table: RawTable, extent: NonNullable<RawTable['tooLarge']>, issues: IssueList): void {
  const count = (n: number): string => n.toLocaleString('en-GB');
  const from = cellAddress(table.range.top, table.range.left);
  issues.error(
    'table-too-large',
    `The ${table.name} table's cells run from ${from} to ${extent.reaches}, ${count(extent.cells)} cells, far more than a scorecard table holds (at most ${count(MAX_TABLE_CELLS)}), so it was not read: something was typed far below or to the right of the table.`,
    `Clear the cells below and to the right of the table's last real row and column (Ctrl+End shows where they end), or make it an Excel table (Insert > Table), then run again.`,
    { sheet: table.range.sheet, cell: extent.reaches },
  );
}

/**
 * Excel treats table names without regard to case, so a workbook (written by a script) with
 * "Catalogue" and "catalogue" leaves which one is meant to a guess: an error, not a pick.
 */
export function checkTableNames(input: WorkbookInput, issues: IssueList): void {
  // A sheet named like a table (ScorecardData) is not where a table-less workbook's tables are read from (Data).
  for (const key of Object.keys(TABLE_NAMES) as (keyof typeof TABLE_NAMES)[]) {
    const [table, sheet] = [TABLE_NAMES[key], SHEET_NAMES[key]];
    const named = input.sheetNames.find((n) => n.toLowerCase() === table.toLowerCase());
    if (input[key] || !named || table.toLowerCase() === sheet.toLowerCase()) continue;
    issues.warn(
      'contract-sheet-name',
      `The sheet "${named}" is not read: without an Excel table named "${table}", the scorecard reads a sheet named "${sheet}".`,
      `Rename the sheet to "${sheet}", or make its cells an Excel table named "${table}" (Insert > Table, then Table Design > Table Name).`,
      { sheet: named, cell: 'A1' },
    );
  }
  for (const wanted of Object.values(TABLE_NAMES)) {
    const same = (input.tableNames ?? []).filter((n) => n.toLowerCase() === wanted.toLowerCase());
    if (same.length < 2) continue;
    issues.error(
      'duplicate-table',
      `The workbook has ${same.length} tables named ${same.map((n) => `"${n}"`).join(' and ')}; Excel does not tell table names apart by case, so which one to read would be a guess.`,
      'Rename or delete all but one of them (Table Design > Table Name).',
    );
  }
}

/**
 * The sheet row holding the headers when the first row is a title over them (one filled cell, and
 * a row below it naming two or more of the columns); undefined otherwise.
 */
function headerRowBelow<F extends string>(range: RawRange, specs: ColumnSpec<F>[]): number | undefined {
  const filled = (row: RawCell[] | undefined): RawCell[] => (row ?? []).filter((c) => cellText(c) !== '');
  if (filled(range.cells[0]).length > 1) return undefined;
  const known = new Set(specs.flatMap((s) => [s.header, ...s.aliases].map(normaliseHeader)));
  for (let i = 1; i < Math.min(range.cells.length, 6); i++) {
    const named = filled(range.cells[i]).filter((c) => known.has(normaliseHeader(cellText(c))));
    if (named.length >= 2) return range.top + i;
  }
  return undefined;
}

/** Reports a header row that cannot be read: a title above the headers, or a column of figures with no header. */
function unreadableHeaders<F extends string>(
  table: RawTable,
  blank: HeaderCell[],
  specs: ColumnSpec<F>[],
  issues: IssueList,
): boolean {
  const { range } = table;
  const unheaded = blank.find((b) => range.cells.some((row, i) => i > 0 && cellText(row[b.offset] ?? null) !== ''));
  const headersBelow = unheaded ? headerRowBelow(range, specs) : undefined;
  if (headersBelow !== undefined) {
    issues.error(
      'blank-header',
      `The first row of the ${table.name} sheet holds a title, not the column headers, which are in row ${headersBelow}: without a table, the headers must be the first row.`,
      `Move the title out of row ${range.top} so the headers are the first row, or select the headers and the rows under them and make them a table named "${table.name}" (Insert > Table, then Table Design > Table Name).`,
      { sheet: range.sheet, cell: cellAddress(range.top, range.left) },
    );
    return true;
  }
  if (unheaded) {
    issues.error(
      'blank-header',
      `Column ${unheaded.at.cell.replace(/\d+$/, '')} of the ${table.name} table has figures but no header (it may be the hidden part of a merged header cell), so they cannot be read.`,
      'Unmerge the header cells and give every column its own header (see the README for the column names).',
      unheaded.at,
    );
    return true;
  }
  return false;
}
