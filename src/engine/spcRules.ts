/**
 * The four special-cause rules of NHS England's "Making Data Count" (MDC) XmR chart, on a
 * series already given its mean and process limits (spc.ts). Pure functions over numbers.
 *
 * Run lengths, as MDC's own tools apply them. The guidance names the rules (a point beyond a
 * process limit; a run of points on one side of the mean; a run of points rising or falling;
 * two of three points close to a limit); the lengths below are those of NHS-R's
 * NHSRplotthedots, written to reproduce the MDC Excel tools
 * (github.com/nhs-r-community/NHSRplotthedots, R/ptd_calculate_point_type.R and
 * R/ptd_spc_standard.R; "Deviations from Excel defaults" lists where it differs from them, and
 * run lengths are not among the differences):
 * - shift: 7 or more consecutive points all above, or all below, the mean (a point on the mean
 *   breaks the run);
 * - trend: 7 or more consecutive points each higher (or each lower) than the one before, so
 *   six rises in a row (an equal neighbour breaks the run);
 * - two of three: in three consecutive points all on one side of the mean, two or more lie
 *   beyond two thirds of the way from the mean to the process limit (mean ± 2 × 2.66 / 3 × mR̄,
 *   "2 sigma") but not beyond the limit itself;
 * - beyond a limit: a point strictly above the upper or below the lower process limit.
 * The same lengths are quoted by others who teach MDC, e.g. Health Innovation West of England:
 * "Seven consecutive points all above or all below the centre line, or all increasing or
 * decreasing" (healthinnowest.net, Statistical process control (SPC) charts).
 */
import { atMost as atMostExport, nearlyEqual as nearlyEqualExport } from './polarity';

/** Bound once: a call through an import reads the module's export each time (a getter, in the CommonJS tsx emits). */
const atMost = atMostExport;
const nearlyEqual = nearlyEqualExport;

const SPC_SHIFT_POINTS = 7;
const SPC_TREND_POINTS = 7;

/** The rules, in the order their direction wins when they disagree about one point. */
const SPC_RULES = ['beyondLimit', 'shift', 'twoOfThree', 'trend'] as const;
export type SpcRule = (typeof SPC_RULES)[number];

/** Which way a signal points: above the mean (or rising) is high, below (or falling) is low. */
export type SpcSide = 'high' | 'low';

/** One special-cause pattern: the points it covers, first to last (0-based, inclusive). */
export interface SpcSignal {
  rule: SpcRule;
  side: SpcSide;
  from: number;
  to: number;
}

/** The lines a rule needs: the centre line, the process limits and the "close" lines. */
export interface SpcLines {
  mean: number;
  upper: number;
  lower: number;
  /** Two thirds of the way from the mean to each limit. */
  nearUpper: number;
  nearLower: number;
}

/**
 * Above or below, float noise aside (a constant series' mean may differ from it in the last
 * bit); neither when there is no point to compare (an index past either end).
 */
const sideOf = (value: number | undefined, mean: number | undefined): SpcSide | undefined =>
  value === undefined || mean === undefined || nearlyEqual(value, mean) ? undefined : value > mean ? 'high' : 'low';

/**
 * Maximal runs of consecutive indices with the same defined side, `minimum` long or longer, in
 * order: one pass over the sides, worked out once.
 */
function longRuns(sides: readonly (SpcSide | undefined)[], minimum: number): { side: SpcSide; from: number; to: number }[] {
  const found: { side: SpcSide; from: number; to: number }[] = [];
  let start = 0;
  for (let i = 1; i <= sides.length; i += 1) {
    if (i < sides.length && sides[i] === sides[start]) continue;
    const side = sides[start];
    if (side && i - start >= minimum) found.push({ side, from: start, to: i - 1 });
    start = i;
  }
  return found;
}

function beyondLimitSignals(values: readonly number[], lines: SpcLines): SpcSignal[] {
  const signals: SpcSignal[] = [];
  values.forEach((v, i) => {
    if (v > lines.upper && !nearlyEqual(v, lines.upper)) signals.push({ rule: 'beyondLimit', side: 'high', from: i, to: i });
    else if (v < lines.lower && !nearlyEqual(v, lines.lower)) signals.push({ rule: 'beyondLimit', side: 'low', from: i, to: i });
  });
  return signals;
}

/** Runs of points on one side of the mean (`sides`: each point's side of it). */
function shiftSignals(sides: readonly (SpcSide | undefined)[], length = SPC_SHIFT_POINTS): SpcSignal[] {
  return longRuns(sides, length).map((r) => ({ rule: 'shift', ...r }));
}

/**
 * Runs of rises (or falls): the step from point i-1 to point i has a direction; a run of
 * `length - 1` steps the same way covers `length` points, the one it starts from included.
 */
export function trendSignals(values: readonly number[], length = SPC_TREND_POINTS): SpcSignal[] {
  if (values.length < 2) return [];
  const steps: (SpcSide | undefined)[] = [];
  for (let i = 0; i + 1 < values.length; i += 1) steps.push(sideOf(values[i + 1], values[i]));
  return longRuns(steps, length - 1).map((r) => ({ rule: 'trend', side: r.side, from: r.from, to: r.to + 1 }));
}

/** A point between the "close" line and the limit on its side (not beyond the limit). */
function closeSide(value: number | undefined, lines: SpcLines): SpcSide | undefined {
  if (value === undefined) return undefined;
  if (sideOf(value, lines.nearUpper) === 'high' && atMost(value, lines.upper)) return 'high';
  if (sideOf(value, lines.nearLower) === 'low' && atMost(lines.lower, value)) return 'low';
  return undefined;
}

/**
 * Each close point of any three-point window that meets the rule, as a signal of its own: the
 * window's three points on one side of the mean (`sides`), two or more of them close on that side.
 */
function twoOfThreeSignals(values: readonly number[], sides: readonly (SpcSide | undefined)[], lines: SpcLines): SpcSignal[] {
  const close = values.map((v) => closeSide(v, lines));
  const flagged: (SpcSide | undefined)[] = [];
  for (let start = 0; start + 3 <= values.length; start += 1) {
    const side = sides[start];
    if (!side || sides[start + 1] !== side || sides[start + 2] !== side) continue;
    let count = 0;
    for (let i = start; i < start + 3; i += 1) if (close[i] === side) count += 1;
    if (count >= 2) for (let i = start; i < start + 3; i += 1) if (close[i] === side) flagged[i] = side;
  }
  const signals: SpcSignal[] = [];
  flagged.forEach((side, i) => {
    if (side) signals.push({ rule: 'twoOfThree', side, from: i, to: i });
  });
  return signals;
}

/** Every signal of every rule, in rule order then position. */
export function specialCauseSignals(values: readonly number[], lines: SpcLines): SpcSignal[] {
  const sides = values.map((v) => sideOf(v, lines.mean));
  return [
    ...beyondLimitSignals(values, lines),
    ...shiftSignals(sides),
    ...twoOfThreeSignals(values, sides, lines),
    ...trendSignals(values),
  ];
}

/** The signals covering point `index`, in SPC_RULES order (so the first decides a conflict). */
export function signalsAt(signals: readonly SpcSignal[], index: number): SpcSignal[] {
  return signals
    .filter((s) => s.from <= index && index <= s.to)
    .sort((a, b) => SPC_RULES.indexOf(a.rule) - SPC_RULES.indexOf(b.rule));
}
