/**
 * The monthly history an indicator's SPC chart is drawn from, and the chart itself, computed
 * once per indicator and area when the scorecard is (scorecard.ts attaches it to each result).
 *
 * Which points (spc.ts says why): a Month or snapshot indicator's own figure at each month end;
 * a Quarter indicator's at its quarter ends, each quarter once; a rolling 12 months, year to
 * date or quarter to date indicator's *in-month* results, made from the in-month counts, since
 * its own figures overlap. Where such an indicator's data has no in-month counts at all, it is
 * not charted. The history reaches back up to SPC_HISTORY_MONTHS months from the reporting
 * month and stops at the first month without a figure, as a chart's points must be consecutive.
 *
 * Assurance of in-month points against the target needs a target on their scale: a rate or a
 * percentage is (a month's 85% against a target of 80%); a count of events is not (a month's 40
 * referrals against a year's target of 500), so such an indicator has variation but no assurance.
 */
import type { Dataset } from './aggregation';
import { addMonths } from './months';
import { isQuarterEnd, latestQuarterEnd, monthOrdinal, scalesWithMonths } from './periods';
import type { SpcBasis, SpcIndicator, SpcResult } from './spc';
import { spcBoundsOf, spcOfPoints } from './spc';
import type { DataPeriod, Indicator, MonthKey } from './types';

/** How far back the chart reaches: two years, enough for settled limits (20 points). */
export const SPC_HISTORY_MONTHS = 24;

/** Periods whose consecutive figures share months, and so are charted from in-month results. */
const OVERLAPPING: ReadonlySet<DataPeriod> = new Set<DataPeriod>(['R12M', 'YTD', 'QTD']);

/** What an indicator's chart is drawn from. */
function spcBasisOf(indicator: Pick<Indicator, 'period'>): SpcBasis {
  return OVERLAPPING.has(indicator.period) ? 'inMonth' : 'period';
}

/**
 * The indicator as SPC reads it: with no polarity (a context measure), no side is better; with
 * in-month points of a figure that grows with its months, no target on their scale.
 */
function spcIndicatorOf(indicator: Indicator): SpcIndicator {
  const bounds = spcBoundsOf(indicator.unit, indicator.negativeAllowed);
  if (!indicator.polarity) return { polarity: 'T', bounds };
  const targetApplies = spcBasisOf(indicator) === 'period' || !scalesWithMonths(indicator);
  return { polarity: indicator.polarity, target: targetApplies ? indicator.target : undefined, bands: indicator.bands, bounds };
}

/** The month ends of the history, newest first, and their ordinals: every month, or a Quarter's quarter ends. */
interface HistoryMonths {
  months: MonthKey[];
  ordinals: number[];
}

/** Histories by reporting month and whether quarterly: every indicator and area of a run share a few. */
const HISTORIES = new Map<string, HistoryMonths>();

function historyMonths(indicator: Indicator, month: MonthKey): HistoryMonths {
  const quarterly = indicator.period === 'Quarter';
  const key = quarterly ? `Q${month}` : month;
  let history = HISTORIES.get(key);
  if (history) return history;
  let months: MonthKey[] = [];
  for (let back = 0; back < SPC_HISTORY_MONTHS; back += 1) months.push(addMonths(month, -back));
  if (quarterly) {
    const first = latestQuarterEnd(month);
    months = months.filter((m) => isQuarterEnd(m) && m <= first);
  }
  history = { months, ordinals: months.map(monthOrdinal) };
  if (HISTORIES.size > 64) HISTORIES.clear();
  HISTORIES.set(key, history);
  return history;
}

/** The consecutive points up to the reporting month, oldest first, with their months. */
function spcHistory(
  dataset: Dataset,
  indicator: Indicator,
  area: string,
  month: MonthKey,
): { months: MonthKey[]; values: number[]; basis: SpcBasis } {
  const basis = spcBasisOf(indicator);
  const history = historyMonths(indicator, month);
  const values = dataset.historyValues(indicator, area, history.ordinals, basis === 'inMonth').reverse();
  return { months: history.months.slice(0, values.length).reverse(), values, basis };
}

/** The SPC verdicts for one indicator in one area at the reporting month. */
export function spcOf(dataset: Dataset, indicator: Indicator, area: string, month: MonthKey): SpcResult {
  const { months, values, basis } = spcHistory(dataset, indicator, area, month);
  if (basis === 'inMonth' && values.length === 0 && dataset.periodFigure(indicator, area, month)?.value !== undefined) {
    return { status: 'rollingFigures', period: indicator.period };
  }
  return spcOfPoints(spcIndicatorOf(indicator), values, { basis, months });
}
