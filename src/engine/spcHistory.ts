/**
 * The monthly history an indicator's SPC chart is drawn from, and the chart itself, computed
 * once per indicator and area when the scorecard is (scorecard.ts attaches it to each result).
 *
 * The history is the indicator's own figure (its data period) at each month end, taken from the
 * data as the scorecard takes the reporting month's: given, or made from in-month counts. It
 * reaches back up to SPC_HISTORY_MONTHS months from the reporting month and stops at the first
 * month without a figure, as a chart's points must be consecutive. A Quarter indicator's points
 * are its quarter ends, each quarter once.
 */
import type { Dataset } from './aggregation';
import { addMonths } from './months';
import { isQuarterEnd, latestQuarterEnd } from './periods';
import type { SpcIndicator, SpcResult } from './spc';
import { spcFor } from './spc';
import type { Indicator, MonthKey } from './types';

/** How far back the chart reaches: two years, enough for settled limits (20 points). */
export const SPC_HISTORY_MONTHS = 24;

/** The indicator as SPC reads it: with no polarity (a context measure), no side is better. */
export function spcIndicatorOf(indicator: Indicator): SpcIndicator {
  if (!indicator.polarity) return { polarity: 'T' };
  return { polarity: indicator.polarity, target: indicator.target, bands: indicator.bands };
}

/** The month ends of the history, newest first: every month, or a Quarter's quarter ends. */
function historyMonths(indicator: Indicator, month: MonthKey): MonthKey[] {
  const months: MonthKey[] = [];
  for (let back = 0; back < SPC_HISTORY_MONTHS; back += 1) months.push(addMonths(month, -back));
  if (indicator.period !== 'Quarter') return months;
  const first = latestQuarterEnd(month);
  return months.filter((m) => isQuarterEnd(m) && m <= first);
}

/** The consecutive results up to the reporting month, oldest first, with their months. */
export function spcHistory(
  dataset: Dataset,
  indicator: Indicator,
  area: string,
  month: MonthKey,
): { months: MonthKey[]; values: number[] } {
  const months: MonthKey[] = [];
  const values: number[] = [];
  for (const m of historyMonths(indicator, month)) {
    const value = dataset.periodFigure(indicator, area, m)?.value;
    if (value === undefined || !Number.isFinite(value)) break;
    months.unshift(m);
    values.unshift(value);
  }
  return { months, values };
}

/** The SPC verdicts for one indicator in one area at the reporting month. */
export function spcOf(dataset: Dataset, indicator: Indicator, area: string, month: MonthKey): SpcResult {
  return spcFor(spcIndicatorOf(indicator), spcHistory(dataset, indicator, area, month).values);
}
