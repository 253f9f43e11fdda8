import type { RawCell } from '../../engine';
import type { CellValue, PlanCell } from '../../plan';

/** Office.js values with their valueTypes, as the engine sees them: errors kept apart from text. */
export function toRawCells(values: unknown[][], valueTypes: Excel.RangeValueType[][] | string[][]): RawCell[][] {
  return values.map((row, r) =>
    row.map((value, c): RawCell => {
      const type = valueTypes[r]?.[c];
      if (type === 'Error') return { error: String(value) };
      if (type === 'Empty' || value === '' || value === null || value === undefined) return null;
      if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return value;
      return String(value);
    }),
  );
}

/**
 * Text Excel would not keep as typed: formulas (= + - @), numbers, dates, booleans. Writing
 * through Office.js is like typing, so such text gets Excel's quote prefix and stays text.
 */
function needsQuotePrefix(text: string): boolean {
  return /^[=+\-@']/.test(text) || /^\s*[-+]?(\d|\.\d)/.test(text) || /^(true|false)$/i.test(text.trim()) || /^#/.test(text);
}

export function literal(value: CellValue): string | number | boolean {
  if (value === null) return '';
  if (typeof value === 'string') return needsQuotePrefix(value) ? `'${value}` : value;
  return value;
}

/** The matrix for Range.formulas: each cell its formula, or its constant written as a literal. */
export function formulasOf(rows: PlanCell[][]): (string | number | boolean)[][] {
  return rows.map((row) => row.map((cell) => cell.formula ?? literal(cell.value)));
}

export function numberFormatsOf(rows: PlanCell[][]): string[][] {
  return rows.map((row) => row.map((cell) => cell.numberFormat ?? 'General'));
}

/** Excel column width in points for a width in characters (7 px a character, 5 px padding). */
export function pointsForCharacters(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}
