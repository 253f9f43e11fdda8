import { compareForPolarity as compareForPolarityExport } from './polarity';
import type { Direction, Indicator } from './types';

/** Bound once: a call through an import reads the module's export each time (a getter, in the CommonJS tsx emits). */
const compareForPolarity = compareForPolarityExport;

/**
 * Direction of travel from an earlier result to the current one, both unrounded.
 * H: up is better; L: down is better; T: closer to the target is better. Equal is "same".
 * Undefined for a context measure with no polarity: no arrow.
 */
export function directionOfTravel(
  indicator: Pick<Indicator, 'polarity' | 'target'>,
  current: number,
  earlier: number,
): Direction | undefined {
  const c = compareForPolarity(indicator, current, earlier);
  if (c === undefined) return undefined;
  return c > 0 ? 'improved' : c < 0 ? 'worse' : 'same';
}

/**
 * The arrow shown. As in the published reports, the glyph carries the meaning (up improved,
 * down worse, sideways same) whatever way the value moved, so it reads without colour.
 */
export const ARROW: Record<Direction, string> = { improved: '↑', same: '→', worse: '↓' };

export const DIRECTION_WORDS: Record<Direction, string> = {
  improved: 'Improved',
  same: 'Same',
  worse: 'Worse',
};
