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

/** A point's side as a small code, so a series' sides are numbers, not strings: none, high, low. */
const NONE = 0;
const HIGH = 1;
const LOW = 2;
type SideCode = typeof NONE | typeof HIGH | typeof LOW;
const SIDES: readonly (SpcSide | undefined)[] = [undefined, 'high', 'low'];

/** Above or below, float noise aside (a constant series' mean may differ from it in the last bit). */
const sideCode = (value: number, mean: number): SideCode => (nearlyEqual(value, mean) ? NONE : value > mean ? HIGH : LOW);

/**
 * Each rule below runs for every indicator in every area (5,000 series at 100 x 50), so a rule
 * pushes its signals straight into one list and works out sides as it walks, keeping nothing
 * per point but a code in these scratch arrays, grown as a longer series needs them.
 */
let meanSides = new Uint8Array(64);
let closeSides = new Uint8Array(64);
let stepSides = new Uint8Array(64);

function scratchFor(length: number): void {
  if (meanSides.length >= length) return;
  meanSides = new Uint8Array(length * 2);
  closeSides = new Uint8Array(length * 2);
  stepSides = new Uint8Array(length * 2);
}

/**
 * Maximal runs of the first `count` entries of `sides` with the same side, `minimum` long or
 * longer, each pushed as a signal of `rule`: entry i covers points i to i + `span` (a step spans
 * two points).
 */
function pushRuns(
  signals: SpcSignal[],
  rule: 'shift' | 'trend',
  sides: Uint8Array,
  count: number,
  minimum: number,
  span: number,
): void {
  let start = 0;
  for (let i = 1; i <= count; i += 1) {
    const side = sides[start] as SideCode;
    if (i < count && sides[i] === side) continue;
    if (side !== NONE && i - start >= minimum)
      signals.push({ rule, side: SIDES[side] as SpcSide, from: start, to: i - 1 + span });
    start = i;
  }
}

/** The steps between the first `count` points: rising, falling, or neither (an equal neighbour), into stepSides. */
function stepsOf(values: readonly number[]): number {
  const steps = values.length - 1;
  for (let i = 0; i < steps; i += 1) stepSides[i] = sideCode(values[i + 1] as number, values[i] as number);
  return steps;
}

function pushBeyondLimit(signals: SpcSignal[], values: readonly number[], lines: SpcLines): void {
  for (let i = 0; i < values.length; i += 1) {
    const v = values[i] as number;
    if (v > lines.upper && !nearlyEqual(v, lines.upper)) signals.push({ rule: 'beyondLimit', side: 'high', from: i, to: i });
    else if (v < lines.lower && !nearlyEqual(v, lines.lower)) signals.push({ rule: 'beyondLimit', side: 'low', from: i, to: i });
  }
}

/**
 * Runs of rises (or falls): the step from point i-1 to point i has a direction; a run of
 * `length - 1` steps the same way covers `length` points, the one it starts from included.
 */
export function trendSignals(values: readonly number[], length = SPC_TREND_POINTS): SpcSignal[] {
  const signals: SpcSignal[] = [];
  if (values.length < 2) return signals;
  scratchFor(values.length);
  pushRuns(signals, 'trend', stepSides, stepsOf(values), length - 1, 1);
  return signals;
}

/** A point between the "close" line and the limit on its side (not beyond the limit). */
function closeSide(value: number, lines: SpcLines): SideCode {
  if (sideCode(value, lines.nearUpper) === HIGH && atMost(value, lines.upper)) return HIGH;
  if (sideCode(value, lines.nearLower) === LOW && atMost(lines.lower, value)) return LOW;
  return NONE;
}

/**
 * Each close point of any three-point window that meets the rule, as a signal of its own: the
 * window's three points on one side of the mean (meanSides), two or more of them close on that
 * side. A point is flagged once, however many windows flag it, and signals go in point order.
 */
function pushTwoOfThree(signals: SpcSignal[], values: readonly number[], lines: SpcLines): void {
  const n = values.length;
  for (let i = 0; i < n; i += 1) closeSides[i] = closeSide(values[i] as number, lines);
  for (let i = 0; i < n; i += 1) {
    // Point i is flagged when some window [start, start + 2] holding it meets the rule with i close.
    const side = closeSides[i] as SideCode;
    if (side === NONE || meanSides[i] !== side) continue;
    for (let start = Math.max(0, i - 2); start <= i && start + 3 <= n; start += 1) {
      if (meanSides[start] !== side || meanSides[start + 1] !== side || meanSides[start + 2] !== side) continue;
      let count = 0;
      for (let k = start; k < start + 3; k += 1) if (closeSides[k] === side) count += 1;
      if (count < 2) continue;
      signals.push({ rule: 'twoOfThree', side: SIDES[side] as SpcSide, from: i, to: i });
      break;
    }
  }
}

/** Every signal of every rule, in rule order then position. */
export function specialCauseSignals(values: readonly number[], lines: SpcLines): SpcSignal[] {
  const n = values.length;
  scratchFor(n);
  for (let i = 0; i < n; i += 1) meanSides[i] = sideCode(values[i] as number, lines.mean);
  const signals: SpcSignal[] = [];
  pushBeyondLimit(signals, values, lines);
  pushRuns(signals, 'shift', meanSides, n, SPC_SHIFT_POINTS, 0);
  pushTwoOfThree(signals, values, lines);
  if (n >= 2) pushRuns(signals, 'trend', stepSides, stepsOf(values), SPC_TREND_POINTS - 1, 1);
  return signals;
}

/** The signals covering point `index`, in SPC_RULES order (so the first decides a conflict). */
export function signalsAt(signals: readonly SpcSignal[], index: number): SpcSignal[] {
  const covering: SpcSignal[] = [];
  for (const s of signals) if (s.from <= index && index <= s.to) covering.push(s);
  // specialCauseSignals gives them in rule order already; sorted only when not.
  for (let i = 1; i < covering.length; i += 1) {
    if (RULE_ORDER[(covering[i - 1] as SpcSignal).rule] > RULE_ORDER[(covering[i] as SpcSignal).rule]) {
      return covering.sort((a, b) => RULE_ORDER[a.rule] - RULE_ORDER[b.rule]);
    }
  }
  return covering;
}

const RULE_ORDER = Object.fromEntries(SPC_RULES.map((rule, i) => [rule, i])) as Record<SpcRule, number>;
