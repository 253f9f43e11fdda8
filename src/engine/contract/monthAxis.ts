import { cellAddress, columnLetters } from '../address';
import { addMonths, DAYS_1900_TO_1904, looksLikeMonthText, monthFromSerial, monthLabel, parseMonth } from '../months';
import type { RawCell, RawRange } from '../rawCell';
import type { CellLocation, MonthKey } from '../types';
import type { SeriesAxis } from './seriesShape';

/** Date serials from 1990 to 2099: a number outside them in a month column is a count, not a date. */
const FIRST_SERIAL = 32874;
const LAST_SERIAL = 73050;

/**
 * A cell read as a month: a date, a date serial (Office.js gives dates as numbers), or text such
 * as "Apr 2023". Anything else is not a month.
 */
function monthOfCell(cell: RawCell, date1904: boolean): MonthKey | undefined {
  if (cell instanceof Date) return parseMonth(cell);
  if (typeof cell === 'number') {
    const serial = date1904 ? cell + DAYS_1900_TO_1904 : cell;
    return serial >= FIRST_SERIAL && serial <= LAST_SERIAL ? monthFromSerial(serial) : undefined;
  }
  return typeof cell === 'string' ? parseMonth(cell) : undefined;
}

/** The months of a series, by the row (down) or column (across) each sits in. */
export interface MonthLine {
  line: number;
  month: MonthKey;
  at: CellLocation;
}

export type MonthSearch = { ok: true; months: MonthLine[] } | { ok: false; why: string };

/** The cell of `block` at a line (row when down) and a cross position (column when down), if read. */
function cellAt(block: RawRange, axis: SeriesAxis, line: number, cross: number): RawCell {
  const [row, column] = axis === 'down' ? [line, cross] : [cross, line];
  return block.cells[row - block.top]?.[column - block.left] ?? null;
}

/**
 * The months along one column (or row) of `block` at the given lines. They must follow on one
 * month at a time, oldest first or latest first; lines without a month (a title, a header, a
 * total, a blank row) are not part of the series.
 */
export function monthsAlong(block: RawRange, axis: SeriesAxis, cross: number, lines: number[], date1904: boolean): MonthSearch {
  const months: MonthLine[] = [];
  for (const line of lines) {
    const month = monthOfCell(cellAt(block, axis, line, cross), date1904);
    if (!month) continue;
    const [row, column] = axis === 'down' ? [line, cross] : [cross, line];
    months.push({ line, month, at: { sheet: block.sheet, cell: cellAddress(row, column) } });
  }
  const [first, second] = months;
  if (!first || !second) return { ok: false, why: `${months.length === 0 ? 'no months' : 'one month only'}` };
  const step = second.month > first.month ? 1 : -1;
  for (let i = 1; i < months.length; i++) {
    const [before, here] = [months[i - 1], months[i]];
    if (before && here && here.month !== addMonths(before.month, step)) {
      return {
        ok: false,
        why: `${monthLabel(before.month)} is followed by ${monthLabel(here.month)} at ${here.at.cell}, not ${monthLabel(addMonths(before.month, step))}`,
      };
    }
  }
  return { ok: true, months };
}

/**
 * The nearest column left of a series (row above one across) whose cells at the series' lines
 * are months that follow on; or why none is.
 */
export function findMonths(block: RawRange, axis: SeriesAxis, lines: number[], date1904: boolean): MonthSearch {
  const width = block.cells[0]?.length ?? 0;
  const [first, last] = axis === 'down' ? [block.left, block.left + width - 1] : [block.top, block.top + block.cells.length - 1];
  let nearestWhy: string | undefined;
  for (let cross = last; cross >= first; cross--) {
    const found = monthsAlong(block, axis, cross, lines, date1904);
    if (found.ok) return found;
    if (!nearestWhy && !/^no months|^one month/.test(found.why)) {
      nearestWhy = `${axis === 'down' ? `column ${columnLetters(cross)}` : `row ${cross}`} has months, but ${found.why}`;
    }
  }
  const looked =
    axis === 'down'
      ? first === last
        ? `column ${columnLetters(first)}`
        : `columns ${columnLetters(first)} to ${columnLetters(last)}`
      : first === last
        ? `row ${first}`
        : `rows ${first} to ${last}`;
  return {
    ok: false,
    why:
      nearestWhy ??
      unreadMonthText(block, axis, lines, first, last) ??
      `${first === last ? looked : `none of ${looked}`} ${first === last ? 'does not hold' : 'holds'} months that follow on, one a ${axis === 'down' ? 'row' : 'column'}`,
  };
}

/** The first cell, nearest the figures, holding what looks like a month but is not read as one, and why. */
function unreadMonthText(block: RawRange, axis: SeriesAxis, lines: number[], first: number, last: number): string | undefined {
  for (let cross = last; cross >= first; cross--) {
    for (const line of lines) {
      const cell = cellAt(block, axis, line, cross);
      const why = whyNotAMonth(cell);
      if (!why) continue;
      const [row, column] = axis === 'down' ? [line, cross] : [cross, line];
      const where = axis === 'down' ? `column ${columnLetters(cross)}` : `row ${cross}`;
      return `${where} holds ${why.shown} at ${cellAddress(row, column)}, ${why.what}, which is not read as a month: ${why.fix}`;
    }
  }
  return undefined;
}

const TYPE_MONTHS = 'type the months as dates (the month end, day first: 30/04/2023), or as text like "Apr 2023" or "Apr-23"';

/**
 * Why a month-like cell is not a month: a date typed month first as text (04/30/2023, as in the
 * US), a month name with no year ("April": which April is a guess), a year and month typed as
 * one number (202304), or other month-like text ("Apr '23").
 */
function whyNotAMonth(cell: RawCell): { shown: string; what: string; fix: string } | undefined {
  if (typeof cell === 'number') {
    const m = /^(19|20)\d\d(0[1-9]|1[0-2])$/.exec(String(cell));
    return m ? { shown: String(cell), what: 'a year and month typed as one number', fix: TYPE_MONTHS } : undefined;
  }
  if (typeof cell !== 'string') return undefined;
  const text = cell.trim();
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (us && Number(us[1]) <= 12 && Number(us[2]) > 12) {
    const dayFirst = `${us[2]}/${us[1]}/${us[3]}`;
    return {
      shown: `"${text}"`,
      what: 'a date typed as text with the month first (as in the US)',
      fix: `${TYPE_MONTHS} (${dayFirst} here)`,
    };
  }
  if (/^[A-Za-z]{3,9}\.?$/.test(text) && parseMonth(`${text.replace('.', '')} 2000`)) {
    return {
      shown: `"${text}"`,
      what: 'a month with no year',
      fix: `give each month its year (which year is meant would be a guess): ${TYPE_MONTHS}`,
    };
  }
  return looksLikeMonthText(text) ? { shown: `"${text}"`, what: 'month-like text', fix: TYPE_MONTHS } : undefined;
}
