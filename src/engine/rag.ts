import { bandWidths } from './polarity';
import type { Indicator, Rag } from './types';

export type RagRule = Pick<Indicator, 'polarity' | 'target' | 'floor' | 'bands'>;

/**
 * RAG of an unrounded result. Target and floor are inclusive:
 * H: Green when value >= target, Amber when value >= floor, else Red; L mirrored;
 * T: Green within the inner band around the target, Amber within the outer band, else Red.
 */
export function ragFor(rule: RagRule, value: number): Rag {
  switch (rule.polarity) {
    case 'H':
      return value >= rule.target ? 'G' : value >= (rule.floor ?? rule.target) ? 'A' : 'R';
    case 'L':
      return value <= rule.target ? 'G' : value <= (rule.floor ?? rule.target) ? 'A' : 'R';
    case 'T': {
      const { inner, outer } = bandWidths(rule.bands ?? { inner: 0, outer: 0, mode: 'absolute' }, rule.target);
      const distance = Math.abs(value - rule.target);
      return distance <= inner ? 'G' : distance <= outer ? 'A' : 'R';
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
