/**
 * A note where two months look the same as the scorecard shows them but the arrow between them
 * says better or worse: "97.9% now and 1 month ago, but 97.890% vs 97.930%: worse". The
 * displayed precision is the indicator's unit and decimals; the note adds digits until the two
 * results differ, from the engine's unrounded results.
 */
import type { Comparison, IndicatorResult } from '../engine';
import { DIRECTION_WORDS as DIRECTION_WORDSExport, formatFor as formatForExport } from '../engine';

/** Bound once: a use through an import reads the module's export each time (a getter, in CommonJS). */
const DIRECTION_WORDS = DIRECTION_WORDSExport;
const formatFor = formatForExport;

const MORE_DIGITS = 6;

function comparisonNote(result: IndicatorResult, comparison: Comparison | undefined, when: string): string | undefined {
  const { indicator, current } = result;
  if (current.value === undefined || !comparison || comparison.value === undefined) return undefined;
  if (!comparison.direction || comparison.direction === 'same') return undefined;
  const shown = formatFor(indicator, current.value);
  if (shown !== formatFor(indicator, comparison.value)) return undefined;
  for (let extra = 1; extra <= MORE_DIGITS; extra++) {
    const precise = { unit: indicator.unit, decimals: indicator.decimals + extra };
    const now = formatFor(precise, current.value);
    const then = formatFor(precise, comparison.value);
    if (now !== then) {
      const direction = DIRECTION_WORDS[comparison.direction].toLowerCase();
      return `${shown} now and ${when}, but ${now} vs ${then}: ${direction}.`;
    }
  }
  return undefined;
}

/** Notes for the comparisons whose arrow points where the shown figures cannot. */
export function arrowNotes(result: IndicatorResult): string[] {
  const notes: string[] = [];
  const monthAgo = comparisonNote(result, result.monthAgo, '1 month ago');
  if (monthAgo !== undefined) notes.push(monthAgo);
  const yearAgo = comparisonNote(result, result.yearAgo, '1 year ago');
  if (yearAgo !== undefined) notes.push(yearAgo);
  return notes;
}
