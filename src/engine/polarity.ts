import type { Bands, Indicator, Polarity } from './types';

export const POLARITY_WORDS: Record<Polarity, string> = {
  H: 'Higher values are better',
  L: 'Lower values are better',
  T: 'Values close to the target are better',
};

/**
 * How far a result is from "good", in the direction the polarity cares about:
 * positive is better. H: value - target; L: target - value; T: -(distance from target).
 */
export function goodness(polarity: Polarity, value: number, target: number): number {
  switch (polarity) {
    case 'H':
      return value - target;
    case 'L':
      return target - value;
    case 'T':
      return -Math.abs(value - target);
  }
}

/** Absolute widths of a T indicator's Green and Amber bands around the target. */
export function bandWidths(bands: Bands, target: number): { inner: number; outer: number } {
  if (bands.mode === 'absolute') return { inner: bands.inner, outer: bands.outer };
  const scale = Math.abs(target);
  return { inner: bands.inner * scale, outer: bands.outer * scale };
}

/** Is `a` better than, the same as, or worse than `b` for this indicator? */
export function compareForPolarity(indicator: Pick<Indicator, 'polarity' | 'target'>, a: number, b: number): -1 | 0 | 1 {
  const ga = goodness(indicator.polarity, a, indicator.target);
  const gb = goodness(indicator.polarity, b, indicator.target);
  return ga > gb ? 1 : ga < gb ? -1 : 0;
}
