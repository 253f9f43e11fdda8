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

export function formatNumber(value: number, format: string | undefined): string {
  if (!format || format === 'General') return general(value);
  if (/[ymdhs]/i.test(format.replace(/"[^"]*"/g, ''))) return dateText(format);
  const percent = format.includes('%');
  const decimals = /\.(0+)/.exec(format)?.[1]?.length ?? 0;
  const shown = percent ? value * 100 : value;
  const fixed = shown.toFixed(decimals);
  const text = format.includes('#,##') ? fixed.replace(/^(-?\d+)/, (whole) => whole.replace(/\B(?=(\d{3})+$)/g, ',')) : fixed;
  return percent ? `${text}%` : text;
}

export function shownText(cell: PlanCell): string {
  const { value } = cell;
  if (value === null) return '';
  if (typeof value === 'number') return formatNumber(value, cell.numberFormat);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return value;
}
