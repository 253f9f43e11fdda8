import { isContextMeasure } from './rag';
import type { IndicatorResult } from './scorecard';
import type { Direction, Indicator, Rag } from './types';

export interface Counts {
  G: number;
  A: number;
  R: number;
  /** No result, a denominator below the minimum, or a context measure (no target). */
  none: number;
  /** The context measures: no target, so never rated (with a figure, they are among `none`). */
  context: number;
  /** Of `none`, those with no figure at all (the RAG cell shows "-"), context measures or not. */
  noData: number;
  /** Of `none`, indicators with a target and a figure but too few cases to rate. */
  tooFew: number;
  improved: number;
  same: number;
  worse: number;
  /** No figure a month ago to compare with. */
  notCompared: number;
  total: number;
}

export interface RagChange {
  indicator: Indicator;
  from: Rag;
  to: Rag;
}

export interface Summary {
  total: Counts;
  sections: { section: string; counts: Counts }[];
  /** Indicators whose RAG is not what last month's result would get against today's bandings. */
  ragChanges: RagChange[];
}

function emptyCounts(): Counts {
  return {
    G: 0,
    A: 0,
    R: 0,
    none: 0,
    context: 0,
    noData: 0,
    tooFew: 0,
    improved: 0,
    same: 0,
    worse: 0,
    notCompared: 0,
    total: 0,
  };
}

function add(counts: Counts, result: IndicatorResult): void {
  counts.total += 1;
  const rag = result.current.rag;
  const context = isContextMeasure(result.indicator);
  if (rag) counts[rag] += 1;
  else counts.none += 1;
  if (context) counts.context += 1;
  if (!rag && result.current.value === undefined) counts.noData += 1;
  else if (!rag && !context) counts.tooFew += 1;
  const direction: Direction | undefined = result.monthAgo?.direction;
  if (direction) counts[direction] += 1;
  else counts.notCompared += 1;
}

/** Of `none`, the context measures with a figure: "No target (context)". */
export function noTargetCount(c: Counts): number {
  return c.none - c.noData - c.tooFew;
}

/**
 * Counts by RAG and by direction of travel against last month, per section and in total. A
 * context measure counts as "no RAG" (as its RAG cell says) and, when it has a polarity, by its
 * arrow like any other indicator, so the counts match the sheet's live COUNTIFs.
 */
export function summarise(results: IndicatorResult[]): Summary {
  const total = emptyCounts();
  const bySection = new Map<string, Counts>();
  const ragChanges: RagChange[] = [];
  for (const result of results) {
    add(total, result);
    const section = result.indicator.section;
    if (!bySection.has(section)) bySection.set(section, emptyCounts());
    add(bySection.get(section) as Counts, result);
    const from = result.monthAgo?.rag;
    const to = result.current.rag;
    if (from && to && from !== to) ragChanges.push({ indicator: result.indicator, from, to });
  }
  return {
    total,
    sections: [...bySection].map(([section, counts]) => ({ section, counts })),
    ragChanges,
  };
}
