import type { MonthKey } from './types';

/** Financial years start on 1 April (month index 4). */
const FINANCIAL_YEAR_START = 4;
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const LONG_MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export function monthKey(year: number, month: number): MonthKey {
  return `${year}-${String(month).padStart(2, '0')}`;
}

export function splitMonth(key: MonthKey): { year: number; month: number } {
  return { year: Number(key.slice(0, 4)), month: Number(key.slice(5, 7)) };
}

export function addMonths(key: MonthKey, delta: number): MonthKey {
  const { year, month } = splitMonth(key);
  const index = year * 12 + (month - 1) + delta;
  return monthKey(Math.floor(index / 12), (index % 12) + 1);
}

export function compareMonths(a: MonthKey, b: MonthKey): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** 'Apr 2017' */
export function monthLabel(key: MonthKey): string {
  const { year, month } = splitMonth(key);
  return `${MONTH_NAMES[month - 1]} ${year}`;
}

/** 'April 2017' */
export function longMonthLabel(key: MonthKey): string {
  const { year, month } = splitMonth(key);
  return `${LONG_MONTH_NAMES[month - 1]} ${year}`;
}

/** The months a year-to-date figure at `key` covers, from April. */
export function yearToDateMonths(key: MonthKey): MonthKey[] {
  const { month } = splitMonth(key);
  const count = ((month - FINANCIAL_YEAR_START + 12) % 12) + 1;
  return trailingMonths(key, count);
}

/** The `count` months ending at `key`, oldest first. */
export function trailingMonths(key: MonthKey, count: number): MonthKey[] {
  const months: MonthKey[] = [];
  for (let i = count - 1; i >= 0; i--) months.push(addMonths(key, -i));
  return months;
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
/** A workbook in the 1904 date system (old Mac Excel) counts its serials from 1 January 1904. */
export const DAYS_1900_TO_1904 = 1462;

/** Excel date serial (1900 system) to a month. Serials below 61 are not months anyone reports. */
export function monthFromSerial(serial: number): MonthKey | undefined {
  if (!Number.isFinite(serial) || serial < 61 || serial > 2958465) return undefined;
  const date = new Date(EXCEL_EPOCH_MS + Math.floor(serial) * 86400000);
  return monthKey(date.getUTCFullYear(), date.getUTCMonth() + 1);
}

/** Days to take off a 1900-system serial for a workbook in the 1904 date system. */
const offsetFor = (date1904: boolean): number => (date1904 ? DAYS_1900_TO_1904 : 0);

/** A date read from a cell (its UTC fields are the cell's date and time) as a serial in the workbook's date system. */
export function serialOfDate(date: Date, date1904 = false): number {
  return (date.getTime() - EXCEL_EPOCH_MS) / 86400000 - offsetFor(date1904);
}

/**
 * A moment as an Excel date-time serial, in the wall-clock time of the machine that ran, in
 * the workbook's date system (a 1904 workbook shows a 1900-system serial four years late).
 */
export function dateTimeSerial(date: Date, date1904 = false): number {
  return (date.getTime() - date.getTimezoneOffset() * 60000 - EXCEL_EPOCH_MS) / 86400000 - offsetFor(date1904);
}

/** The last day of the month as an Excel serial in the workbook's date system, for writing month ends. */
export function monthEndSerial(key: MonthKey, date1904 = false): number {
  const { year, month } = splitMonth(key);
  const lastDay = Date.UTC(year, month, 0);
  return Math.round((lastDay - EXCEL_EPOCH_MS) / 86400000) - offsetFor(date1904);
}

/**
 * Reads a month from what a person might type or Excel might hold: a date, a date serial,
 * '2017-04', '2017-04-30', '30/04/2017', 'Apr 2017', 'April 2017'.
 */
export function parseMonth(input: unknown, date1904 = false): MonthKey | undefined {
  if (input instanceof Date) {
    if (Number.isNaN(input.getTime())) return undefined;
    return monthKey(input.getUTCFullYear(), input.getUTCMonth() + 1);
  }
  if (typeof input === 'number') return monthFromSerial(date1904 ? input + DAYS_1900_TO_1904 : input);
  if (typeof input !== 'string') return undefined;
  const text = input.trim();
  let m = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/.exec(text);
  if (m) return validMonth(Number(m[1]), Number(m[2]));
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (m) return validMonth(Number(m[3]), Number(m[2]));
  m = MONTH_YEAR.exec(text);
  const index = m ? monthNameIndex(m[1] ?? '') : -1;
  if (m && index >= 0) {
    const year = m[2] ?? '';
    return validMonth(year.length === 2 ? 2000 + Number(year) : Number(year), index + 1);
  }
  return undefined;
}

/**
 * A month name and a year as text: "Apr 2023", "April 2023", and Excel's own mmm-yy display typed
 * or pasted as text, "Apr-23", "Apr 23", "Apr-2023" (a two-digit year is 20yy, as Excel shows it).
 */
const MONTH_YEAR = /^([A-Za-z]{3,9})\.?(?:\s+|\s*-\s*)(\d{2}|\d{4})$/;

/** The month (0 for January) a name or its abbreviation spells, or -1. */
function monthNameIndex(word: string): number {
  const name = word.toLowerCase();
  const index = LONG_MONTH_NAMES.findIndex((n) => n.toLowerCase().startsWith(name.slice(0, 3)));
  const full = LONG_MONTH_NAMES[index];
  return full && full.toLowerCase().startsWith(name) ? index : -1;
}

/**
 * Text that reads like a month but not as one parseMonth takes ("Apr '23", "Apr.23", "04/2023"):
 * a month name (or a month number and a slash) beside a year-like number. Used only to say which
 * cell stopped a column of months from being read.
 */
export function looksLikeMonthText(text: string): boolean {
  const trimmed = text.trim();
  const named = /^([A-Za-z]{3,9})\.?[\s\-/'’.,]*(\d{2}|\d{4})$/.exec(trimmed);
  if (named) return monthNameIndex(named[1]?.slice(0, 3) ?? '') >= 0;
  return /^(0?[1-9]|1[0-2])[/.-](\d{2}|\d{4})$/.test(trimmed);
}

function validMonth(year: number, month: number): MonthKey | undefined {
  if (month < 1 || month > 12 || year < 1900 || year > 9999) return undefined;
  return monthKey(year, month);
}
