import { atMost as atMostExport, bandWidths as bandWidthsExport } from './polarity';
import type { Bands, Indicator, Polarity, Rag } from './types';

/** Bound once: a call through an import reads the module's export each time (a getter, in the CommonJS tsx emits). */
const atMost = atMostExport;
const bandWidths = bandWidthsExport;

/** What a RAG is rated against: every rated indicator has a polarity and a target. */
interface RagRule {
  polarity: Polarity;
  target: number;
  floor?: number;
  bands?: Bands;
}

/**
 * The indicator's bandings, or undefined for a context measure (no target: no RAG, ever).
 * The catalogue never gives a target without a polarity.
 */
function ragRule(indicator: Pick<Indicator, 'polarity' | 'target' | 'floor' | 'bands'>): RagRule | undefined {
  const { polarity, target, floor, bands } = indicator;
  return polarity && target !== undefined ? { polarity, target, floor, bands } : undefined;
}

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
  const rule = ragRule(indicator);
  return rule && rate(rule, value);
}

function rate(rule: RagRule, value: number): Rag {
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
