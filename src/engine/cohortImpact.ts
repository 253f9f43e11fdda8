import { Dataset } from './aggregation';
import type { IssueList } from './issues';
import type { Evaluated, IndicatorResult } from './scorecard';
import { evaluate } from './scorecard';
import type { Indicator, MonthKey, Observation } from './types';
import { roundShown } from './units';

/** One indicator in one area, with and without a cohort (the report's "Impact of UASC"). */
export interface ImpactRow {
  indicator: Indicator;
  area: string;
  included: Evaluated;
  excluded: Evaluated;
  /** Excluded − included, unrounded, in the result's own units (a percentage as a fraction). */
  variance?: number;
  /** As published: points, signed, to the indicator's decimals: '+0.3%', '-0.0%', '0.0%'. */
  varianceText: string;
  /** Leaving the cohort out changes the RAG. */
  ragFlips: boolean;
}

export interface CohortImpact {
  /** The cohort left out, as the data table names it (e.g. 'UASC'). */
  cohort: string;
  rows: ImpactRow[];
}

/**
 * The variance as the report prints it: the sign comes from the unrounded difference, so a
 * tiny fall shows as '-0.0%' and only figures that are exactly equal show '0.0%'.
 */
function varianceText(indicator: Pick<Indicator, 'unit' | 'decimals'>, variance: number): string {
  const points = indicator.unit === 'percentage' ? variance * 100 : variance;
  const sign = Math.abs(points) < 1e-9 ? '' : points > 0 ? '+' : '-';
  const shown = roundShown(Math.abs(points), indicator.decimals).toFixed(indicator.decimals);
  return `${sign}${shown}${indicator.unit === 'percentage' ? '%' : ''}`;
}

/** Observations about every child, and those leaving a cohort out, by cohort. */
export function splitByCohort(observations: Observation[]): { all: Observation[]; cohorts: Map<string, Observation[]> } {
  const cohorts = new Map<string, Observation[]>();
  // Most data leaves no cohort out: then every observation is about every child, as given.
  if (!observations.some((o) => o.excluding)) return { all: observations, cohorts };
  const all: Observation[] = [];
  for (const o of observations) {
    if (!o.excluding) all.push(o);
    else {
      if (!cohorts.has(o.excluding)) cohorts.set(o.excluding, []);
      cohorts.get(o.excluding)!.push(o);
    }
  }
  return { all, cohorts };
}

/**
 * Each indicator, in each area, with and without each cohort the data table has figures for.
 * Rows appear only where the data gives the figure without the cohort.
 */
export function cohortImpacts(
  cohorts: Map<string, Observation[]>,
  byArea: Map<string, IndicatorResult[]>,
  month: MonthKey,
  issues: IssueList,
): CohortImpact[] {
  return [...cohorts].map(([cohort, observations]) => {
    const dataset = new Dataset(observations, issues);
    const rows: ImpactRow[] = [];
    for (const [area, results] of byArea) {
      for (const result of results) {
        const excluded = evaluate(result.indicator, dataset.periodFigure(result.indicator, area, month));
        if (excluded.value === undefined) continue;
        const included = result.current;
        const variance = included.value === undefined ? undefined : excluded.value - included.value;
        rows.push({
          indicator: result.indicator,
          area,
          included,
          excluded,
          variance,
          varianceText: variance === undefined ? '-' : varianceText(result.indicator, variance),
          ragFlips: included.rag !== undefined && excluded.rag !== undefined && included.rag !== excluded.rag,
        });
      }
    }
    return { cohort, rows };
  });
}
