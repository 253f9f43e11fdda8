import type { IssueList } from '../issues';
import { COUNT_KIND_LABEL } from './keywords';
import { UNIT_LABEL } from '../units';
import type { Indicator, Observation } from '../types';
import type { Catalogue } from './catalogue';

/**
 * Figures over several months made from in-month figures need to know how each side behaves:
 * flows add up, stocks do not. A blank Numerator or Denominator type is read as Flow (what a
 * catalogue written before these columns meant) except where Flow is very likely wrong, so
 * reading it would be a guess:
 * - a rate per 10,000: its denominator is usually a population, a month-end stock;
 * - an average: caseloads are month-end cases over month-end FTE (stocks), days per child are
 *   total days over children (flows); either side may be either.
 * Those cases are errors until the catalogue says. Snapshot (SS) indicators take one month
 * and are never aggregated, so they need nothing.
 */
export function checkCountKinds(catalogue: Catalogue, observations: Observation[], issues: IssueList): void {
  const monthly = new Set(observations.filter((o) => o.basis === 'month').map((o) => o.indicatorId));
  for (const indicator of catalogue.indicators) {
    if (!monthly.has(indicator.id) || indicator.period === 'SS') continue;
    const unsaid = unsaidSides(indicator);
    if (unsaid.length === 0) continue;
    const field = unsaid[0] === 'numerator' ? 'numeratorKind' : 'denominatorKind';
    const sides = unsaid.map((side) => `${side.charAt(0).toUpperCase()}${side.slice(1)} type`).join(' and ');
    issues.error(
      'count-kind-needed',
      `Indicator ${indicator.id} is ${indicator.unit === 'average' ? 'an' : 'a'} ${UNIT_LABEL[indicator.unit]} over ${indicator.period} made from monthly figures, and the catalogue does not say how its ${unsaid.join(' and ')} ${unsaid.length > 1 ? 'behave' : 'behaves'} over months: added up, a population or FTE would count 12 times over.`,
      `Fill in ${sides} on the catalogue row: ${COUNT_KIND_LABEL.stock} for a month-end figure (population, FTE, children in care: the period's latest month is used), ${COUNT_KIND_LABEL.stockAverage} for the mean of the month ends, or ${COUNT_KIND_LABEL.flow} for counts that add up (referrals, days).`,
      indicator.at[field] ?? indicator.at.denominatorRef ?? indicator.row,
      indicator.id,
    );
  }
}

function unsaidSides(indicator: Indicator): ('numerator' | 'denominator')[] {
  const sides: ('numerator' | 'denominator')[] = [];
  if (indicator.unit === 'average' && !indicator.numeratorKind) sides.push('numerator');
  if ((indicator.unit === 'average' || indicator.unit === 'rate10k') && !indicator.denominatorKind) sides.push('denominator');
  return sides;
}
