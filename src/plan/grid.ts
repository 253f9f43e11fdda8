// Straight from address.ts, not the engine's index: every formula's cell addresses are made here.
import { cellAddress } from '../engine/address';
import type { CellValue, PlanCell } from './types';

/** Builds a rectangular block of cells row by row, tracking where things land. */
export class Grid {
  readonly rows: PlanCell[][] = [];

  constructor(readonly width: number) {}

  /** Appends a row; returns its 1-based row number. */
  add(cells: (PlanCell | CellValue)[] = []): number {
    const row: PlanCell[] = [];
    for (let c = 0; c < this.width; c++) {
      const cell = cells[c];
      // An empty string is a blank cell in Excel; keep both gateways writing the same thing.
      row.push(cell !== null && typeof cell === 'object' ? cell : { value: cell === '' || cell === undefined ? null : cell });
    }
    this.rows.push(row);
    return this.rows.length;
  }

  get nextRow(): number {
    return this.rows.length + 1;
  }

  static address(row: number, column: number): string {
    return cellAddress(row, column);
  }

  static span(row: number, fromColumn: number, toColumn: number): string {
    return `${cellAddress(row, fromColumn)}:${cellAddress(row, toColumn)}`;
  }

  static column(column: number, fromRow: number, toRow: number): string {
    return `${cellAddress(fromRow, column)}:${cellAddress(Math.max(fromRow, toRow), column)}`;
  }
}

export const num = (value: number | undefined, numberFormat?: string): PlanCell =>
  value === undefined ? { value: '-' } : { value, numberFormat };

const LINE_HEIGHT = 15;

/** Lines a wrapped text needs in a column of `width` characters (word wrap, roughly as Excel does). */
export function linesNeeded(text: string, width: number): number {
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const length = word.length;
    if (used > 0 && used + 1 + length > width) {
      lines += 1;
      used = length;
    } else {
      used += (used > 0 ? 1 : 0) + length;
    }
  }
  return lines;
}

/** Row heights for the rows where any of the wrapped columns needs more than one line. */
export function wrappedRowHeights(
  rows: { value: unknown }[][],
  wrapped: number[],
  widths: number[],
  fromRow: number,
): Record<number, number> {
  const heights: Record<number, number> = {};
  rows.forEach((row, i) => {
    if (i + 1 < fromRow) return;
    let lines = 1;
    for (const column of wrapped) {
      const value = row[column - 1]?.value;
      const width = widths[column - 1];
      if (typeof value === 'string' && value && width !== undefined) lines = Math.max(lines, linesNeeded(value, width * 1.2));
    }
    if (lines > 1) heights[i + 1] = lines * LINE_HEIGHT;
  });
  return heights;
}
