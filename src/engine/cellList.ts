/**
 * The cells behind one side of a figure as numbers (types.ts CellList): a month series keeps its
 * cells' sheets and packed addresses in arrays as its rows are read, and every window over it
 * names a stretch of those arrays, so no figure copies or re-reads its cells.
 */
import { cellAddress, cellColumnOf, cellRowOf, packedCell } from './address';
import type { CellList, CellLocation } from './types';

/** A list of the given cells, in order (a figure given in one row: one cell a side). */
export function cellList(locations: readonly CellLocation[]): CellList {
  const sheets = locations.map((l) => l.sheet);
  const packed = locations.map((l) => packedCell(l.cell));
  const run = columnRunOf(sheets, packed, 0, locations.length);
  return {
    from: 0,
    to: locations.length,
    sheets,
    packed,
    locations,
    columnSheet: run,
    columnTop: run === undefined ? -1 : (packed[0] ?? -1),
  };
}

/**
 * The sheet of cells `from` to `to` - 1 when they are one run down one column of it (each the
 * cell below the last, packed as address.ts packs them), else undefined.
 */
export function columnRunOf(
  sheets: readonly (string | undefined)[],
  packed: ArrayLike<number>,
  from: number,
  to: number,
): string | undefined {
  const sheet = sheets[from];
  const first = packed[from] ?? -1;
  if (to <= from || sheet === undefined || first < 0) return undefined;
  for (let k = from + 1; k < to; k++) if (sheets[k] !== sheet || packed[k] !== first + (k - from)) return undefined;
  return sheet;
}

/** No cells: the denominator side of a count. */
export const NO_CELLS: CellList = {
  from: 0,
  to: 0,
  sheets: [],
  packed: [],
  locations: [],
  columnSheet: undefined,
  columnTop: -1,
};

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
