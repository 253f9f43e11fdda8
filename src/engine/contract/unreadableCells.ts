import type { IssueList } from '../issues';
import { quoteSheet } from '../issues';
import { monthLabel } from '../months';
import type { NumberReading } from '../rawCell';
import { describeNotANumber, NUMBER_AS_TEXT_FIX } from '../rawCell';
import type { CellLocation, Indicator, MonthKey } from '../types';

/** A cell of a monthly series that holds something other than a number. */
export interface Unreadable {
  at: CellLocation;
  month: MonthKey;
  reading: Exclude<NumberReading, { ok: true }>;
}

/** What has been said, per run (per issue list): a block two indicators share is reported once. */
const said = new WeakMap<IssueList, Set<string>>();

const where = (at: CellLocation): string => `${quoteSheet(at.sheet)}!${at.cell}`;

/** One cause: numbers stored as text, or one error value (#UNCALCULATED, #REF!), or text, dates, TRUE/FALSE. */
const causeOf = (u: Unreadable): string => (u.reading.problem === 'error' ? `error ${u.reading.shown}` : u.reading.problem);

/**
 * The cells of a series that are not numbers, one message per cause (a column of numbers stored
 * as text is one message, not 24), naming the first cell and counting the rest; a block shared by
 * several indicators is reported for the first of them only (the run stops either way).
 */
export function reportUnreadable(
  indicator: Indicator,
  described: string,
  rangeText: string,
  bad: Unreadable[],
  issues: IssueList,
): void {
  const byCause = new Map<string, Unreadable[]>();
  for (const u of bad) {
    const cause = causeOf(u);
    byCause.set(cause, [...(byCause.get(cause) ?? []), u]);
  }
  let seen = said.get(issues);
  if (!seen) {
    seen = new Set();
    said.set(issues, seen);
  }
  for (const [cause, cells] of byCause) {
    const key = `${rangeText}\u0000${cause}`;
    const first = cells[0];
    if (!first || seen.has(key)) continue;
    seen.add(key);
    const others = cells.slice(1);
    const listed = others.slice(0, 3).map((u) => u.at.cell);
    const more =
      others.length === 0
        ? ''
        : `; so ${others.length === 1 ? 'does' : 'do'} ${others.length} more of its cells (${listed.join(', ')}${others.length > 3 ? ', …' : ''})`;
    const numericText = first.reading.problem === 'numeric-text';
    issues.error(
      numericText ? 'number-as-text' : 'reference-not-a-number',
      `${where(first.at)} (${monthLabel(first.month)}), which ${described} points at, ${describeNotANumber(first.reading)}${more}.`,
      numericText
        ? `${NUMBER_AS_TEXT_FIX}${others.length > 0 ? ' Select the whole column to convert every cell at once.' : ''}`
        : first.reading.problem === 'error'
          ? `Fix the formula in ${others.length > 0 ? 'those cells' : 'that cell'}, or point the reference elsewhere.`
          : `Put the figure in ${others.length > 0 ? 'those cells' : 'that cell'}, or leave ${others.length > 0 ? 'them' : 'it'} blank if there is none.`,
      first.at,
      indicator.id,
    );
  }
}
