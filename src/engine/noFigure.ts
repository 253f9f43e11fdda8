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
  if (missingMonths(indicator, area, month, dataset, issues)) return;
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

/** Most missing months a message names before "and N more". */
const NAMED_MONTHS = 3;

/**
 * The warning when the period's figure is made from in-month figures and some of the months it
 * adds up have none, naming them: the month itself may well be there (an R12M to March 2025 with
 * no September 2024 row), and "add the month" would send the analyst to a month already given.
 * False, with nothing said, when the period is one month or none of its months has a figure.
 */
function missingMonths(indicator: Indicator, area: string, month: MonthKey, dataset: Dataset, issues: IssueList): boolean {
  const needed = periodMonths(indicator.period, month);
  if (needed.length < 2) return false;
  const missing = needed.filter((m) => dataset.get(indicator.id, area, 'month', m)?.numerator === undefined);
  if (missing.length === 0 || missing.length === needed.length) return false;
  const named = missing.slice(0, NAMED_MONTHS).map(longMonthLabel).join(', ');
  const more = missing.length > NAMED_MONTHS ? ` and ${missing.length - NAMED_MONTHS} more` : '';
  const [first] = needed;
  const one = missing.length === 1;
  issues.warn(
    'no-figure',
    `There is no ${indicator.period} figure for ${area} in ${longMonthLabel(month)}, so the row shows "-": it adds up the in-month figures of ${needed.length} months (${longMonthLabel(first ?? month)} to ${longMonthLabel(month)}), and ${named}${more} ${one ? 'has' : 'have'} none.`,
    `Give ${one ? 'that month' : 'those months'} (a data-table row with Basis Month, or the cells the references read), or give the ${indicator.period} figure itself with Basis blank; earlier months are still shown.`,
    (indicator.numeratorRef ? indicator.at.numeratorRef : undefined) ?? indicator.row,
    indicator.id,
  );
  return true;
}
