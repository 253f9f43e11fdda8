/**
 * How figures and periods read on the sheets: counts with thousands separators, the data period
 * in the report's words with the catalogue's code beside it, and a dash for "no counts" that
 * stands apart from the RAG letter.
 */
import type { DataPeriod, Unit } from '../engine';
import { numberFormatFor as numberFormatForExport } from '../engine';

/** Bound once: a use through an import reads the module's export each time (a getter, in CommonJS). */
const numberFormatFor = numberFormatForExport;

/** Whole counts: numerators, denominators, a count indicator's result, the summary counts. */
export const COUNT_FORMAT = '#,##0';

/**
 * Where a figure has no counts (a count indicator's numerator and denominator): an en dash,
 * right-aligned under the numbers, so it never reads as part of the RAG letter beside it.
 */
export const NO_COUNTS = '–';

/** A result's number format: a count gets thousands separators; rates, averages and percentages keep theirs. */
export function figureFormat(unit: Unit, decimals: number): string {
  // Made once per unit and decimals: every row's figures carry one, and measuring widths looks each up.
  const known = FIGURE_FORMATS[unit][decimals];
  if (known !== undefined) return known;
  const format =
    unit !== 'count' ? numberFormatFor(unit, decimals) : decimals > 0 ? `${COUNT_FORMAT}.${'0'.repeat(decimals)}` : COUNT_FORMAT;
  if (Number.isInteger(decimals) && decimals >= 0 && decimals <= 30) FIGURE_FORMATS[unit][decimals] = format;
  return format;
}

const FIGURE_FORMATS: Record<Unit, string[]> = { percentage: [], rate10k: [], average: [], count: [] };

const PERIOD_WORDS: Record<DataPeriod, string> = {
  R12M: 'Rolling 12 months',
  YTD: 'Year to date',
  QTD: 'Quarter to date',
  Quarter: 'Quarter',
  Month: 'Month',
  SS: 'Snapshot',
};

/** "Rolling 12 months (R12M)": the report's words, and the code the catalogue uses where it differs. */
export function periodLabel(period: DataPeriod): string {
  const words = PERIOD_WORDS[period];
  return words === period ? words : `${words} (${period})`;
}

/** Under every scorecard: what each mark means in words, so nothing rests on colour alone. */
export const SCORECARD_KEY =
  'Key: RAG is a letter (G Green, A Amber, R Red). DoT arrows compare with that month: ↑ better, → the same, ↓ worse, ' +
  'read through the polarity (H: higher is better, L: lower, T: nearer the target). A denominator from 1 to 9 is shaded light blue: a small number. ' +
  '– : no counts (a count indicator). "-": no figure.';
