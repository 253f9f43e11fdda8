/**
 * An area whose figure for an indicator is missing this month, though it has earlier ones (its
 * rows in the data table end a month early, or a month the period needs is missing): its sheet
 * shows the indicator as "-", counted as No data, with a warning naming the indicators, as the
 * scorecard's own area does. Before, such rows were left off the area's sheet, and the Areas
 * sheet read "0 indicators, 0 No data" without a word.
 */
import type { IssueList } from './issues';
import { longMonthLabel } from './months';
import type { IndicatorResult, ScorecardResults } from './scorecard';

const hasCurrent = (r: IndicatorResult): boolean => r.current.value !== undefined || r.current.denominator !== undefined;
/** A figure a month or a year ago, or months the SPC chart has (in-month figures with a month missing further back). */
const hasEarlier = (r: IndicatorResult): boolean =>
  r.monthAgo !== undefined ||
  r.yearAgo !== undefined ||
  r.spc.status === 'ok' ||
  r.spc.status === 'rollingFigures' ||
  (r.spc.status === 'notEnoughData' && r.spc.points > 0);

/**
 * The results an area's own sheet shows: those with a figure this month, or with earlier figures
 * (an indicator the area reports, its figure missing now). An indicator the area has
 * no figures for at all (a county-only measure) is left off.
 */
export function shownForArea(results: IndicatorResult[]): IndicatorResult[] {
  return results.filter((r) => hasCurrent(r) || hasEarlier(r));
}

/** Most indicator IDs a warning names before "and N more". */
const NAMED = 8;

/** One warning for each area after the scorecard's own with indicators it reports but has no figure for this month. */
export function warnAreaGaps(results: ScorecardResults, issues: IssueList): void {
  const month = longMonthLabel(results.month);
  for (const area of results.areas.slice(1)) {
    const missing = (results.byArea.get(area) ?? []).filter((r) => !hasCurrent(r) && hasEarlier(r));
    const [first] = missing;
    if (!first) continue;
    const ids = missing.map((r) => r.indicator.id);
    const named = ids.length <= NAMED ? ids.join(', ') : `${ids.slice(0, NAMED).join(', ')} and ${ids.length - NAMED} more`;
    const which = ids.length === 1 ? `indicator ${named}, which it has` : `${ids.length} indicators it has (${named})`;
    issues.warn(
      'area-missing-figure',
      `${area} has no ${month} result for ${which} earlier figures for (${month}'s figure, or a month its period adds up, is missing): its scorecard shows ${ids.length === 1 ? 'it' : 'them'} as "-", counted as No data.`,
      `Add ${area}'s missing months (data-table rows, or the cells the references read), or nothing to do if they are not in yet.`,
      first.indicator.row,
      first.indicator.id,
    );
  }
}
