/**
 * Figures that leave a cohort out (the data table's Excluding column, "UASC" say) are a part of the
 * figures about every child for the same indicator, area, month and basis: leaving children out
 * cannot give more of them. A count or denominator excluding a cohort that is larger than the one
 * for every child was typed on the wrong row or in the wrong column, and the cohort impact sheet
 * would show a result without the cohort that looks right and is not, so it is a warning at the
 * cell.
 */
import type { IssueList } from '../issues';
import { monthLabel } from '../months';
import type { CellLocation, Observation } from '../types';

/** Counts, compared; a result given directly (Value) is a rate, which leaving a cohort out may raise. */
const SIDES = ['numerator', 'denominator'] as const;

function keyOf(o: Observation): string {
  return `${o.indicatorId}\u0000${o.area}\u0000${o.month}\u0000${o.basis}`;
}

export function checkCohortFigures(observations: readonly Observation[], issues: IssueList): void {
  const everyChild = new Map<string, Observation>();
  for (const o of observations) if (o.excluding === undefined) everyChild.set(keyOf(o), o);
  for (const o of observations) {
    if (o.excluding === undefined) continue;
    const all = everyChild.get(keyOf(o));
    if (!all) continue;
    const side = SIDES.find((s) => {
      const [part, whole] = [o[s], all[s]];
      return part !== undefined && whole !== undefined && part > whole;
    });
    if (!side) continue;
    const at: CellLocation = o.sources?.[side] ?? o.at;
    const where = all.sources?.[side] ?? all.at;
    issues.warn(
      'cohort-larger-than-all',
      `The ${side} excluding ${o.excluding} for ${o.area}, ${monthLabel(o.month)} (${o[side]}) is larger than the ${side} for ` +
        `every child (${all[side]}, ${where.sheet}!${where.cell}): leaving children out cannot give more of them.`,
      `Check that the figures excluding ${o.excluding} are on the right row and in the right column; the cohort impact ` +
        `sheet's result without ${o.excluding} for this indicator is not to be trusted until they are.`,
      at,
      o.indicatorId,
    );
  }
}
