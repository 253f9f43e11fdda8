/**
 * Statistical process control as NHS England's "Making Data Count" (MDC) does it: an XmR chart
 * of an indicator's monthly results, read through its polarity into a *variation* verdict
 * (common cause, or special cause improving / concerning) and an *assurance* verdict against
 * its target (consistently met, consistently missed, hit and miss).
 *
 * - Mean of the results; moving ranges |x[i] − x[i−1]|; their mean mR̄; process limits at
 *   mean ± 2.66 × mR̄. Every point counts, as in the MDC Excel tools, which do not screen
 *   outlying moving ranges (NHSRplotthedots, vignette "Deviations from Excel defaults").
 * - The rules and their run lengths: spcRules.ts.
 * - Variation is read at the latest point, as the MDC icon is (NHSRplotthedots,
 *   R/geom_ptd_icon.R: the variation icon is the point type of the last point).
 * - Rolling figures are not charted: each rolling 12 months (or year to date) figure shares 11 of
 *   its months with the one before, so its points are not independent and the rules would flag
 *   runs that are not there. MDC ("Making Data Count: getting started", on rolling averages) says
 *   to chart the underlying monthly data instead. So a rolling or year-to-date indicator is
 *   charted from its in-month results where the data has in-month counts (basis 'inMonth'), and
 *   is "not charted" where it has only the rolling figures (spcHistory.ts).
 * - Minimum history: 12 points. Below it the result is "not enough data". NHSRplotthedots
 *   ("Number of points required") computes limits from 12 points and calls fewer "trial"
 *   limits; NHS Education for Scotland's QI zone (SPC charts) asks for 20 points for an I chart
 *   and calls limits temporary until then, so limits from 12 to 19 points are marked
 *   provisional.
 * - Limits are kept within what the measure can be: a percentage between 0% and 100%, a count,
 *   rate or average not below 0 (unless the catalogue allows negatives). mean ± 2.66 × mR̄ can
 *   run past them (an upper limit of 104.2%), and a limit no result can reach says nothing
 *   about the process. Clamping changes no verdict, as no point can lie beyond a natural bound;
 *   the limit worked out is kept (`unclamped`) and the exception page's SPC note says it was
 *   clamped. NHSRplotthedots (R/ptd_spc_options.R, R/ptd_create_ggplot.R) draws the limits as
 *   computed; clamping at the bounds is this tool's choice, said on the page.
 */
import { atMost as atMostExport, bandWidths as bandWidthsExport } from './polarity';
import type { Bands, DataPeriod, MonthKey, Polarity, Unit } from './types';
import type { SpcLines, SpcRule, SpcSide, SpcSignal } from './spcRules';
import { signalsAt, specialCauseSignals } from './spcRules';

/** Bound once: a call through an import reads the module's export each time (a getter, in the CommonJS tsx emits). */
const atMost = atMostExport;
const bandWidths = bandWidthsExport;

export type { SpcSignal } from './spcRules';
export { trendSignals } from './spcRules';

const SPC_LIMIT_FACTOR = 2.66;
export const SPC_MINIMUM_POINTS = 12;
const SPC_SETTLED_POINTS = 20;

export type SpcVariation = 'commonCause' | 'specialCauseImproving' | 'specialCauseConcerning' | 'specialCauseNeither';
export type SpcAssurance = 'consistentlyMet' | 'consistentlyMissed' | 'hitAndMiss';
/** What the chart's points are: the indicator's own figures, or the in-month results behind a rolling one. */
export type SpcBasis = 'period' | 'inMonth';

export interface XmrChart extends SpcLines {
  /** Moving ranges, one fewer than the points: movingRanges[i] = |x[i+1] − x[i]|. */
  movingRanges: number[];
  meanMovingRange: number;
  /** How many points the mean and limits were computed from. */
  baselinePoints: number;
  /** The limits as worked out, when one lay beyond the measure's natural bounds and was clamped to it. */
  unclamped?: { upper: number; lower: number };
}

export type SpcResult =
  | { status: 'notEnoughData'; points: number; needed: number; basis: SpcBasis }
  /** A rolling or year-to-date indicator whose data has no in-month counts to chart. */
  | { status: 'rollingFigures'; period: DataPeriod }
  | {
      status: 'ok';
      points: number;
      basis: SpcBasis;
      /** The points charted, oldest first, and their months when known (spcHistory.ts). */
      values: number[];
      months?: MonthKey[];
      chart: XmrChart;
      /** Fewer than SPC_SETTLED_POINTS points: the limits will move as months are added. */
      provisional: boolean;
      signals: SpcSignal[];
      variation: SpcVariation;
      /** The side of the signal that decided the variation (undefined for common cause). */
      side?: SpcSide;
      /** The rules that flag the latest point, strongest first. */
      latestRules: SpcRule[];
      /** Undefined when the indicator has no target to assure against. */
      assurance?: SpcAssurance;
    };

/** The values a measure can take: its process limits are kept within them. */
interface SpcBounds {
  lower?: number;
  upper?: number;
}

/** A percentage (a fraction) lies in 0–1; a count, rate or average is not below 0; a net change (negatives allowed) is unbounded. */
export function spcBoundsOf(unit: Unit, negativeAllowed = false): SpcBounds {
  if (negativeAllowed) return {}; // a net change: no natural bound either way
  return unit === 'percentage' ? { lower: 0, upper: 1 } : { lower: 0 };
}

/** What SPC needs to know of an indicator: its polarity, target, (T) bands and natural bounds. */
export interface SpcIndicator {
  polarity: Polarity;
  target?: number;
  bands?: Bands;
  bounds?: SpcBounds;
}

/** The chart's limits kept within `bounds`, with the limits as worked out when either moved. */
function clampedChart(chart: XmrChart, bounds: SpcBounds | undefined): XmrChart {
  const upper = bounds?.upper !== undefined && chart.upper > bounds.upper ? bounds.upper : chart.upper;
  const lower = bounds?.lower !== undefined && chart.lower < bounds.lower ? bounds.lower : chart.lower;
  if (upper === chart.upper && lower === chart.lower) return chart;
  // Written out, not spread (a spread copies through a slow path, for many a percentage's chart).
  const { mean, movingRanges, meanMovingRange, nearUpper, nearLower, baselinePoints } = chart;
  return {
    mean,
    movingRanges,
    meanMovingRange,
    upper,
    lower,
    nearUpper,
    nearLower,
    baselinePoints,
    unclamped: { upper: chart.upper, lower: chart.lower },
  };
}

interface SpcOptions {
  /** Compute the mean and limits from the first N points only (a fixed baseline); default all. */
  baselinePoints?: number;
  /** What the points are (default: the indicator's own figures). */
  basis?: SpcBasis;
  /** The points' months, oldest first, carried into the result for the exception page. */
  months?: MonthKey[];
}

const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

/** The XmR chart's lines over the first `baselinePoints` values (all of them by default). */
export function xmrChart(values: readonly number[], baselinePoints = values.length): XmrChart {
  const length = Math.max(2, Math.min(baselinePoints, values.length));
  // All the points (the usual case) are read in place, not copied.
  const base = length >= values.length ? values : values.slice(0, length);
  // Each point's range from the point before it.
  const movingRanges: number[] = [];
  for (let i = 1; i < base.length; i += 1) {
    const v = base[i] ?? 0;
    movingRanges.push(Math.abs(v - (base[i - 1] ?? v)));
  }
  const centre = mean(base);
  const meanMovingRange = movingRanges.length ? mean(movingRanges) : 0;
  const width = SPC_LIMIT_FACTOR * meanMovingRange;
  return {
    mean: centre,
    movingRanges,
    meanMovingRange,
    upper: centre + width,
    lower: centre - width,
    nearUpper: centre + (2 / 3) * width,
    nearLower: centre - (2 / 3) * width,
    baselinePoints: base.length,
  };
}

/**
 * H: high is improvement, L: low is. T (stay close to the target): a special cause whose latest
 * point is nearer the target than the process mean is improving, farther is concerning; with
 * no target, or as near as the mean, it is neither.
 */
function readVariation(indicator: SpcIndicator, side: SpcSide, latest: number, centre: number): SpcVariation {
  if (indicator.polarity === 'H') return side === 'high' ? 'specialCauseImproving' : 'specialCauseConcerning';
  if (indicator.polarity === 'L') return side === 'low' ? 'specialCauseImproving' : 'specialCauseConcerning';
  if (indicator.target === undefined) return 'specialCauseNeither';
  const now = Math.abs(latest - indicator.target);
  const usual = Math.abs(centre - indicator.target);
  return now < usual ? 'specialCauseImproving' : now > usual ? 'specialCauseConcerning' : 'specialCauseNeither';
}

/** a < b, allowing for float noise, as the RAG is: twelve months of 20% average to 0.19999999999999998. */
const below = (a: number, b: number): boolean => !atMost(b, a);

/**
 * Where the target lies against the process limits. Targets are inclusive, as for RAG: an H
 * indicator whose lower limit equals its target meets it every month the process stays as it
 * is. T: met when both limits lie inside the Green band, missed when both lie outside it on
 * one side, hit and miss otherwise.
 */
export function spcAssurance(indicator: SpcIndicator, chart: Pick<SpcLines, 'upper' | 'lower'>): SpcAssurance | undefined {
  const { target } = indicator;
  if (target === undefined || !Number.isFinite(target)) return undefined;
  const { upper, lower } = chart;
  switch (indicator.polarity) {
    case 'H':
      return atMost(target, lower) ? 'consistentlyMet' : below(upper, target) ? 'consistentlyMissed' : 'hitAndMiss';
    case 'L':
      return atMost(upper, target) ? 'consistentlyMet' : below(target, lower) ? 'consistentlyMissed' : 'hitAndMiss';
    case 'T': {
      const { inner } = bandWidths(indicator.bands ?? { inner: 0, outer: 0, mode: 'absolute' }, target);
      if (atMost(target - inner, lower) && atMost(upper, target + inner)) return 'consistentlyMet';
      if (below(upper, target - inner) || below(target + inner, lower)) return 'consistentlyMissed';
      return 'hitAndMiss';
    }
  }
}

/** The SPC verdicts for one indicator's results in month order, oldest first. */
export function spcFor(indicator: SpcIndicator, values: readonly number[], options: SpcOptions = {}): SpcResult {
  return spcOfPoints(indicator, [...values], { ...options, months: options.months && [...options.months] });
}

/**
 * spcFor on arrays made for it, which the result keeps as they are (spcHistory.ts makes them for
 * each indicator and area): not copied again.
 */
export function spcOfPoints(indicator: SpcIndicator, values: number[], options: SpcOptions = {}): SpcResult {
  const points = values.length;
  const basis = options.basis ?? 'period';
  if (points < SPC_MINIMUM_POINTS || values.some((v) => !Number.isFinite(v))) {
    return { status: 'notEnoughData', points, needed: SPC_MINIMUM_POINTS, basis };
  }
  const baseline = Math.max(SPC_MINIMUM_POINTS, Math.min(options.baselinePoints ?? points, points));
  const computed = xmrChart(values, baseline);
  const signals = specialCauseSignals(values, computed);
  const chart = clampedChart(computed, indicator.bounds);
  const latest = signalsAt(signals, points - 1);
  const side = latest[0]?.side;
  const newest = values[points - 1] ?? chart.mean;
  const variation: SpcVariation = side ? readVariation(indicator, side, newest, chart.mean) : 'commonCause';
  return {
    status: 'ok',
    points,
    basis,
    values,
    months: options.months,
    chart,
    provisional: baseline < SPC_SETTLED_POINTS,
    signals,
    variation,
    side,
    latestRules: latest.length < 2 ? latest.map((s) => s.rule) : [...new Set(latest.map((s) => s.rule))],
    assurance: spcAssurance(indicator, chart),
  };
}

/** The verdicts in words, for a cell, a summary count or the narrative. */
export const SPC_VARIATION_WORDS: Record<SpcVariation, string> = {
  commonCause: 'Common cause variation',
  specialCauseImproving: 'Special cause: improving',
  specialCauseConcerning: 'Special cause: concerning',
  specialCauseNeither: 'Special cause: neither better nor worse',
};

export const SPC_ASSURANCE_WORDS: Record<SpcAssurance, string> = {
  consistentlyMet: 'Target consistently met',
  consistentlyMissed: 'Target consistently missed',
  hitAndMiss: 'Target hit and miss',
};

/** Each variation's label with no side, above and below, made once (a scorecard shows one per row). */
const VARIATION_LABELS: Record<SpcVariation, [string, string, string]> = {
  commonCause: ['Common cause', 'Common cause ↑', 'Common cause ↓'],
  specialCauseImproving: ['Improving', 'Improving ↑', 'Improving ↓'],
  specialCauseConcerning: ['Concerning', 'Concerning ↑', 'Concerning ↓'],
  specialCauseNeither: ['Changed', 'Changed ↑', 'Changed ↓'],
};

/**
 * Short labels for a narrow sheet column, meaning carried by words and an arrow, never colour:
 * "Improving ↑" (a special cause above the mean, or rising), "Concerning ↓", "Changed ↑" (T with
 * no clear better side), "Common cause", "Too few months" below the minimum history, or "Not charted" for
 * rolling figures with no in-month counts behind them.
 */
export function spcVariationLabel(result: SpcResult): string {
  if (result.status === 'notEnoughData') return 'Too few months';
  if (result.status === 'rollingFigures') return 'Not charted';
  const [none, high, low] = VARIATION_LABELS[result.variation];
  return result.side === 'high' ? high : result.side === 'low' ? low : none;
}

export const SPC_ASSURANCE_LABELS: Record<SpcAssurance, string> = {
  consistentlyMet: 'Met',
  consistentlyMissed: 'Missed',
  hitAndMiss: 'Hit and miss',
};
