/**
 * A figure given for the indicator's own period (Basis Period) or its rolling 3 months (R3M) is
 * used as given, in preference to adding up in-month counts. Where the data also has the in-month
 * counts for every month of that period, the two can be compared: when they disagree as the
 * reader would see them (to the indicator's decimals), the workbook reads two ways, and the
 * scorecard would show one of them with no word. A warning at the given figure names both.
 */
import { Dataset } from '../aggregation';
import { IssueList } from '../issues';
import { monthLabel, trailingMonths } from '../months';
import { periodMonths } from '../periods';
import type { Indicator, Observation } from '../types';
import { formatResult, resultOf, roundShown } from '../units';
import type { Catalogue } from './catalogue';

const keyOf = (o: Pick<Observation, 'indicatorId' | 'area'>): string => `${o.indicatorId}\u0000${o.area}`;

function shown(indicator: Indicator, value: number): number {
  return indicator.unit === 'percentage' ? roundShown(value * 100, indicator.decimals) : roundShown(value, indicator.decimals);
}

export function checkGivenAgainstCounts(catalogue: Catalogue, observations: readonly Observation[], issues: IssueList): void {
  const given = observations.filter((o) => (o.basis === 'period' || o.basis === 'R3M') && o.excluding === undefined);
  if (given.length === 0) return;
  const keys = new Set(given.map(keyOf));
  const counts = observations.filter((o) => o.basis === 'month' && o.excluding === undefined && keys.has(keyOf(o)));
  if (counts.length === 0) return;
  // The counts alone, added up as the scorecard would add them (duplicates are the main run's to report).
  const dataset = new Dataset(counts, new IssueList());
  const months = new Set(counts.map((o) => `${keyOf(o)}\u0000${o.month}`));
  for (const o of given) {
    const indicator = catalogue.byId.get(o.indicatorId);
    if (!indicator || indicator.period === 'SS') continue;
    const period = o.basis === 'R3M' ? trailingMonths(o.month, 3) : periodMonths(indicator.period, o.month);
    // Only a period whose every month has counts is compared: the rest is what the given figure is for.
    if (period.length === 0 || !period.every((m) => months.has(`${keyOf(o)}\u0000${m}`))) continue;
    const fromCounts =
      o.basis === 'R3M' ? dataset.rolling3Figure(indicator, o.area, o.month) : dataset.periodFigure(indicator, o.area, o.month);
    const countsValue = fromCounts?.value;
    const givenValue = o.value ?? (o.numerator !== undefined ? resultOf(indicator.unit, o.numerator, o.denominator) : undefined);
    if (countsValue === undefined || givenValue === undefined) continue;
    if (shown(indicator, countsValue) === shown(indicator, givenValue)) continue;
    const what = o.basis === 'R3M' ? 'rolling 3 months' : indicator.period;
    const show = (v: number) => formatResult(indicator.unit, indicator.decimals, v);
    issues.warn(
      'given-disagrees-with-counts',
      `The ${what} figure given for ${o.area}, ${monthLabel(o.month)} (${show(givenValue)}) is not what the in-month counts for ` +
        `the same months add up to (${show(countsValue)}): the scorecard uses the figure given.`,
      'Check which is right: correct or delete the given figure, or the in-month counts.',
      o.sources?.value ?? o.sources?.numerator ?? o.at,
      o.indicatorId,
    );
  }
}
