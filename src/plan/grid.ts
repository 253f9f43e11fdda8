// Straight from address.ts, not the engine's index: every formula's cell addresses are made here.
import { cellAddress } from '../engine/address';
import type { CellValue, PlanCell } from './types';

/**
 * Makes a string one flat run of characters now. A formula is built by joining its parts, which
 * V8 keeps as a tree of the parts (a rope) until the text is first read; a planned formula is kept
 * until the gateway writes it, so the tree would live as long, several times the formula's size,
 * and be copied by every garbage collection on the way. Reading one character flattens it in
 * place and lets the parts go at once (the same characters; 53,000 formulas at 100 x 50).
 */
function flatten(text: string): void {
  text.charCodeAt(0);
}

/** Builds a rectangular block of cells row by row, tracking where things land. */
export class Grid {
  readonly rows: PlanCell[][] = [];

  constructor(readonly width: number) {}

  /** Appends a row; returns its 1-based row number. */
  add(cells: (PlanCell | CellValue)[] = []): number {
    const row: PlanCell[] = [];
    for (let c = 0; c < this.width; c++) {
      const cell = cells[c];
      if (cell !== null && typeof cell === 'object') {
        if (cell.formula !== undefined) flatten(cell.formula);
        row.push(cell);
      }
      // An empty string is a blank cell in Excel; keep both gateways writing the same thing.
      else row.push({ value: cell === '' || cell === undefined ? null : cell });
    }
    this.rows.push(row);
    return this.rows.length;
  }

  /**
   * Appends a row made for this grid: its own new array, as wide as the grid, every cell a cell.
   * Kept as it is rather than copied (a scorecard adds 5,000 such rows at 100 x 50).
   */
  addRow(cells: PlanCell[]): number {
    if (cells.length !== this.width) return this.add(cells);
    for (const cell of cells) if (cell.formula !== undefined) flatten(cell.formula);
    this.rows.push(cells);
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
