import { addMonths, monthLabel, splitMonth, trailingMonths, yearToDateMonths } from './months';
import type { DataPeriod, Indicator, MonthKey } from './types';

/**
 * Data periods and the months each covers at a reporting month. Financial quarters are
 * Apr–Jun, Jul–Sep, Oct–Dec and Jan–Mar, as the financial year starts in April.
 *
 * A `Quarter` indicator shows the latest complete financial quarter: at June, September,
 * December or March the quarter ending that month; in the months between, the quarter before
 * (in May 2017, Jan–Mar 2017). A committee compares a quarter with a quarterly target, and a
 * part-quarter is not that figure: it is what `QTD` (quarter to date) is for.
 */

/** Whether a month ends a financial quarter (June, September, December, March). */
export function isQuarterEnd(month: MonthKey): boolean {
  return splitMonth(month).month % 3 === 0;
}

/** The end of the latest complete financial quarter at `month` (the month itself at a quarter end). */
export function latestQuarterEnd(month: MonthKey): MonthKey {
  return addMonths(month, -(splitMonth(month).month % 3));
}

/** The months of the financial quarter to date at `month`, from the quarter's first month. */
export function quarterToDateMonths(month: MonthKey): MonthKey[] {
  return trailingMonths(month, ((splitMonth(month).month - 1) % 3) + 1);
}

/** The month end a period's own figure is dated at: a Quarter's is its quarter end. */
export function periodEnd(period: DataPeriod, month: MonthKey): MonthKey {
  return period === 'Quarter' ? latestQuarterEnd(month) : month;
}

/** A month as an integer (year × 12 + month − 1), so windows of months are arithmetic. */
export function monthOrdinal(month: MonthKey): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

/**
 * The months a period's figure at month `ordinal` adds up, as its last month and their number:
 * the same months as periodMonths, without building them.
 */
export function periodWindow(period: DataPeriod, ordinal: number): { last: number; count: number } {
  const calendarMonth = (ordinal % 12) + 1;
  switch (period) {
    case 'R12M':
      return { last: ordinal, count: 12 };
    case 'YTD':
      return { last: ordinal, count: ((calendarMonth - 4 + 12) % 12) + 1 };
    case 'Quarter':
      return { last: ordinal - (calendarMonth % 3), count: 3 };
    case 'QTD':
      return { last: ordinal, count: ((calendarMonth - 1) % 3) + 1 };
    case 'SS':
    case 'Month':
      return { last: ordinal, count: 1 };
  }
}

/** The months a period's figure at `month` adds up, oldest first. */
export function periodMonths(period: DataPeriod, month: MonthKey): MonthKey[] {
  switch (period) {
    case 'R12M':
      return trailingMonths(month, 12);
    case 'YTD':
      return yearToDateMonths(month);
    case 'Quarter':
      return trailingMonths(latestQuarterEnd(month), 3);
    case 'QTD':
      return quarterToDateMonths(month);
    case 'SS':
    case 'Month':
      return [month];
  }
}

/** A financial quarter by its end: 'Jan–Mar 2017' (a financial quarter never spans a calendar year end). */
export function quarterLabel(end: MonthKey): string {
  const first = addMonths(end, -2);
  return `${monthLabel(first).slice(0, 3)}–${monthLabel(end)}`;
}

/** The codes a catalogue may type, as shown in messages. */
export const PERIOD_CODES: Record<DataPeriod, DataPeriod> = {
  R12M: 'R12M',
  YTD: 'YTD',
  SS: 'SS',
  Month: 'Month',
  Quarter: 'Quarter',
  QTD: 'QTD',
};

export const PERIOD_WORDS =
  'R12M (rolling 12 months), YTD (year to date), QTD (quarter to date), Quarter (the latest complete financial quarter), Month (the reporting month alone) or SS (snapshot)';

/**
 * Whether a figure over this period adds up as many months as a rolling 3 months does, so the
 * two compare with one target: only a Quarter always covers 3 months.
 */
function coversThreeMonths(period: DataPeriod): boolean {
  return period === 'Quarter';
}

/** What a period's figure covers, for notes: "the target is for 12 months". */
export const PERIOD_SPAN: Record<DataPeriod, string> = {
  R12M: '12 months',
  YTD: 'the year to date',
  SS: 'a month end',
  Month: 'one month',
  Quarter: 'a quarter',
  QTD: 'the quarter to date',
};

/**
 * Whether a figure grows with the months it covers: events (a flow) counted on their own or
 * over a month-end stock (referrals per 10,000 children: 3 months of referrals are about a
 * quarter of 12 months'). A ratio of like with like (re-referrals of referrals, cases per FTE)
 * does not. A rate per 10,000 whose denominator type is blank is taken to be over a population.
 */
export function scalesWithMonths(indicator: Pick<Indicator, 'unit' | 'numeratorKind' | 'denominatorKind'>): boolean {
  if ((indicator.numeratorKind ?? 'flow') !== 'flow') return false;
  if (indicator.unit === 'count') return true;
  const denominator = indicator.denominatorKind ?? (indicator.unit === 'rate10k' ? 'stock' : 'flow');
  return denominator !== 'flow';
}

/**
 * The rolling 3 months figure is rated against the indicator's target only when the two cover
 * the same span or the figure does not grow with its months: R3M of a rate of events per
 * 10,000 over R12M is shown, unrated, rather than annualised (a projection no report publishes)
 * or rated against a 12-month target it cannot reach.
 */
export function rolling3Rated(indicator: Pick<Indicator, 'unit' | 'period' | 'numeratorKind' | 'denominatorKind'>): boolean {
  return !scalesWithMonths(indicator) || coversThreeMonths(indicator.period);
}

/**
 * Whether the period's figures at two month ends cover different numbers of months (YTD in
 * April against March; QTD in July against June). For a figure that grows with its months,
 * such a pair is not like with like: 1 month of referrals is not "better" than 3.
 */
export function spansDiffer(period: DataPeriod, month: MonthKey, earlier: MonthKey): boolean {
  return periodWindow(period, monthOrdinal(month)).count !== periodWindow(period, monthOrdinal(earlier)).count;
}
