import { directionOfTravel } from './directionOfTravel';
import { isContextMeasure, ragFor } from './rag';
import type { Comparison, Evaluated, IndicatorResult } from './scorecard';
import type { Counts, RagChange } from './summary';
import { summarise } from './summary';
import type { Bands, Indicator, Rag } from './types';
import { formatFor } from './units';

/** A what-if change to an indicator's bandings; what is left out stays as the catalogue has it. */
export interface Override {
  target?: number;
  floor?: number;
  inner?: number;
  outer?: number;
}

interface WhatIfFlip {
  indicator: Indicator;
  from?: Rag;
  to?: Rag;
}

export interface WhatIfPreview {
  before: Counts;
  after: Counts;
  /** Indicators whose current RAG the changes move. */
  flips: WhatIfFlip[];
  /** Changes that do not make sense, by indicator ID; such an indicator keeps its bandings. */
  problems: Map<string, string>;
  /** RAG changes since last month, as they would read with the changes. */
  ragChanges: RagChange[];
}

/** The indicator with the override's bandings. */
function withOverride(indicator: Indicator, o: Override): Indicator {
  const bands: Bands | undefined = indicator.bands && {
    ...indicator.bands,
    inner: o.inner ?? indicator.bands.inner,
    outer: o.outer ?? indicator.bands.outer,
  };
  return { ...indicator, target: o.target ?? indicator.target, floor: o.floor ?? indicator.floor, bands };
}

/** A context measure is not rated, so a what-if has nothing to move. */
const CONTEXT_PROBLEM =
  'This is a context measure: it has no target, so there is nothing to change. To rate it, give it a target (and a floor or bands) in the catalogue.';

/** Why bandings cannot be used, in words, or undefined when they can. */
function bandingProblem(indicator: Indicator): string | undefined {
  const { polarity, unit, target, floor, bands } = indicator;
  if (target === undefined) return CONTEXT_PROBLEM;
  const show = (v: number) => formatFor(indicator, v);
  const numbers = [target, floor, bands?.inner, bands?.outer].filter((v): v is number => v !== undefined);
  if (numbers.some((v) => !Number.isFinite(v))) return 'Every value must be a number.';
  if (unit === 'percentage' && [target, floor].some((v) => v !== undefined && (v < 0 || v > 1))) {
    return 'A percentage must be between 0% and 100%.';
  }
  if (polarity === 'H' && floor !== undefined && floor > target)
    return `The floor ${show(floor)} is above the target ${show(target)}.`;
  if (polarity === 'L' && floor !== undefined && floor < target)
    return `The floor ${show(floor)} is below the target ${show(target)}.`;
  if (polarity === 'T' && bands) {
    if (bands.inner < 0 || bands.outer < 0) return 'Bands cannot be negative.';
    if (bands.inner > bands.outer) return 'The inner band must be no wider than the outer band.';
  }
  return undefined;
}

function rerated(indicator: Indicator, figure: Evaluated): Evaluated {
  return figure.rag === undefined || figure.value === undefined ? figure : { ...figure, rag: ragFor(indicator, figure.value) };
}

function recompared(indicator: Indicator, current: number | undefined, c: Comparison | undefined): Comparison | undefined {
  if (!c || current === undefined) return c;
  return {
    ...c,
    // No arrow stays no arrow: the two figures were not like with like (scorecard.ts).
    direction: c.direction === undefined ? undefined : directionOfTravel(indicator, current, c.value),
    rag: c.rag === undefined ? undefined : ragFor(indicator, c.value),
  };
}

/** A result rated again against other bandings: same figures, new RAGs and (for T) arrows. */
function rerate(result: IndicatorResult, indicator: Indicator): IndicatorResult {
  const value = result.current.value;
  return {
    ...result,
    indicator,
    current: rerated(indicator, result.current),
    monthAgo: recompared(indicator, value, result.monthAgo),
    yearAgo: recompared(indicator, value, result.yearAgo),
    rolling3: result.rolling3 && rerated(indicator, result.rolling3),
  };
}

/** What the counts and RAGs would be with these changes, without touching the catalogue. */
export function previewWhatIf(results: IndicatorResult[], overrides: Map<string, Override>): WhatIfPreview {
  const problems = new Map<string, string>();
  const after = results.map((result) => {
    const override = overrides.get(result.indicator.id);
    if (!override) return result;
    if (isContextMeasure(result.indicator)) {
      // A Baseline holds a row for it with nothing in it: only a real change is refused.
      if (Object.values(override).some((v) => v !== undefined)) problems.set(result.indicator.id, CONTEXT_PROBLEM);
      return result;
    }
    const changed = withOverride(result.indicator, override);
    const problem = bandingProblem(changed);
    if (problem) {
      problems.set(result.indicator.id, problem);
      return result;
    }
    return rerate(result, changed);
  });
  const flips = after
    .map((r, i) => ({ indicator: r.indicator, from: results[i]?.current.rag, to: r.current.rag }))
    .filter((f) => f.from !== f.to);
  const summary = summarise(after);
  return { before: summarise(results).total, after: summary.total, flips, problems, ragChanges: summary.ragChanges };
}
