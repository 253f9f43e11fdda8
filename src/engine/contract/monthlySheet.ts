import type { RangeBox } from '../address';
import { cellAddress, columnLetters } from '../address';
import { monthLabel } from '../months';
import type { RawCell, RawRange } from '../rawCell';
import { cellText, isBlank } from '../rawCell';
import type { CellLocation, MonthKey } from '../types';
import { findMonths, monthsAlong } from './monthAxis';

/**
 * "Set up catalogue" from the selection: the analyst selects the header cells of a monthly sheet
 * (months down the rows, one column per count) and the pane proposes a catalogue row per column.
 * This module recognises the sheet from a block of its cells, with the same month search the
 * engine uses when it reads a whole-column reference in place, so what is proposed is what a
 * recalculation will read. Proposing the rows themselves is in proposal.ts.
 */

/** What the gateway read around the selection. */
interface SelectedBlock {
  /** The selected cells, as a box on `block.sheet` (whole columns run to the sheet's last row). */
  selection: RangeBox;
  /** The sheet's cells from column A to the selection's right edge, down to its last filled row. */
  block: RawRange;
  date1904?: boolean;
}

/** One selected column that holds monthly figures under a header. */
export interface HeadedColumn {
  column: number;
  letter: string;
  header: string;
  headerAt: CellLocation;
  /** The header reads like a month-end figure (population, FTE, "(month end)"): a stock, not a flow. */
  stock: boolean;
}

export interface SkippedColumn {
  letter: string;
  why: string;
}

export interface MonthlySheet {
  ok: true;
  sheet: string;
  headerRow: number;
  /** The month column the engine will find left of the figures. */
  monthColumn: string;
  firstMonth: MonthKey;
  lastMonth: MonthKey;
  monthCount: number;
  columns: HeadedColumn[];
  skipped: SkippedColumn[];
}

type Recognition = MonthlySheet | { ok: false; why: string; fix: string };

const SELECT_HEADERS =
  'Select the header cells of your monthly sheet (one column per count, the month ends in a column to their left, one a row), then try again.';

/**
 * Words that mark a month-end figure: counts at a moment (children in care, population, FTE)
 * are stocks, which must not be added up over a period.
 */
const STOCK_WORDS =
  /month[\s-]*end|\bas at\b|snapshot|population|\bfte\b|caseload|\bopen\b|on (a )?(cp|child protection) plans?|looked after|\bin care\b|\bheld\b|headcount|vacan/i;

function looksLikeStock(header: string): boolean {
  return STOCK_WORDS.test(header);
}

const cellOf = (block: RawRange, row: number, column: number): RawCell =>
  block.cells[row - block.top]?.[column - block.left] ?? null;

/** The block's columns up to (not including) `column`: where the engine looks for the months. */
function leftOf(block: RawRange, column: number): RawRange {
  const width = column - block.left;
  return { ...block, cells: block.cells.map((row) => row.slice(0, width)) };
}

/** Recognises a monthly sheet from the selected header cells; or says why not and what to do. */
export function recogniseMonthlySheet({ selection, block, date1904 = false }: SelectedBlock): Recognition {
  const lines = block.cells.map((_, i) => block.top + i);
  const right = Math.min(selection.right, block.left + (block.cells[0]?.length ?? 0) - 1);
  const selected: number[] = [];
  for (let c = Math.max(selection.left, block.left); c <= right; c++) selected.push(c);
  const isMonthColumn = (c: number) => monthsAlong(block, 'down', c, lines, date1904).ok;
  const data = selected.filter((c) => !isMonthColumn(c));
  const [firstData] = data;
  if (firstData === undefined) {
    return { ok: false, why: 'The selection holds only month ends, no figures.', fix: SELECT_HEADERS };
  }
  if (firstData === block.left) {
    return {
      ok: false,
      why: `Column ${columnLetters(firstData)} is the first column of ${block.sheet}, so there is no month column to the left of it.`,
      fix: SELECT_HEADERS,
    };
  }
  const search = findMonths(leftOf(block, firstData), 'down', lines, date1904);
  if (!search.ok) {
    return {
      ok: false,
      why: `No month column was found left of column ${columnLetters(firstData)}: ${search.why}.`,
      fix: SELECT_HEADERS,
    };
  }
  const months = search.months;
  const firstMonthRow = Math.min(...months.map((m) => m.line));
  const headerRow = findHeaderRow(block, data, Math.min(selection.bottom, firstMonthRow - 1));
  if (headerRow === undefined) {
    return {
      ok: false,
      why: `The selected columns have no header above their first month (row ${firstMonthRow}).`,
      fix: 'Give each column a header above the months (for example "Referrals"), select those header cells, then try again.',
    };
  }
  const monthRows = months.map((m) => m.line);
  const columns: HeadedColumn[] = [];
  const skipped: SkippedColumn[] = [];
  for (const column of data) {
    const letter = columnLetters(column);
    const header = cellText(cellOf(block, headerRow, column));
    const headerCell = cellAddress(headerRow, column);
    if (!header) skipped.push({ letter, why: `${headerCell} is blank` });
    else if (typeof cellOf(block, headerRow, column) === 'number')
      skipped.push({ letter, why: `${headerCell} is a number, not a header` });
    else if (!monthRows.some((r) => typeof cellOf(block, r, column) === 'number')) {
      skipped.push({ letter, why: `column ${letter} has no figures in the months' rows` });
    } else {
      columns.push({ column, letter, header, headerAt: { sheet: block.sheet, cell: headerCell }, stock: looksLikeStock(header) });
    }
  }
  if (columns.length === 0) {
    return {
      ok: false,
      why: `None of the selected columns has a header and figures: ${skipped.map((s) => s.why).join('; ')}.`,
      fix: SELECT_HEADERS,
    };
  }
  const ordered = [...months].sort((a, b) => (a.month < b.month ? -1 : 1));
  const [firstFound] = months;
  const [earliest] = ordered;
  const latest = ordered[ordered.length - 1];
  // A month search that succeeds has found months; said so rather than assumed.
  if (!firstFound || !earliest || !latest) return { ok: false, why: 'No month ends were found.', fix: SELECT_HEADERS };
  return {
    ok: true,
    sheet: block.sheet,
    headerRow,
    monthColumn: firstFound.at.cell.replace(/\d+$/, ''),
    firstMonth: earliest.month,
    lastMonth: latest.month,
    monthCount: months.length,
    columns,
    skipped,
  };
}

/** The nearest row at or above `from` with text in one of the columns: the headers. */
function findHeaderRow(block: RawRange, columns: number[], from: number): number | undefined {
  for (let row = from; row >= block.top; row--) {
    if (columns.some((c) => typeof cellOf(block, row, c) === 'string' && !isBlank(cellOf(block, row, c)))) return row;
  }
  return undefined;
}

/** "Months in column A, Apr 2023 to Mar 2025 (24); headers in row 5." */
export function describeMonthlySheet(found: MonthlySheet): string {
  return `months in column ${found.monthColumn}, ${monthLabel(found.firstMonth)} to ${monthLabel(found.lastMonth)} (${found.monthCount}); headers in row ${found.headerRow}`;
}
