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
function goodness(polarity: Polarity, value: number, target: number): number {
  switch (polarity) {
    case 'H':
      return value - target;
    case 'L':
      return target - value;
    case 'T':
      return -Math.abs(value - target);
  }
}

/**
 * Float noise tolerance for comparisons: |0.2 - 0.175| is 0.025000000000000022 in binary, yet
 * a person (and Excel, which compares to 15 significant digits) sees 0.025. Real differences,
 * like 97.99% against 98%, are many orders of magnitude larger.
 */
export function nearlyEqual(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** a <= b, allowing for float noise. */
export function atMost(a: number, b: number): boolean {
  return a <= b || nearlyEqual(a, b);
}

/** Absolute widths of a T indicator's Green and Amber bands around the target. */
export function bandWidths(bands: Bands, target: number): { inner: number; outer: number } {
  if (bands.mode === 'absolute') return { inner: bands.inner, outer: bands.outer };
  const scale = Math.abs(target);
  return { inner: bands.inner * scale, outer: bands.outer * scale };
}

/**
 * Is `a` better than, the same as, or worse than `b` for this indicator? Undefined when the
 * indicator does not say what better is: a context measure with no polarity (and T, close to
 * a target, needs the target; H and L do not).
 */
export function compareForPolarity(
  indicator: Pick<Indicator, 'polarity' | 'target'>,
  a: number,
  b: number,
): -1 | 0 | 1 | undefined {
  const { polarity, target } = indicator;
  if (!polarity || (polarity === 'T' && target === undefined)) return undefined;
  const ga = goodness(polarity, a, target ?? 0);
  const gb = goodness(polarity, b, target ?? 0);
  if (nearlyEqual(ga, gb)) return 0;
  return ga > gb ? 1 : -1;
}
