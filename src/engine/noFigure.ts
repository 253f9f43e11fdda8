import type { Dataset } from './aggregation';
import { blankCellOf } from './contract/blankCells';
import type { IssueList } from './issues';
import { quoteSheet } from './issues';
import { longMonthLabel } from './months';
import { periodMonths } from './periods';
import type { Indicator, MonthKey } from './types';

/**
 * The warning for a scorecard row with no figure, saying what to do about this row: the blank cell
 * to fill in where the references point at one, the Areas setting where they give figures for the
 * areas but not the authority itself, and the references or the data table only where neither is given.
 */
export function noFigure(indicator: Indicator, area: string, month: MonthKey, dataset: Dataset, issues: IssueList): void {
  const when = longMonthLabel(month);
  // The blank may be this month's cell, or an earlier one the period needs (May 2024 for March 2025's R12M).
  const needed = periodMonths(indicator.period, month).reverse();
  const blankMonth = needed.find((m) => blankCellOf(indicator, area, m));
  const blank = blankMonth && blankCellOf(indicator, area, blankMonth);
  if (blank && blankMonth) {
    const earlier = blankMonth === month ? '' : ` (${longMonthLabel(blankMonth)}, which its ${indicator.period} needs)`;
    issues.warn(
      'no-figure',
      `There is no figure for ${area} in ${when}, as ${quoteSheet(blank.sheet)}!${blank.cell}${earlier} is blank, so the row shows "-".`,
      'Fill in that cell (0 where there were none), then recalculate; earlier months are still shown.',
      blank,
      indicator.id,
    );
    return;
  }
  if (indicator.numeratorRef) {
    const others = dataset.areas.filter((a) => a !== area);
    issues.warn(
      'no-figure',
      `There is no figure for ${area} in ${when}, so the row shows "-": the references on the catalogue row give ${others.length > 0 ? `figures for ${others.join(', ')} only` : 'no figure for that month'}.`,
      others.length > 0
        ? `If the scorecard should show ${area} itself, add "${area}" to the Areas setting and give it a column in the referenced block; otherwise nothing to do, the areas have their own scorecards.`
        : `Fill in ${when} where the references point, or set the Reporting month to the latest month with figures.`,
      indicator.at.numeratorRef ?? indicator.row,
      indicator.id,
    );
    return;
  }
  issues.warn(
    'no-figure',
    `There is no figure for ${area} in ${when}, so the row shows "-".`,
    'Give the numerator and denominator references on the catalogue row, or add the month to the data table.',
    indicator.row,
    indicator.id,
  );
}
