import { atMost as atMostExport, bandWidths as bandWidthsExport } from './polarity';
import type { Bands, Indicator, Rag } from './types';

/** Bound once: a call through an import reads the module's export each time (a getter, in the CommonJS tsx emits). */
const atMost = atMostExport;
const bandWidths = bandWidthsExport;

/** A context measure: shown for its result and trend, with no target and no RAG. */
export function isContextMeasure(indicator: Pick<Indicator, 'target'>): boolean {
  return indicator.target === undefined;
}

/**
 * RAG of an unrounded result (float noise aside). Target and floor are inclusive:
 * H: Green when value >= target, Amber when value >= floor, else Red; L mirrored;
 * T: Green within the inner band around the target, Amber within the outer band, else Red.
 * Undefined for a context measure, which has no target.
 */
export function ragFor(indicator: Pick<Indicator, 'polarity' | 'target' | 'floor' | 'bands'>, value: number): Rag | undefined {
  // Read from the indicator as it is, nothing made: this runs for every figure of every area.
  // The catalogue never gives a target without a polarity.
  const { polarity, target } = indicator;
  if (!polarity || target === undefined) return undefined;
  switch (polarity) {
    case 'H':
      return atMost(target, value) ? 'G' : atMost(indicator.floor ?? target, value) ? 'A' : 'R';
    case 'L':
      return atMost(value, target) ? 'G' : atMost(value, indicator.floor ?? target) ? 'A' : 'R';
    case 'T': {
      const { inner, outer } = bandWidths(indicator.bands ?? NO_BANDS, target);
      const distance = Math.abs(value - target);
      return atMost(distance, inner) ? 'G' : atMost(distance, outer) ? 'A' : 'R';
    }
  }
}

/** A T indicator with no bands: Green on the target only. */
const NO_BANDS: Bands = { inner: 0, outer: 0, mode: 'absolute' };

export const RAG_WORDS: Record<Rag, string> = { G: 'Green', A: 'Amber', R: 'Red' };

/** Whether a denominator is large enough for a RAG (count-only indicators always are). */
export function ragApplies(minDenominator: number, denominator: number | undefined): boolean {
  return denominator === undefined || denominator >= minDenominator;
}

/** Denominators 1 to 9 are highlighted so readers do not over-interpret them. */
export function isSmallDenominator(denominator: number | undefined): boolean {
  return denominator !== undefined && denominator >= 1 && denominator <= 9;
}
