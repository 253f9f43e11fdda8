import { cellAddress } from '../address';
import type { RawCell, RawRange } from '../rawCell';
import { cellText, isBlank } from '../rawCell';
import type { CellLocation } from '../types';
import type { SeriesAxis } from './seriesShape';

/** What heads one column (row, for months across) of a monthly block: its text, blank as ''. */
export interface AreaLabel {
  text: string;
  at: CellLocation;
}

/** The cell at a row and column from the block itself or, outside it, the cells read beside it. */
function cellFrom(ranges: RawRange[], row: number, column: number): RawCell {
  for (const r of ranges) {
    const cell = r.cells[row - r.top]?.[column - r.left];
    if (cell !== undefined) return cell;
  }
  return null;
}

/**
 * The labels of a block's columns (rows, for months across): the nearest row above the first month
 * (column left of it) holding text over any of the block's columns, read from the block itself (a
 * whole column starts at row 1) or from the cells above it. Undefined when no such row is found.
 */
export function blockLabels(
  range: RawRange,
  beside: RawRange | undefined,
  axis: SeriesAxis,
  firstLine: number,
  across: number,
): AreaLabel[] | undefined {
  const ranges = beside ? [range, beside] : [range];
  const start = axis === 'down' ? range.left : range.top;
  const lowest = Math.min(
    axis === 'down' ? range.top : range.left,
    beside ? (axis === 'down' ? beside.top : beside.left) : Infinity,
  );
  const positions = Array.from({ length: across }, (_, k) => start + k);
  for (let line = firstLine - 1; line >= lowest; line--) {
    const cells = positions.map((p) => {
      const [row, column] = axis === 'down' ? [line, p] : [p, line];
      return { cell: cellFrom(ranges, row, column), at: { sheet: range.sheet, cell: cellAddress(row, column) } };
    });
    if (cells.some(({ cell }) => typeof cell === 'string' && !isBlank(cell))) {
      return cells.map(({ cell, at }) => ({ text: isBlank(cell) ? '' : cellText(cell), at }));
    }
    // A row of figures above the first month (a total, an earlier block) ends the search: no header.
    if (cells.some(({ cell }) => typeof cell === 'number')) return undefined;
  }
  return undefined;
}
