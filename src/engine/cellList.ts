/**
 * The cells behind one side of a figure as numbers (types.ts CellList): a month series keeps its
 * cells' sheets and packed addresses in arrays as its rows are read, and every window over it
 * names a stretch of those arrays, so no figure copies or re-reads its cells.
 */
import { packedCell } from './address';
import type { CellList, CellLocation } from './types';

/** A list of the given cells, in order (a figure given in one row: one cell a side). */
export function cellList(locations: readonly CellLocation[]): CellList {
  return {
    from: 0,
    to: locations.length,
    sheets: locations.map((l) => l.sheet),
    packed: locations.map((l) => packedCell(l.cell)),
    locations,
  };
}

/** No cells: the denominator side of a count. */
export const NO_CELLS: CellList = { from: 0, to: 0, sheets: [], packed: [], locations: [] };

/** The list's cells as locations, in order. */
export function cellLocations(list: CellList): CellLocation[] {
  const cells: CellLocation[] = [];
  for (let k = list.from; k < list.to; k++) {
    const cell = list.locations[k];
    if (cell !== undefined) cells.push(cell);
  }
  return cells;
}

/** The list's first cell, if it has one. */
export const firstCell = (list: CellList): CellLocation | undefined =>
  list.to > list.from ? list.locations[list.from] : undefined;
