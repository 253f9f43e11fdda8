/**
 * What the write needs to know of earlier output, read in round trip 2: what people wrote on the
 * kept roles' sheets (narrative, run log, commentary) and the charts there, what they typed beside
 * and below each output block, and the protection of every sheet the write may replace.
 */
import type { RangeBox } from '../../engine';
import { boxAddress, SHEET_COLUMNS, SHEET_ROWS } from '../../engine';
import type { ForeignCell } from '../placement';
import type { Listing } from './listing';
import { rawRange } from './read';

/** The sheet to the right of a block, and below it: where people's own notes may be. */
function beyond(box: RangeBox): RangeBox[] {
  const strips: RangeBox[] = [];
  if (box.right < SHEET_COLUMNS) strips.push({ top: 1, left: box.right + 1, bottom: SHEET_ROWS, right: SHEET_COLUMNS });
  if (box.bottom < SHEET_ROWS) strips.push({ top: box.bottom + 1, left: 1, bottom: SHEET_ROWS, right: box.right });
  return strips;
}

export function foreignCells(outside: { role: string; used: Excel.Range }[]): Map<string, ForeignCell[]> {
  const found = new Map<string, ForeignCell[]>();
  for (const { role, used } of outside) {
    if (used.isNullObject) continue;
    const range = rawRange(used);
    range.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell === null) return;
        const text = typeof cell === 'object' && 'error' in cell ? cell.error : String(cell);
        found.set(role, [...(found.get(role) ?? []), { row: range.top + r, column: range.left + c, text }]);
      }),
    );
  }
  return found;
}

/**
 * Queues, without a sync, what the write needs to know of earlier output: what people wrote on
 * the kept roles' sheets (narrative, run log, commentary) and the charts there, what they typed
 * beside and below each output block, and the protection of every sheet the write may replace.
 */
export function queueOutputReads(
  context: Excel.RequestContext,
  listing: Listing,
  marked: { outputSheets: Map<string, string>; owned: Map<string, RangeBox> },
  outputNames: string[],
  keptRoles: readonly string[],
) {
  const sheets = context.workbook.worksheets;
  const { outputSheets, owned } = marked;
  const kept = keptRoles.flatMap((role) => {
    const sheet = outputSheets.get(role);
    if (!sheet) return [];
    // What the scorecard owns there: people's notes beside it are theirs, not part of the narrative.
    const box = owned.get(role);
    const ws = sheets.getItem(sheet);
    const used = (box ? ws.getRange(boxAddress(box)) : ws).getUsedRangeOrNullObject(true);
    used.load('address,values,valueTypes');
    // The charts the last run drew there, to be replaced by this run's.
    const charts = sheets.getItem(sheet).charts;
    charts.load('items/name');
    return [{ role, used, charts }];
  });
  // Beside and below each output block: usually nothing (a null object), else what people typed there.
  const outside = [...owned].flatMap(([role, box]) => {
    const ws = sheets.getItem(outputSheets.get(role)!);
    return beyond(box).map((strip) => {
      const used = ws.getRange(boxAddress(strip)).getUsedRangeOrNullObject(true);
      used.load('address,values,valueTypes');
      return { role, used };
    });
  });
  const present = new Map(listing.sheetNames.map((n) => [n.toLowerCase(), n]));
  const candidates = [...new Set([...outputSheets.values(), ...outputNames])]
    .map((n) => present.get(n.toLowerCase()))
    .filter((n): n is string => Boolean(n));
  const protections = candidates.map((name) => {
    const protection = sheets.getItem(name).protection;
    protection.load('protected');
    return { name, protection };
  });
  return { kept, outside, protections };
}
