import type { Figure } from './aggregation';
import { Dataset } from './aggregation';
import type { ActivityTable } from './activity';
import type { CohortImpact } from './cohortImpact';
import { firstCell } from './cellList';
import { cohortImpacts, splitByCohort } from './cohortImpact';
import { directionOfTravel as directionOfTravelExport } from './directionOfTravel';
import type { IssueList } from './issues';
import { addMonths, longMonthLabel, monthLabel, trailingMonths } from './months';
import {
  isQuarterEnd,
  latestQuarterEnd,
  PERIOD_SPAN,
  periodMonths,
  quarterLabel,
  rolling3Rated,
  scalesWithMonths,
  spansDiffer,
} from './periods';
import {
  RAG_WORDS,
  isContextMeasure,
  isSmallDenominator as isSmallDenominatorExport,
  ragApplies as ragAppliesExport,
  ragFor as ragForExport,
} from './rag';
import type { DataPeriod, Direction, FigureSource, Indicator, MonthKey, Observation, Rag } from './types';
import { quoteNumber } from './quote';
import { noFigure } from './noFigure';
import type { SpcResult } from './spc';
import { spcOf } from './spcHistory';
import { formatFor as formatForExport, roundShown } from './units';

/** Bound once: a call through an import reads the module's export each time (a getter, in the CommonJS tsx emits). */
const isSmallDenominator = isSmallDenominatorExport;
const ragApplies = ragAppliesExport;
const ragFor = ragForExport;
const formatFor = formatForExport;
const directionOfTravel = directionOfTravelExport;

/** A figure rated against the indicator's bandings. */
export interface Evaluated {
  value?: number;
  numerator?: number;
  denominator?: number;
  /** As shown: '22.5%', '354.6', '-' when there is no result. */
  text: string;
  /** Undefined when there is no result or the denominator is below the minimum. */
  rag?: Rag;
  /** Denominator from 1 to 9: highlighted as a small number. */
  small: boolean;
  /** The cells behind the figure, for live formulas. */
  source?: FigureSource;
}

export interface Comparison {
  month: MonthKey;
  value: number;
  text: string;
  /** Undefined for a context measure with no polarity: the figure is shown, with no arrow. */
  direction?: Direction;
  /** The earlier month's RAG against today's bandings, when it can be rated. */
  rag?: Rag;
  /** The cells behind the earlier figure, for live formulas. */
  source?: FigureSource;
}

export interface IndicatorResult {
  indicator: Indicator;
  area: string;
  month: MonthKey;
  current: Evaluated;
  monthAgo?: Comparison;
  yearAgo?: Comparison;
  /** Rolling 3 months; undefined for snapshot indicators or when no figure is given. */
  rolling3?: Evaluated;
  /** Plain-English notes a reader may need, e.g. why 98.0% is Amber against 98.0%. */
  notes: string[];
  /** SPC over the month-end results up to this month (spcHistory.ts): variation and assurance. */
  spc: SpcResult;
}

export interface ScorecardResults {
  title: string;
  month: MonthKey;
  /** Areas in order, the scorecard's own area first. */
  areas: string[];
  byArea: Map<string, IndicatorResult[]>;
  /** Each cohort the data leaves out somewhere (UASC, say): every indicator with and without it. */
  impacts: CohortImpact[];
  /** The scorecard area's month-end results over the last year, by indicator ID, oldest first. */
  trends: Map<string, TrendPoint[]>;
  /** Team activity this month and last, when the workbook has an activity table. */
  activity?: ActivityTable;
}

/** One month end of an indicator's trend, rated against today's bandings. */
interface TrendPoint {
  month: MonthKey;
  value?: number;
  text: string;
  rag?: Rag;
}

/** Months shown in an exception page's trend. */
const TREND_MONTHS = 13;

/**
 * Month-end results over the trailing months, where the data has them; a Quarter indicator's
 * at its quarter ends only, each quarter once.
 */
function trendFor(dataset: Dataset, indicator: Indicator, area: string, month: MonthKey): TrendPoint[] {
  const months = trailingMonths(month, TREND_MONTHS);
  const shown = indicator.period === 'Quarter' ? months.filter(isQuarterEnd) : months;
  return shown.map((m) => {
    const e = evaluate(indicator, dataset.periodFigure(indicator, area, m));
    return { month: m, value: e.value, text: e.text, rag: e.rag };
  });
}

export function evaluate(indicator: Indicator, figure: Figure | undefined): Evaluated {
  const value = figure?.value;
  const denominator = figure?.denominator;
  // A result that overflows (1e308 every month) is shown as "-" and never rated.
  const rated = value !== undefined && Number.isFinite(value) && ragApplies(indicator.minDenominator, denominator);
  return {
    value,
    numerator: figure?.numerator,
    denominator,
    text: value === undefined ? '-' : formatFor(indicator, value),
    rag: rated ? ragFor(indicator, value) : undefined,
    small: isSmallDenominator(denominator),
    source: figure?.source,
  };
}

/**
 * The earlier figure, with the arrow and its RAG against today's bandings; neither when the two
 * are not like with like (`comparable` false: a count of 1 month of events against 3).
 */
function compare(
  indicator: Indicator,
  current: number | undefined,
  month: MonthKey,
  earlier: Figure | undefined,
  comparable = true,
): Comparison | undefined {
  // An earlier figure is shown even when this month has none (one blank cell this month leaves
  // last month's and last year's complete periods standing); only the arrow needs both.
  if (earlier?.value === undefined) return undefined;
  const finite = Number.isFinite(earlier.value);
  const rated = comparable && finite && ragApplies(indicator.minDenominator, earlier.denominator);
  const both = finite && current !== undefined && Number.isFinite(current);
  return {
    month,
    value: earlier.value,
    text: formatFor(indicator, earlier.value),
    direction: comparable && both ? directionOfTravel(indicator, current, earlier.value) : undefined,
    rag: rated ? ragFor(indicator, earlier.value) : undefined,
    source: earlier.source,
  };
}

/** A result's notes; `also`: a rolling 3 months not rated, a month of another span (no arrow against it). */
function notesFor(
  indicator: Indicator,
  current: Evaluated,
  month: MonthKey,
  also: { rolling3: boolean; unlike?: MonthKey },
): string[] {
  const notes: string[] = [];
  if (indicator.period === 'Quarter') {
    const end = latestQuarterEnd(month);
    notes.push(`Quarter ${quarterLabel(end)}${end === month ? '' : ', the latest complete quarter'}.`);
  }
  const { value, rag, denominator } = current;
  if (value !== undefined && rag) {
    // The value as the reader sees it, in the result's own units (98.0% is 0.98).
    const { unit, decimals } = indicator;
    const shown = unit === 'percentage' ? roundShown(value * 100, decimals) / 100 : roundShown(value, decimals);
    const shownRag = ragFor(indicator, shown);
    if (shownRag && shownRag !== rag) {
      const unrounded = formatFor({ unit: indicator.unit, decimals: indicator.decimals + 2 }, value);
      notes.push(
        `Shown as ${current.text}, but the unrounded result ${unrounded} is rated, so it is ${RAG_WORDS[rag]}, not ${RAG_WORDS[shownRag]}.`,
      );
    }
  }
  if (isContextMeasure(indicator)) {
    notes.push(`Context measure: no target, so no RAG${indicator.polarity ? '' : ', and no polarity, so no arrows'}.`);
  } else if (value !== undefined && !rag && denominator !== undefined) {
    notes.push(`No RAG: the denominator ${quoteNumber(denominator)} is below ${indicator.minDenominator}.`);
  }
  if (also.rolling3) {
    notes.push(
      `Rolling 3 months not rated: it counts 3 months of events, and the target is for ${PERIOD_SPAN[indicator.period]}.`,
    );
  }
  if (also.unlike !== undefined) notes.push(unlikeNote(indicator.period, month, also.unlike));
  return notes;
}

/** The rolling 3 months, rated only where it compares with the target (periods.ts). */
function rolling3Of(indicator: Indicator, figure: Figure): Evaluated {
  const evaluated = evaluate(indicator, figure);
  return rolling3Rated(indicator) ? evaluated : { ...evaluated, rag: undefined };
}

function unlikeNote(period: DataPeriod, month: MonthKey, monthAgo: MonthKey): string {
  const now = periodMonths(period, month).length;
  const then = periodMonths(period, monthAgo).length;
  const months = (n: number): string => `${n} month${n === 1 ? '' : 's'}`;
  return `No arrow against ${monthLabel(monthAgo)}: ${months(now)} of events against ${months(then)}.`;
}

/** The reporting month and the two it is compared with, worked out once for every result. */
interface Months {
  month: MonthKey;
  monthAgo: MonthKey;
  yearAgo: MonthKey;
}

function resultFor(dataset: Dataset, indicator: Indicator, area: string, months: Months): IndicatorResult {
  const { month, monthAgo, yearAgo } = months;
  const current = evaluate(indicator, dataset.periodFigure(indicator, area, month));
  const rolling = dataset.rolling3Figure(indicator, area, month);
  const unlike = scalesWithMonths(indicator) && spansDiffer(indicator.period, month, monthAgo);
  const lastMonth = compare(indicator, current.value, monthAgo, dataset.periodFigure(indicator, area, monthAgo), !unlike);
  return {
    indicator,
    area,
    month,
    current,
    monthAgo: lastMonth,
    yearAgo: compare(indicator, current.value, yearAgo, dataset.periodFigure(indicator, area, yearAgo)),
    rolling3: rolling ? rolling3Of(indicator, rolling) : undefined,
    notes: notesFor(indicator, current, month, {
      rolling3: rolling !== undefined && !rolling3Rated(indicator) && !isContextMeasure(indicator),
      unlike: unlike && lastMonth !== undefined ? monthAgo : undefined,
    }),
    spc: spcOf(dataset, indicator, area, month),
  };
}

interface ComputeOptions {
  title: string;
  /** The scorecard's own area (what catalogue references describe). */
  area: string;
  month?: MonthKey;
}

/** Results for every indicator in every area the data has. Warns where an indicator has no figure. */
export function computeScorecard(
  indicators: Indicator[],
  observations: Observation[],
  options: ComputeOptions,
  issues: IssueList,
): ScorecardResults | undefined {
  const { all, cohorts } = splitByCohort(observations);
  const dataset = new Dataset(all, issues);
  const month = options.month ?? [...dataset.months].sort().pop();
  if (!month) {
    issues.error(
      'no-month',
      'There are no figures and no reporting month.',
      'Set "Reporting month" in the Settings table, and give figures by reference or in the data table.',
    );
    return undefined;
  }
  const areas = [options.area, ...dataset.areas.filter((a) => a !== options.area)];
  const byArea = new Map<string, IndicatorResult[]>();
  const months = { month, monthAgo: addMonths(month, -1), yearAgo: addMonths(month, -12) };
  // Indicator by indicator, each in every area: the data's series lie in that order (a data
  // table runs by indicator, then area), so the series read one after another sit side by side.
  const made: IndicatorResult[] = [];
  for (const indicator of indicators) for (const area of areas) made.push(resultFor(dataset, indicator, area, months));
  areas.forEach((area, a) => {
    const inArea: IndicatorResult[] = [];
    for (let i = a; i < made.length; i += areas.length) inArea.push(made[i] as IndicatorResult);
    byArea.set(area, inArea);
  });
  for (const result of byArea.get(options.area) ?? []) {
    const { value, rag, denominator, source } = result.current;
    if (value !== undefined && !rag && denominator !== undefined && !isContextMeasure(result.indicator)) {
      issues.warn(
        'small-denominator',
        `The denominator for ${options.area} in ${longMonthLabel(month)} is ${quoteNumber(denominator)}, below the minimum of ${result.indicator.minDenominator}, so the result has no RAG.`,
        'Nothing to do if the figure is right: small numbers are shown light blue and not rated.',
        (source?.kind === 'counts' ? firstCell(source.denominator) : undefined) ?? result.indicator.row,
        result.indicator.id,
      );
    }
    if (value === undefined && denominator === undefined) noFigure(result.indicator, options.area, month, dataset, issues);
  }
  const impacts = cohortImpacts(cohorts, byArea, month, issues);
  const trends = new Map(indicators.map((i) => [i.id, trendFor(dataset, i, options.area, month)]));
  return { title: options.title, month, areas, byArea, impacts, trends };
}
