import type { IssueList } from '../issues';
import { quoteSheet } from '../issues';
import { compareMonths, longMonthLabel, monthLabel } from '../months';
import type { MonthKey, Observation } from '../types';
import { canonicalArea } from './areas';
import type { ParsedSettings } from './settings';

/**
 * A Reporting month set past every figure the areas have: each area's figures (from the data
 * table or a monthly series) stop at an earlier month, so every area scorecard is all "-". It is
 * most often a Reporting month moved on before the month's figures came in, and then any single
 * cell the catalogue points at (read as the reporting month's figure, whichever that is) still
 * holds the month before's figure, shown as this month's with nothing to tell it apart. A warning
 * at the setting names the areas, the latest month they have, and those cells.
 *
 * Without areas there is no such tell: a single cell for this month beside a data table of earlier
 * months is how the README says to give history, so nothing is said there.
 */
export function checkAreasBehindMonth(
  month: MonthKey,
  dated: Observation[],
  fromCells: Observation[],
  settings: ParsedSettings,
  issues: IssueList,
): void {
  const own = canonicalArea(settings.area);
  const byArea = new Map<string, { name: string; latest: MonthKey }>();
  for (const o of dated) {
    const key = canonicalArea(o.area);
    if (key === own) continue;
    const seen = byArea.get(key);
    if (!seen || compareMonths(o.month, seen.latest) > 0) byArea.set(key, { name: o.area, latest: o.month });
  }
  const areas = [...byArea.values()];
  if (areas.length === 0 || areas.some((a) => compareMonths(a.latest, month) >= 0)) return;
  const latest = areas.reduce((a, b) => (compareMonths(a.latest, b.latest) >= 0 ? a : b)).latest;
  const names = areas.map((a) => a.name);
  const listed = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  const cells = [...new Set(fromCells.map((o) => `${quoteSheet(o.at.sheet)}!${o.at.cell}`))];
  const ids = new Set(fromCells.map((o) => o.indicatorId)).size;
  const lone = cells.length
    ? `; and ${ids} indicator${ids === 1 ? ' reads' : 's read'} single cells (${cells.slice(0, 2).join(', ')}${cells.length > 2 ? ', …' : ''}) as ${monthLabel(month)}'s figures: if they still hold ${monthLabel(latest)}'s, those are shown as ${monthLabel(month)}'s`
    : '';
  issues.warn(
    'areas-behind-month',
    `The Reporting month is ${longMonthLabel(month)}, but ${listed} ${names.length === 1 ? 'has' : 'have'} no figures for it (the latest are for ${longMonthLabel(latest)}), so ${names.length === 1 ? 'its results are' : 'their results are all'} "-"${lone}.`,
    `If the scorecard is for ${longMonthLabel(latest)}, set "Reporting month" to its month end (or leave it blank for the latest month with figures); otherwise add ${longMonthLabel(month)}'s figures for the areas.`,
    settings.at.month,
  );
}
