import type { CellLocation, Indicator, MonthKey } from '../types';

/**
 * The blank cells of the monthly series behind each indicator, by area and month, so a result
 * that has no figure can name the cell to fill in rather than ask for references already given.
 * Kept beside the indicator (weakly), as the series are read once per run.
 */
const blanks = new WeakMap<Indicator, Map<string, CellLocation>>();

const key = (area: string, month: MonthKey): string => `${month}\u0000${area}`;

export function noteBlankCell(indicator: Indicator, area: string, month: MonthKey, at: CellLocation): void {
  let byKey = blanks.get(indicator);
  if (!byKey) {
    byKey = new Map();
    blanks.set(indicator, byKey);
  }
  if (!byKey.has(key(area, month))) byKey.set(key(area, month), at);
}

/** The first blank cell found behind the indicator's figure for an area and month, if any. */
export function blankCellOf(indicator: Indicator, area: string, month: MonthKey): CellLocation | undefined {
  return blanks.get(indicator)?.get(key(area, month));
}
