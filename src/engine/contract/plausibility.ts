import type { IssueList } from '../issues';
import { longMonthLabel } from '../months';
import { quoteNumber } from '../quote';
import type { Indicator, Observation } from '../types';
import type { Catalogue } from './catalogue';

/** How far from the target a result must be, and how close its inverse, to look upside down. */
const FAR = 10;
const CLOSE = 3;

function looksSwapped(target: number, numerator: number, denominator: number): boolean {
  if (!(target > 0 && numerator > 0 && denominator > 0)) return false;
  const result = numerator / denominator;
  const inverse = denominator / numerator;
  const far = Math.max(result / target, target / result) >= FAR;
  const close = Math.max(inverse / target, target / inverse) <= CLOSE;
  return far && close;
}

/**
 * An average is a total over a count (cases over FTE, days over children). When the result is
 * ten times or more away from the target but the figures the other way up land near it, the
 * numerator and denominator were probably swapped: a warning, once per indicator, at the first
 * such figure, since a small average can also be real.
 */
export function warnSwappedAverages(catalogue: Catalogue, observations: Observation[], issues: IssueList): void {
  const flagged = new Map<string, { first: Observation; count: number }>();
  for (const o of observations) {
    const indicator = catalogue.byId.get(o.indicatorId);
    if (indicator?.unit !== 'average' || o.numerator === undefined || o.denominator === undefined) continue;
    // A context measure has no target to be far from: nothing to compare with.
    if (indicator.target === undefined || !looksSwapped(indicator.target, o.numerator, o.denominator)) continue;
    const seen = flagged.get(o.indicatorId);
    if (seen) seen.count += 1;
    else flagged.set(o.indicatorId, { first: o, count: 1 });
  }
  for (const [id, { first, count }] of flagged) warn(catalogue.byId.get(id)!, first, count, issues);
}

function warn(indicator: Indicator, o: Observation, count: number, issues: IssueList): void {
  const num = o.numerator!;
  const den = o.denominator!;
  const others = count > 1 ? ` (and ${count - 1} other figure${count > 2 ? 's' : ''} of this indicator)` : '';
  issues.warn(
    'average-swapped',
    `The average for ${o.area}, ${longMonthLabel(o.month)} is ${quoteNumber(num / den)} (${quoteNumber(num)} ÷ ${quoteNumber(den)}), far from the target ${quoteNumber(indicator.target ?? 0)}; the other way up, ${quoteNumber(den)} ÷ ${quoteNumber(num)} is ${quoteNumber(den / num)}${others}. The numerator and denominator may be swapped.`,
    'Check that the numerator is the total (cases, days) and the denominator what it is averaged over (FTE, children); if the figures are right, nothing to do.',
    o.sources?.numerator ?? o.at,
    indicator.id,
  );
}
