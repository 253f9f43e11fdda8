import { atMost, bandWidths } from './polarity';
import type { Indicator, Rag } from './types';

export type RagRule = Pick<Indicator, 'polarity' | 'target' | 'floor' | 'bands'>;

/**
 * RAG of an unrounded result (float noise aside). Target and floor are inclusive:
 * H: Green when value >= target, Amber when value >= floor, else Red; L mirrored;
 * T: Green within the inner band around the target, Amber within the outer band, else Red.
 */
export function ragFor(rule: RagRule, value: number): Rag {
  switch (rule.polarity) {
    case 'H':
      return atMost(rule.target, value) ? 'G' : atMost(rule.floor ?? rule.target, value) ? 'A' : 'R';
    case 'L':
      return atMost(value, rule.target) ? 'G' : atMost(value, rule.floor ?? rule.target) ? 'A' : 'R';
    case 'T': {
      const { inner, outer } = bandWidths(rule.bands ?? { inner: 0, outer: 0, mode: 'absolute' }, rule.target);
      const distance = Math.abs(value - rule.target);
      return atMost(distance, inner) ? 'G' : atMost(distance, outer) ? 'A' : 'R';
    }
  }
}

export const RAG_WORDS: Record<Rag, string> = { G: 'Green', A: 'Amber', R: 'Red' };

/** Whether a denominator is large enough for a RAG (count-only indicators always are). */
export function ragApplies(minDenominator: number, denominator: number | undefined): boolean {
  return denominator === undefined || denominator >= minDenominator;
}

/** Denominators 1 to 9 are highlighted so readers do not over-interpret them. */
export function isSmallDenominator(denominator: number | undefined): boolean {
  return denominator !== undefined && denominator >= 1 && denominator <= 9;
}
