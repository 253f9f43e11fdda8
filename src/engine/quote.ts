import type { Unit } from './types';

/** Significant digits a number is quoted to in a message: as Excel's General format shows most numbers. */
const DIGITS = 6;

/**
 * A number as a person typed it, for messages: up to 6 significant digits, no float noise, no
 * exponent for everyday sizes (-0.037000000000000005 is "-0.037", 1234567 is "1234567").
 */
export function quoteNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (value === 0) return '0';
  const magnitude = Math.floor(Math.log10(Math.abs(value)));
  if (magnitude >= DIGITS) return String(Math.round(value));
  const decimals = Math.min(20, Math.max(0, DIGITS - 1 - magnitude));
  const text = value.toFixed(decimals);
  const trimmed = text.includes('.') ? text.replace(/\.?0+$/, '') : text;
  return trimmed === '-0' ? '0' : trimmed;
}

/** A fraction as the percentage Excel shows for it: 0.037 is "3.7%", -0.003 is "-0.3%". */
export function quotePercent(value: number): string {
  return `${quoteNumber(Number((value * 100).toPrecision(12)))}%`;
}

/** A number in an indicator's own units: a percentage as a percent, anything else as a number. */
export function quoteInUnit(unit: Unit | undefined, value: number): string {
  return unit === 'percentage' ? quotePercent(value) : quoteNumber(value);
}
