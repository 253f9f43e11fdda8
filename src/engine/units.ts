import type { Indicator, Unit } from './types';

/** Multiplier from numerator/denominator to the stored result. Percentages stay fractions, as in Excel. */
export const UNIT_SCALE: Record<Exclude<Unit, 'count'>, number> = {
  percentage: 1,
  rate10k: 10000,
  average: 1,
};

export const UNIT_LABEL: Record<Unit, string> = {
  percentage: 'percentage',
  rate10k: 'rate per 10,000',
  average: 'average',
  count: 'count',
};

/**
 * The unrounded result. A count-only indicator's value is its numerator (or value);
 * every other unit needs a positive denominator.
 */
export function resultOf(unit: Unit, numerator: number, denominator?: number): number | undefined {
  if (unit === 'count') return numerator;
  if (denominator === undefined || denominator <= 0) return undefined;
  return (numerator / denominator) * UNIT_SCALE[unit];
}

/**
 * Rounds half away from zero at `decimals`, as Excel shows a number: first to 15 significant
 * digits (Excel's precision), so 0.1 + 0.2 style noise never tips a half.
 */
export function roundShown(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const exact = Math.abs(value) * factor;
  // Cutting to 15 digits moves the number by under 5e-15 of itself, so it can change the rounding
  // only within that of a half: elsewhere it is skipped (a number to text and back, per figure).
  const fraction = exact - Math.floor(exact);
  const scaled = exact < 1e15 && Math.abs(fraction - 0.5) > 1e-13 * (exact + 1) ? exact : Number(exact.toPrecision(15));
  const rounded = Math.round(scaled) / factor;
  return value < 0 ? -rounded : rounded;
}

/** A number as the scorecard shows it: '22.5%', '354.6', '73'. */
export function formatResult(unit: Unit, decimals: number, value: number): string {
  const shown = unit === 'percentage' ? value * 100 : value;
  const text = roundShown(shown, decimals).toFixed(decimals);
  const clean = text.startsWith('-0') && /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
  return unit === 'percentage' ? `${clean}%` : clean;
}

export function formatFor(indicator: Pick<Indicator, 'unit' | 'decimals'>, value: number): string {
  return formatResult(indicator.unit, indicator.decimals, value);
}

/** The Excel number format that shows a value the way formatResult does. */
export function numberFormatFor(unit: Unit, decimals: number): string {
  const digits = decimals > 0 ? `0.${'0'.repeat(decimals)}` : '0';
  return unit === 'percentage' ? `${digits}%` : digits;
}
