/**
 * A small sheet read whole once, and boxes cut from it as a scan of each box would read them
 * (streamedSheet.ts): many references into one sheet then cost one read of its XML, not one each.
 */
import type { RangeBox, RawCell, RawFormula } from '../../engine';
import { SHEET_COLUMNS } from '../../engine';

/** Rows read, by their offset from the box's top; a row's cells by their offset from its left. */
export type Rows = (RawCell[] | undefined)[];

/** What one read of a box found. */
export interface Collected {
  rows: Rows;
  filled: RangeBox;
  formulas: RawFormula[];
  hidden: number[];
}

/** The whole sheet read once, and where its formulas are (row * SHEET_COLUMNS + column). */
export type WholeSheet = Collected & { formulaAt: Set<number> };

/** Boxes up to this many columns wide get each row read whole at once (a table's, a reference's). */
export const PREALLOCATE_WIDTH = 1024;

/** What a scan of `box` would have read, cut from the whole sheet's cells (which are never handed out). */
export function cutFromWhole(whole: WholeSheet, box: RangeBox, withFormulas: boolean): Collected {
  const rows: Rows = [];
  const width = box.right - box.left + 1;
  const newRow = width <= PREALLOCATE_WIDTH ? () => new Array<RawCell>(width).fill(null) : () => [];
  let bottom = box.top;
  let right = box.left;
  const last = Math.min(box.bottom, whole.rows.length);
  for (let r = box.top; r <= last; r++) {
    const values = whole.rows[r - 1];
    if (!values) continue;
    const to = Math.min(box.right, values.length);
    for (let c = box.left; c <= to; c++) {
      const value = values[c - 1];
      if (value === undefined || value === null) continue;
      (rows[r - box.top] ??= newRow())[c - box.left] = value;
      if (value === '' && !whole.formulaAt.has(r * SHEET_COLUMNS + c)) continue;
      if (r > bottom) bottom = r;
      if (c > right) right = c;
    }
  }
  const inside = (row: number, column: number) =>
    row >= box.top && row <= box.bottom && column >= box.left && column <= box.right;
  return {
    rows,
    filled: { top: box.top, left: box.left, bottom, right },
    formulas: withFormulas ? whole.formulas.filter((f) => inside(f.row, f.column)) : [],
    hidden: whole.hidden.filter((row) => row >= box.top && row <= box.bottom),
  };
}
