import type { RangeLookup } from './contract/references';
import type { ParsedInput } from './contract/workbook';
import { reportingMonth } from './contract/workbook';
import type { IssueList } from './issues';
import { addMonths, compareMonths, monthLabel } from './months';
import type { CellLocation, MonthKey, Observation } from './types';

/**
 * With no Reporting month in Settings the scorecard is for the latest month with any figure
 * (`reportingMonth` in contract/workbook.ts). That is a guess, and it goes wrong quietly when a
 * month set up ahead has a figure typed in early: the whole scorecard moves to a month that is
 * mostly "-", with warnings only. So the guess is checked here.
 *
 * "Far less complete", precisely: take the indicator × area results that have at least one
 * figure (numerator, denominator or value; figures about every child, not a cohort's) in each of
 * the two months before the inferred one: the results reported monthly (a quarterly figure,
 * given at quarter ends only, is not expected every month and is left out). If there are some,
 * and the inferred month has figures for fewer than half of them, the month cannot be told from
 * the figures: stop, naming both months and where the early figure is, and ask for the
 * Reporting month to be set.
 */
const INFERRED_MONTH_MIN_SHARE = 0.5;

/*
 * A template that fills the months ahead with 0 (or formulas that give 0 until the counts come)
 * moves the guess the same way, with nothing typed early: every month has "a figure". So the guess
 * is also checked against the latest month with a figure that is not 0: when the inferred month and
 * every month between hold only zeros, the scorecard could be for either, and the run stops. (A
 * month of real zeros is rare for a whole workbook, and the fix costs one setting; a scorecard
 * dated months ahead, its rolling figures built from the few real months, looks right and is not.)
 */

interface MonthFigures {
  results: Set<string>;
  /** The first cell with a figure in the month, where the analyst will look. */
  first?: CellLocation;
}

function hasFigure(o: Observation): boolean {
  return o.numerator !== undefined || o.denominator !== undefined || o.value !== undefined;
}

function figuresIn(observations: readonly Observation[], month: MonthKey): MonthFigures {
  const found: MonthFigures = { results: new Set() };
  for (const o of observations) {
    if (o.month !== month || o.excluding !== undefined || !hasFigure(o)) continue;
    found.results.add(`${o.indicatorId}\u0000${o.area}`);
    found.first ??= o.sources?.numerator ?? o.sources?.denominator ?? o.sources?.value ?? o.at;
  }
  return found;
}

function nonZero(o: Observation): boolean {
  return [o.numerator, o.denominator, o.value].some((figure) => figure !== undefined && figure !== 0);
}

/** The latest month with a figure that is not 0, and the first cell of the inferred month, where a zero was found. */
function zerosAhead(
  observations: readonly Observation[],
  month: MonthKey,
): { latest: MonthKey; first?: CellLocation } | undefined {
  let latest: MonthKey | undefined;
  let first: CellLocation | undefined;
  for (const o of observations) {
    if (o.excluding !== undefined || !hasFigure(o)) continue;
    if (nonZero(o) && (latest === undefined || compareMonths(o.month, latest) > 0)) latest = o.month;
    if (o.month === month) first ??= o.sources?.numerator ?? o.sources?.denominator ?? o.sources?.value ?? o.at;
  }
  return latest !== undefined && compareMonths(latest, month) < 0 ? { latest, first } : undefined;
}

/**
 * Stops the run when the inferred reporting `month` has figures for fewer than half of the
 * indicator × area results reported in each of the two months before (see above).
 * `observations` are those that carry their own months (the data table's and the monthly
 * series'): the ones the month was inferred from.
 */
export function checkInferredMonth(observations: readonly Observation[], month: MonthKey, issues: IssueList): void {
  const zeros = zerosAhead(observations, month);
  if (zeros) {
    issues.error(
      'reporting-month-unclear',
      `There is no Reporting month in Settings, and the latest month with a figure, ${monthLabel(month)}, holds only zeros: ` +
        `no month after ${monthLabel(zeros.latest)} has a figure that is not 0. Months filled with 0 ahead of time would date ` +
        `the scorecard ${monthLabel(month)}, its rolling figures made of the months before.`,
      `Set "Reporting month" in the Settings table to the month you are reporting (${monthLabel(zeros.latest)}, or ` +
        `${monthLabel(month)} if those zeros are real), or clear the zeros of the months not yet reported.`,
      zeros.first,
    );
    return;
  }
  const previousMonth = addMonths(month, -1);
  const latest = figuresIn(observations, month);
  const before = figuresIn(observations, addMonths(month, -2)).results;
  const monthly = [...figuresIn(observations, previousMonth).results].filter((r) => before.has(r));
  if (monthly.length === 0) return;
  const present = monthly.filter((r) => latest.results.has(r)).length;
  if (present >= monthly.length * INFERRED_MONTH_MIN_SHARE) return;
  issues.error(
    'reporting-month-unclear',
    `There is no Reporting month in Settings, and the latest month with a figure, ${monthLabel(month)}, has figures for ` +
      `${present} of the ${monthly.length} indicator and area results reported every month up to ${monthLabel(previousMonth)}: ` +
      `they look typed in early, so the scorecard could be meant for either month.`,
    `Set "Reporting month" in the Settings table to the month you are reporting (${monthLabel(previousMonth)} or ` +
      `${monthLabel(month)}), or clear the early figures.`,
    latest.first,
  );
}

/** The reporting month as `reportingMonth` chooses it, checked as above when it was inferred. */
export function checkedReportingMonth(
  parsed: ParsedInput,
  issues: IssueList,
  lookups?: Map<string, RangeLookup>,
): MonthKey | undefined {
  const month = reportingMonth(parsed, issues, lookups);
  if (month && !parsed.settings.month) checkInferredMonth([...parsed.observations, ...(parsed.series ?? [])], month, issues);
  return month;
}
