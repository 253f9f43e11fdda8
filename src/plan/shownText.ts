/**
 * A planned cell's value as Excel shows it under its number format: what a column must be wide
 * enough for. Covers the formats the plan uses: General, 0 / 0.0…, #,##0…, percentages, dates.
 */
import type { PlanCell } from './types';

const DATE_PARTS: Record<string, number> = { yyyy: 4, yy: 2, mmmm: 9, mmm: 3, mm: 2, dd: 2, d: 2, hh: 2, ss: 2 };

function dateText(format: string): string {
  // A date shows as wide as its format's parts ("dd/mm/yyyy hh:mm" → 16 characters).
  return format.replace(/yyyy|yy|mmmm|mmm|mm|dd|d|hh|ss/g, (part) => '0'.repeat(DATE_PARTS[part] ?? part.length));
}

function general(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return String(Number(value.toPrecision(10)));
}

interface NumberFormat {
  /** A date or time format: shown as wide as the format itself. */
  date?: string;
  percent: boolean;
  decimals: number;
  grouped: boolean;
}

const formats = new Map<string, NumberFormat>();

/** What a number format does, worked out once per format (a sheet uses a handful). */
function numberFormat(format: string): NumberFormat {
  let known = formats.get(format);
  if (!known) {
    const date = /[ymdhs]/i.test(format.replace(/"[^"]*"/g, '')) ? dateText(format) : undefined;
    known = {
      date,
      percent: format.includes('%'),
      decimals: /\.(0+)/.exec(format)?.[1]?.length ?? 0,
      grouped: format.includes('#,##'),
    };
    formats.set(format, known);
  }
  return known;
}

/**
 * Whether `value` under `format` shows as fixed decimals (not General, not a date, not so large
 * that it turns to 1e+21): then among numbers of one sign, one with a larger magnitude never shows
 * fewer characters, a minus sign, digits, commas or a per cent sign each in the same place, so
 * the widest of a column's numbers is the text of its largest or its most negative.
 */
export function showsFixedDecimals(value: number, format: string | undefined): format is string {
  return Boolean(format) && format !== 'General' && numberFormat(format ?? '').date === undefined && Math.abs(value) < 1e18;
}

export function formatNumber(value: number, format: string | undefined): string {
  if (!format || format === 'General') return general(value);
  const { date, percent, decimals, grouped } = numberFormat(format);
  if (date !== undefined) return date;
  const fixed = (percent ? value * 100 : value).toFixed(decimals);
  const text = grouped ? withThousands(fixed) : fixed;
  return percent ? `${text}%` : text;
}

/** 1234567.5 as 1,234,567.5; a number under 1,000 (most counts) as it is, without a regex. */
function withThousands(fixed: string): string {
  const dot = fixed.indexOf('.');
  const digits = (dot < 0 ? fixed.length : dot) - (fixed.charCodeAt(0) === 45 ? 1 : 0);
  if (digits <= 3) return fixed;
  return fixed.replace(/^(-?\d+)/, (whole) => whole.replace(/\B(?=(\d{3})+$)/g, ','));
}

export function shownText(cell: PlanCell): string {
  const { value } = cell;
  if (value === null) return '';
  if (typeof value === 'number') return formatNumber(value, cell.numberFormat);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return value;
}
