import type { RawCell, RawFormula } from '../../engine';
import { parseReference } from '../../engine';
import type { CellValue, PlanCell } from '../../plan';

/** 'Sheet 1'!A1:B2 -> { sheet: 'Sheet 1', address: 'A1:B2' } */
export function splitAddress(address: string): { sheet: string; address: string } {
  const ref = parseReference(address);
  if (!ref || ref.kind !== 'range') throw new Error(`Office returned an address we cannot read: ${address}`);
  return { sheet: ref.sheet, address: ref.address };
}

/**
 * The cells holding a formula, from a range's formulas and values as loaded. Range.formulas gives a
 * formula's text and, for a cell without one, its value
 * (https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-formulas-member),
 * so a text constant that starts with "=" (typed with a quote prefix) is told apart by being its
 * own value. The text goes without its "=", as RawFormula holds it.
 */
export function formulaCells(range: { values: unknown[][]; formulas: unknown[][] }, top: number, left: number): RawFormula[] {
  const found: RawFormula[] = [];
  range.formulas.forEach((row, r) =>
    row.forEach((formula, c) => {
      if (typeof formula === 'string' && formula.startsWith('=') && formula !== range.values[r]?.[c])
        found.push({ row: top + r, column: left + c, formula: formula.slice(1) });
    }),
  );
  return found;
}

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
 * A constant as Range.values/formulas must receive it. Excel takes text written there as if
 * typed: "Apr 2017" and "1-2" become dates, "1.10" a number, "5%" a percentage, "=…" a formula
 * (https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-ranges-set-get-values).
 * No list of patterns can be sure to match Excel's parser in every locale, so every text constant
 * gets the quote prefix, which Excel strips and which keeps the rest as text.
 */
export function literal(value: CellValue): string | number | boolean {
  if (value === null || value === '') return '';
  if (typeof value === 'string') return `'${value}`;
  // JSON has no Infinity or NaN (Office.js would send null, which leaves the cell unchanged):
  // Excel's own error value says the number could not be had.
  if (typeof value === 'number' && !Number.isFinite(value)) return '#NUM!';
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
