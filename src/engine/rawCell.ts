/**
 * What a gateway hands the engine for one cell: the value as the workbook holds it,
 * with Excel's error values kept apart from text.
 */
import { boxAddress } from './address';

export type RawCell = null | number | string | boolean | Date | { error: string };

/** A rectangle of cells read from a sheet, with its top-left position (1-based). */
export interface RawRange {
  sheet: string;
  /** The A1 address of the rectangle, e.g. 'A4:Q47'. */
  address: string;
  top: number;
  left: number;
  cells: RawCell[][];
  /**
   * The cells of the range that hold a formula, with its text (no "="), when the gateway reads
   * formulas: the engine judges a saved value by it (referencedFormulas.ts). Row and column are
   * the sheet's, 1-based.
   */
  formulas?: RawFormula[];
}

export interface RawFormula {
  row: number;
  column: number;
  formula: string;
}

export function isErrorCell(cell: RawCell): cell is { error: string } {
  return typeof cell === 'object' && cell !== null && !(cell instanceof Date) && 'error' in cell;
}

/**
 * The error a file gateway hands the engine for a formula saved with no result (openpyxl and other
 * generators write such cells): its text says what to do, for a figure's message.
 */
export const UNCALCULATED = '#UNCALCULATED (a formula with no saved result: open and save the file in Excel)';

/** A formula saved with no result: nothing can be read from it, neither a figure nor text. */
export function isUncalculated(cell: RawCell): boolean {
  return isErrorCell(cell) && cell.error === UNCALCULATED;
}

export function isBlank(cell: RawCell): boolean {
  return cell === null || (typeof cell === 'string' && cell.trim() === '');
}

export function cellText(cell: RawCell): string {
  if (cell === null) return '';
  if (isErrorCell(cell)) return cell.error;
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

export type NumberReading =
  | { ok: true; value: number }
  | { ok: false; problem: 'blank' | 'error' | 'text' | 'numeric-text' | 'boolean' | 'date'; shown: string };

const NUMERIC_TEXT = /^[-+]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?%?$|^[-+]?\.\d+%?$/;

/**
 * Reads a number. Text is never a number, even "123": Excel's SUM counts a number stored as
 * text as 0 and N() reads it as 0, so the written formulas would disagree with the engine.
 * Such text is told apart ('numeric-text') so the message can say how to fix it. Only the
 * add-in's own sheets (saved scenarios) pass `acceptNumericText`.
 */
export function readNumber(cell: RawCell, acceptNumericText = false): NumberReading {
  if (typeof cell === 'number') {
    return Number.isFinite(cell) ? { ok: true, value: cell } : { ok: false, problem: 'error', shown: String(cell) };
  }
  if (isBlank(cell)) return { ok: false, problem: 'blank', shown: '' };
  if (isErrorCell(cell)) return { ok: false, problem: 'error', shown: cell.error };
  if (typeof cell === 'boolean') return { ok: false, problem: 'boolean', shown: String(cell).toUpperCase() };
  if (cell instanceof Date) return { ok: false, problem: 'date', shown: cellText(cell) };
  const text = String(cell).trim();
  if (NUMERIC_TEXT.test(text)) {
    if (acceptNumericText && !text.endsWith('%')) return { ok: true, value: Number(text.replace(/,/g, '')) };
    return { ok: false, problem: 'numeric-text', shown: String(cell) };
  }
  return { ok: false, problem: 'text', shown: text };
}

/** What to do about a number stored as text, for every message that finds one. */
export const NUMBER_AS_TEXT_FIX =
  'Type it as a number: select the cell and choose Convert to Number (the green triangle), or type the figure again in a cell formatted as a number.';

/** Plain words for why a cell is not a number, for messages. */
export function describeNotANumber(reading: Exclude<NumberReading, { ok: true }>): string {
  switch (reading.problem) {
    case 'blank':
      return 'is blank';
    case 'error':
      return `holds the error ${reading.shown}`;
    case 'boolean':
      return `holds ${reading.shown}, not a number`;
    case 'date':
      return `holds a date (${reading.shown}), not a number`;
    case 'text':
      return `holds the text "${reading.shown}", not a number`;
    case 'numeric-text':
      return `holds the text "${reading.shown}": a number stored as text, which Excel's SUM counts as 0`;
  }
}

/**
 * The range cut to end at sheet row `bottom`, its address with it: a table read a row deeper (for
 * the row below it) or with its Total Row, cut back to its data. Unchanged when it ends there or
 * above, and never cut above its first row.
 */
export function rangeTo(range: RawRange, bottom: number): RawRange {
  const keep = bottom + 1 - range.top;
  if (keep < 1 || range.cells.length <= keep) return range;
  const cells = range.cells.slice(0, keep);
  const right = range.left + (cells[0]?.length ?? 1) - 1;
  return { ...range, cells, address: boxAddress({ top: range.top, left: range.left, bottom, right }) };
}
