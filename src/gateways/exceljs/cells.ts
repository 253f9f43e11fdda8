import type ExcelJS from 'exceljs';
import type { RawCell } from '../../engine';
import { UNCALCULATED } from '../../engine';

function isFormula(value: ExcelJS.CellValue): boolean {
  return typeof value === 'object' && value !== null && ('formula' in value || 'sharedFormula' in value);
}

/** An ExcelJS cell value as the engine sees it: formulas by their saved result, errors apart from text. */
function toRawCell(value: ExcelJS.CellValue): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if (typeof value === 'object') {
    if ('error' in value) return { error: String(value.error) };
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if (isFormula(value)) {
      const result = (value as { result?: ExcelJS.CellValue }).result;
      if (result === undefined) return { error: UNCALCULATED };
      return toRawCell(result);
    }
    if ('text' in value) return String((value as { text: unknown }).text);
  }
  return String(value);
}

/**
 * A worksheet cell as the engine sees it. A formula is read by its saved result from the cell
 * itself: ExcelJS's `cell.value` copies only truthy fields, so a saved 0 (or FALSE) would be lost
 * and the formula taken for one that was never calculated.
 */
export function readCell(cell: ExcelJS.Cell): RawCell {
  const value = cell.value;
  if (!isFormula(value)) return toRawCell(value);
  const result = (cell as unknown as { result?: ExcelJS.CellValue }).result;
  return result === undefined ? { error: UNCALCULATED } : toRawCell(result);
}

/** A formula cell's formula text, without "=" (a shared formula as it reads in this cell), or undefined. */
export function formulaOf(cell: ExcelJS.Cell): string | undefined {
  return isFormula(cell.value) ? cell.formula || undefined : undefined;
}
