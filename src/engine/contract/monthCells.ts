import { addMonths, longMonthLabel, monthKey, parseMonth } from '../months';
import type { RawCell } from '../rawCell';
import { cellText } from '../rawCell';
import type { MonthKey } from '../types';

/** Months before this are not children's social care figures anyone reports with this add-in. */
const EARLIEST_MONTH: MonthKey = '2000-01';
/** How far past today a month may be (a workbook set up ahead of time) before it is implausible. */
const MONTHS_AHEAD = 12;

export type MonthCellReading =
  | {
      ok: true;
      month: MonthKey;
      /** Text such as 02/03/2025, read day first (as in the UK) but a month in the other order too. */
      otherReading?: MonthKey;
    }
  | { ok: false; kind: 'not-a-date' | 'implausible'; message: string; fix: string };

/**
 * The month the text gives if read month first, when that differs from the day-first reading
 * parseMonth makes: 02/03/2025 is 2 March in the UK and 3 February in the US.
 */
function monthFirstReading(cell: RawCell): MonthKey | undefined {
  if (typeof cell !== 'string') return undefined;
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(cell.trim());
  if (!m) return undefined;
  const [, first = '', second = '', year = ''] = m;
  const [day, month] = [Number(second), Number(first)];
  if (month < 1 || month > 12 || day < 1 || day > 31 || Number(first) === Number(second)) return undefined;
  return monthKey(Number(year), month);
}

const MONTH_FIX = 'Type the month end as a date, for example 30/04/2017.';

function currentMonth(): MonthKey {
  const now = new Date();
  return monthKey(now.getUTCFullYear(), now.getUTCMonth() + 1);
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** The number as typed: a date-formatted cell holding 201704 comes back from some readers as a Date. */
function typedNumber(cell: RawCell): number | undefined {
  if (typeof cell === 'number') return cell;
  if (cell instanceof Date) return Math.round((cell.getTime() - EXCEL_EPOCH_MS) / 86400000);
  return undefined;
}

/** 201704 typed as a number: April 2017, which Excel would read as a date serial in 2451. */
function yyyymm(cell: RawCell): MonthKey | undefined {
  const n = typedNumber(cell);
  const text = n !== undefined ? String(n) : typeof cell === 'string' ? cell.trim() : '';
  const m = /^(19|20)(\d\d)(0[1-9]|1[0-2])$/.exec(text);
  if (!m) return undefined;
  const [, century = '', year = '', month = ''] = m;
  return monthKey(Number(century + year), Number(month));
}

/**
 * A month-end cell read as a month, or why not. Beyond "not a date", a month before 2000, more
 * than a year ahead, or a year and month typed as one number (201704) is refused: each reads as
 * a date but cannot be what was meant. `date1904`: the workbook counts serials from 1904.
 */
export function readMonthCell(
  cell: RawCell,
  label: string,
  date1904 = false,
  today: MonthKey = currentMonth(),
): MonthCellReading {
  const typedAsNumber = yyyymm(cell);
  if (typedAsNumber) {
    const asNumber = typedNumber(cell);
    const shown = asNumber !== undefined ? String(asNumber) : cellText(cell);
    const read = asNumber !== undefined ? parseMonth(asNumber) : undefined;
    return {
      ok: false,
      kind: 'implausible',
      message: `${label} ${shown} looks like ${longMonthLabel(typedAsNumber)} typed as a year and month${read ? `, but Excel reads it as a date in ${read.slice(0, 4)}` : ''}.`,
      fix: `Type the month end as a date, for example the last day of ${longMonthLabel(typedAsNumber)}.`,
    };
  }
  const month = parseMonth(cell, date1904);
  const shown = cellText(cell);
  if (!month) {
    return {
      ok: false,
      kind: 'not-a-date',
      message: shown ? `${label} "${shown}" is not a date.` : `${label} is blank.`,
      fix: MONTH_FIX,
    };
  }
  const latest = addMonths(today, MONTHS_AHEAD);
  if (month < EARLIEST_MONTH || month > latest) {
    return {
      ok: false,
      kind: 'implausible',
      message: `${label} is ${longMonthLabel(month)}, which is ${month < EARLIEST_MONTH ? 'before 2000' : 'more than a year ahead'}: it cannot be the month meant.`,
      fix: 'Check the cell and type the month end as a date, for example 30/04/2017.',
    };
  }
  const other = monthFirstReading(cell);
  return other && other !== month ? { ok: true, month, otherReading: other } : { ok: true, month };
}
