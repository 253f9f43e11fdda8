import type { IssueList } from './issues';
import { quoteSheet } from './issues';
import { longMonthLabel, trailingMonths } from './months';
import { periodEnd, periodMonths } from './periods';
import type { Basis, CellLocation, CountKind, FigureSource, Indicator, MonthKey, Observation } from './types';
import { resultOf } from './units';

const BASIS_WORDS: Record<Basis, string> = {
  period: "the indicator's own period",
  R3M: 'rolling 3 months',
  month: 'in-month counts',
};

/** A result at one month end, with the counts behind it when they are known. */
export interface Figure {
  value?: number;
  numerator?: number;
  denominator?: number;
  /** The cells behind it, when every one is known. */
  source?: FigureSource;
}

const keyOf = (id: string, area: string, basis: Basis, month: MonthKey): string =>
  `${id}\u0000${area}\u0000${basis}\u0000${month}`;

/**
 * All observations, indexed, with aggregation over periods: a figure is taken as given
 * when the data has it for that basis and month (a Quarter's at its quarter end), or else made
 * from in-month counts over the period's months (periods.ts; R3M: the last 3 months).
 */
export class Dataset {
  private readonly index = new Map<string, Observation>();
  readonly areas: string[] = [];
  readonly months = new Set<MonthKey>();

  constructor(observations: Observation[], issues: IssueList) {
    const areas = new Set<string>();
    for (const o of observations) {
      const key = keyOf(o.indicatorId, o.area, o.basis, o.month);
      const earlier = this.index.get(key);
      if (earlier) {
        issues.error(
          'duplicate-figure',
          `Indicator ${o.indicatorId}, ${o.area}, ${longMonthLabel(o.month)} (${BASIS_WORDS[o.basis]}) is given twice: here and at ${quoteSheet(earlier.at.sheet)}!${earlier.at.cell}.`,
          'Keep one of them: delete the other row, or clear the catalogue reference if the data table already has the month.',
          o.at,
          o.indicatorId,
        );
        continue;
      }
      this.index.set(key, o);
      if (!areas.has(o.area)) {
        areas.add(o.area);
        this.areas.push(o.area);
      }
      this.months.add(o.month);
    }
  }

  get(id: string, area: string, basis: Basis, month: MonthKey): Observation | undefined {
    return this.index.get(keyOf(id, area, basis, month));
  }

  /** The indicator's own figure (its data period) at a month end. */
  periodFigure(indicator: Indicator, area: string, month: MonthKey): Figure | undefined {
    const given = this.get(indicator.id, area, 'period', periodEnd(indicator.period, month));
    if (given) return figureOf(indicator, given);
    return this.sumMonths(indicator, area, periodMonths(indicator.period, month));
  }

  /** The rolling 3 months figure; snapshot indicators have none. */
  rolling3Figure(indicator: Indicator, area: string, month: MonthKey): Figure | undefined {
    if (indicator.period === 'SS') return undefined;
    const given = this.get(indicator.id, area, 'R3M', month);
    if (given) return figureOf(indicator, given);
    return this.sumMonths(indicator, area, trailingMonths(month, 3));
  }

  /**
   * A figure over several months from in-month figures: flows add up, a stock is the last
   * month's figure, a stock average the mean of the month ends. Every month must be there.
   */
  private sumMonths(indicator: Indicator, area: string, months: MonthKey[]): Figure | undefined {
    const rows: Observation[] = [];
    for (const month of months) {
      const o = this.get(indicator.id, area, 'month', month);
      if (!o || o.numerator === undefined) return undefined;
      rows.push(o);
    }
    const numerator = combine(rows, 'numerator', indicator.numeratorKind ?? 'flow');
    const denominator =
      indicator.unit === 'count' ? undefined : combine(rows, 'denominator', indicator.denominatorKind ?? 'flow');
    const located = numerator.cells && (!denominator || denominator.value === undefined || denominator.cells);
    const mean = numerator.mean || denominator?.mean ? { numerator: numerator.mean, denominator: denominator?.mean } : undefined;
    const source: FigureSource | undefined = located
      ? { kind: 'counts', numerator: numerator.cells!, denominator: denominator?.cells ?? [], ...(mean ? { mean } : {}) }
      : undefined;
    return { ...figureOf(indicator, { numerator: numerator.value, denominator: denominator?.value }), source };
  }
}

interface Combined {
  value?: number;
  /** The cells behind the value, or undefined when one is not known. */
  cells?: CellLocation[];
  mean: boolean;
}

/** One side of a figure over several months, by how that side behaves over time. */
function combine(rows: Observation[], side: 'numerator' | 'denominator', kind: CountKind): Combined {
  const used = kind === 'stock' ? rows.slice(-1) : rows;
  const values = used.map((o) => o[side]);
  if (values.some((v) => v === undefined)) return { value: undefined, cells: [], mean: false };
  const total = (values as number[]).reduce((a, b) => a + b, 0);
  const cells = used.map((o) => o.sources?.[side]);
  const mean = kind === 'stockAverage' && used.length > 1;
  return {
    value: mean ? total / used.length : total,
    cells: cells.every((c) => c !== undefined) ? (cells as CellLocation[]) : undefined,
    mean,
  };
}

function figureOf(indicator: Indicator, o: Pick<Observation, 'numerator' | 'denominator' | 'value' | 'sources'>): Figure {
  if (o.value !== undefined) {
    return { value: o.value, source: o.sources?.value ? { kind: 'value', at: o.sources.value } : undefined };
  }
  const numerator = o.numerator ?? 0;
  return {
    value: resultOf(indicator.unit, numerator, o.denominator),
    numerator,
    denominator: o.denominator,
    source: countsSource(indicator, o),
  };
}

function countsSource(indicator: Indicator, o: Pick<Observation, 'denominator' | 'sources'>): FigureSource | undefined {
  const numerator = o.sources?.numerator;
  const denominator = o.sources?.denominator;
  if (!numerator || (indicator.unit !== 'count' && o.denominator !== undefined && !denominator)) return undefined;
  return { kind: 'counts', numerator: [numerator], denominator: denominator ? [denominator] : [] };
}
