import { boxAddress, cellAddress, parseCell } from '../address';
import type { IssueList } from '../issues';
import { quoteSheet } from '../issues';
import { compareMonths, longMonthLabel, monthLabel, parseMonth } from '../months';
import type { RawCell, RawRange } from '../rawCell';
import { readNumber } from '../rawCell';
import type { CellLocation, Indicator, MonthKey } from '../types';
import type { MonthLine } from './monthAxis';
import type { SeriesAxis } from './seriesShape';

/** A series as read, for the check of its lines that have figures but no month. */
interface MonthlessLines {
  indicator: Indicator;
  /** "Numerator ref 'Return'!B:B", for messages. */
  what: string;
  /** The cells the months were read from: the Months ref, or the cells beside the figures. */
  block: RawRange;
  /** The Months ref as typed, when the catalogue gives one. */
  monthsRef?: string;
  axis: SeriesAxis;
  /** Every line (row when down) of the reference. */
  lines: number[];
  months: MonthLine[];
  across: number;
  cellOf: (line: number, k: number) => { cell: RawCell; at: CellLocation };
  issues: IssueList;
  /** Cells already named, so one cause (a label many references share) is one message. */
  said: Set<string>;
}

/** Words that make a label a total or an average over months, not one month's figures. */
const TOTAL_WORDS =
  /\b(total|totals|ytd|year to date|to date|cumulative|average|avg|mean|sum|rolling|r12m|r3m|quarter|q[1-4])\b/i;
/** A month name beside a year, or a day/month/year date, somewhere in a longer text. */
const MONTH_IN_TEXT = [
  /\b[A-Za-z]{3,9}\.?[\s\-/'’.,]*(\d{4}|\d{2})\b/g,
  /\b\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\b/g,
  /\b\d{4}-\d{2}(-\d{2})?\b/g,
];

/** The month a label names within other text ("Mar 2025 (provisional)", "Mar 2025*"), if it names one. */
export function monthInLabel(text: string): MonthKey | undefined {
  if (TOTAL_WORDS.test(text)) return undefined;
  for (const pattern of MONTH_IN_TEXT) {
    for (const found of text.matchAll(pattern)) {
      const month = parseMonth(found[0]);
      if (month) return month;
    }
  }
  return undefined;
}

const dimension = (axis: SeriesAxis, plural = false): string => (axis === 'down' ? 'row' : 'column') + (plural ? 's' : '');

/** The first figure (a number) on a line, across the reference. */
function firstFigure(series: MonthlessLines, line: number): CellLocation | undefined {
  for (let k = 0; k < series.across; k++) {
    const { cell, at } = series.cellOf(line, k);
    if (readNumber(cell).ok) return at;
  }
  return undefined;
}

/**
 * Figures on lines of a monthly series that have no month are left out, as a total row below the
 * months is. Two such lines are a month the analyst meant and the scorecard does not read, so
 * each is named (once, where several references share it):
 * - a line outside the rows (columns) an explicit Months ref covers: the ref was not moved on
 *   when next month's row was added;
 * - a line whose label names a month within other text ("Mar 2025 (provisional)", "Mar 2025*").
 *   It is not read as that month: "Mar 2025 YTD" or a revised second March would be read as March
 *   too, so a guess either way; the label is named instead, and the analyst retypes it.
 */
export function checkMonthlessLines(series: MonthlessLines): void {
  const { months, axis, block } = series;
  const first = months[0];
  const position = first && parseCell(first.at.cell);
  if (!first || !position) return;
  const cross = axis === 'down' ? position.column : position.row;
  const withMonth = new Set(months.map((m) => m.line));
  const [from, to] =
    axis === 'down'
      ? [block.top, block.top + block.cells.length - 1]
      : [block.left, block.left + (block.cells[0]?.length ?? 0) - 1];
  const latest = months.reduce((a, b) => (compareMonths(a.month, b.month) >= 0 ? a : b)).month;
  const outside: { line: number; at: CellLocation }[] = [];
  for (const line of series.lines) {
    if (withMonth.has(line)) continue;
    const figure = firstFigure(series, line);
    if (!figure) continue;
    if (series.monthsRef && (line < from || line > to)) {
      outside.push({ line, at: figure });
      continue;
    }
    const labelCell = cellAt(block, axis, line, cross);
    const month = typeof labelCell === 'string' ? monthInLabel(labelCell) : undefined;
    if (month && typeof labelCell === 'string') unreadLabel(series, labelCell, month, { line, at: figure, cross }, latest);
  }
  const firstOutside = outside[0];
  if (firstOutside && series.monthsRef) outsideMonthsRef(series, series.monthsRef, outside, cross, latest);
}

function cellAt(block: RawRange, axis: SeriesAxis, line: number, cross: number): RawCell {
  const [row, column] = axis === 'down' ? [line, cross] : [cross, line];
  return block.cells[row - block.top]?.[column - block.left] ?? null;
}

function unreadLabel(
  series: MonthlessLines,
  label: string,
  month: MonthKey,
  where: { line: number; at: CellLocation; cross: number },
  latest: MonthKey,
): void {
  const [row, column] = series.axis === 'down' ? [where.line, where.cross] : [where.cross, where.line];
  const at = { sheet: series.block.sheet, cell: cellAddress(row, column) };
  const key = `label ${at.sheet}!${at.cell}`;
  if (series.said.has(key)) return;
  series.said.add(key);
  series.issues.warn(
    'month-label-unread',
    `"${label.trim()}" at ${at.cell} names ${longMonthLabel(month)} within other text, so it is not read as a month, and the figures on its ${dimension(series.axis)} (${where.at.cell}, ${series.what}) are left out: the months read end at ${monthLabel(latest)}.`,
    `Type the month alone in ${at.cell} (a date such as the month end, or text like "${monthLabel(month)}") and put the note in a cell of its own, then run again; if the ${dimension(series.axis)} is not one month's figures, nothing to do.`,
    at,
    series.indicator.id,
  );
}

function outsideMonthsRef(
  series: MonthlessLines,
  monthsRef: string,
  outside: { line: number; at: CellLocation }[],
  cross: number,
  latest: MonthKey,
): void {
  const [head] = outside;
  if (!head) return;
  const key = `outside ${head.at.sheet}!${head.at.cell}`;
  if (series.said.has(key)) return;
  series.said.add(key);
  const lines = series.lines;
  const [firstLine = head.line, lastLine = head.line] = [lines[0], lines[lines.length - 1]];
  const box =
    series.axis === 'down'
      ? { top: firstLine, left: cross, bottom: lastLine, right: cross }
      : { top: cross, left: firstLine, bottom: cross, right: lastLine };
  const more = outside.length > 1 ? ` (and ${outside.length - 1} more ${dimension(series.axis, outside.length > 2)})` : '';
  series.issues.warn(
    'figures-without-month',
    `${series.what} has figures at ${head.at.cell}${more}, on a ${dimension(series.axis)} the Months ref ${monthsRef} does not cover, so they are not read: the months read end at ${monthLabel(latest)}.`,
    `Make the Months ref cover the same ${dimension(series.axis, true)} as the figures, ${quoteSheet(series.block.sheet)}!${boxAddress(box)}, then run again.`,
    head.at,
    series.indicator.id,
  );
}
