/**
 * The cells behind one side of a figure as numbers (types.ts CellList): a month series keeps its
 * cells' sheets and packed addresses in arrays as its rows are read, and every window over it
 * names a stretch of those arrays, so no figure copies or re-reads its cells.
 */
import { cellAddress, cellColumnOf, cellRowOf, packedCell } from './address';
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

/** Entry k's location: as given, or made from its sheet and packed address. */
function locationAt(list: CellList, k: number): CellLocation | undefined {
  const given = list.locations[k];
  if (given !== undefined) return given;
  const sheet = list.sheets[k];
  const at = list.packed[k] ?? -1;
  return sheet === undefined || at < 0 ? undefined : { sheet, cell: cellAddress(cellRowOf(at), cellColumnOf(at)) };
}

/** The list's cells as locations, in order. */
export function cellLocations(list: CellList): CellLocation[] {
  const cells: CellLocation[] = [];
  for (let k = list.from; k < list.to; k++) {
    const cell = locationAt(list, k);
    if (cell !== undefined) cells.push(cell);
  }
  return cells;
}

/** The list's first cell, if it has one. */
export const firstCell = (list: CellList): CellLocation | undefined =>
  list.to > list.from ? locationAt(list, list.from) : undefined;
