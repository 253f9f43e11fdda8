import type { IssueList } from '../issues';
import { quoteSheet } from '../issues';
import { longMonthLabel, monthLabel } from '../months';
import { isQuarterEnd, latestQuarterEnd, quarterLabel, quarterToDateMonths } from '../periods';
import type { Observation } from '../types';
import type { Catalogue } from './catalogue';

/**
 * Figures that could be read two ways for the indicator's period stop the run instead:
 * - a Quarter figure dated at a month that ends no financial quarter (May: the quarter to May,
 *   Mar–May, as some reports say, or the quarter to date, Apr–May?);
 * - a Month indicator given both its own figure and in-month counts for the same month: for a
 *   month they are the same thing, and they could disagree.
 */
export function checkPeriodFigures(catalogue: Catalogue, observations: Observation[], issues: IssueList): void {
  const inMonth = new Map<string, Observation>();
  for (const o of observations) if (o.basis === 'month') inMonth.set(keyOf(o), o);
  for (const o of observations) {
    const indicator = catalogue.byId.get(o.indicatorId);
    if (!indicator || o.basis !== 'period') continue;
    if (indicator.period === 'Quarter' && !isQuarterEnd(o.month)) {
      const end = latestQuarterEnd(o.month);
      issues.error(
        'quarter-not-quarter-end',
        `Indicator ${o.indicatorId} is a Quarter indicator (financial quarters: Apr–Jun, Jul–Sep, Oct–Dec, Jan–Mar), but this figure for ${o.area} is dated ${longMonthLabel(o.month)}, which ends no quarter: it could be the 3 months to ${longMonthLabel(o.month)} or the quarter so far, so it is not used.`,
        `Date the quarter's figure at its quarter end (${quarterLabel(end)} at ${longMonthLabel(end)}), give in-month counts (Basis Month), or set the Data period to QTD for the quarter so far (${monthLabel(quarterToDateMonths(o.month)[0] ?? o.month)} to ${monthLabel(o.month)}).`,
        o.at,
        o.indicatorId,
      );
    }
    const counts = indicator.period === 'Month' ? inMonth.get(keyOf(o)) : undefined;
    if (counts) {
      issues.error(
        'month-figure-twice',
        `Indicator ${o.indicatorId} is a Month indicator, and ${o.area}, ${longMonthLabel(o.month)} is given both as the month's figure (here) and as in-month counts (${quoteSheet(counts.at.sheet)}!${counts.at.cell}). For one month they are the same figure and could disagree, so neither is used.`,
        'Keep one of them: delete the data row, or clear the catalogue reference.',
        o.at,
        o.indicatorId,
      );
    }
  }
}

const keyOf = (o: Observation): string => `${o.indicatorId}\u0000${o.area}\u0000${o.excluding ?? ''}\u0000${o.month}`;
