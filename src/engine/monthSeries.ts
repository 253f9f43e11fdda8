import type { CellLocation, CountKind, Observation } from './types';

/** One side of a figure over several months, by how that side behaves over time. */
interface Combined {
  value?: number;
  /** The cells behind the value, or undefined when one is not known. */
  cells?: CellLocation[];
  mean: boolean;
}

type Side = 'numerator' | 'denominator';

/**
 * A series' running totals, one row per month boundary in one flat array: row k holds, for the
 * first k months, the months with an in-month numerator, and for each side its sum, the months
 * without a figure and the months without a known cell. Any window's total and completeness is
 * then two subtractions.
 */
const COMPLETE = 0;
const COLUMNS: Record<Side, { sum: number; missing: number; unsourced: number }> = {
  numerator: { sum: 1, missing: 2, unsourced: 3 },
  denominator: { sum: 4, missing: 5, unsourced: 6 },
};
const WIDTH = 7;
/** Months [from, to) of one column: the difference of two running totals. */
function between(totals: readonly number[], column: number, from: number, to: number): number {
  return (totals[to * WIDTH + column] ?? 0) - (totals[from * WIDTH + column] ?? 0);
}

interface Built {
  first: number;
  span: number;
  /** The month's observation by position from `first`, or undefined for a month without one. */
  rows: (Observation | undefined)[];
  totals: number[];
  /**
   * Each side's figures all whole numbers with an absolute sum that is a safe integer: then every
   * running total is exact and a window's difference equals adding its months one by one.
   * Otherwise (FTE of 12.5, say) a window is added month by month, so results stay the same to the bit.
   */
  exact: Record<Side, boolean>;
}

function build(byMonth: Map<number, Observation>): Built {
  let first = Infinity;
  let last = -Infinity;
  for (const ordinal of byMonth.keys()) {
    if (ordinal < first) first = ordinal;
    if (ordinal > last) last = ordinal;
  }
  const span = byMonth.size ? last - first + 1 : 0;
  if (!byMonth.size) first = 0;
  const rows = new Array<Observation | undefined>(span).fill(undefined);
  for (const [ordinal, o] of byMonth) rows[ordinal - first] = o;
  // A plain array of doubles: small, on the heap, and quicker to make than a typed array per series.
  const totals: number[] = new Array<number>((span + 1) * WIDTH).fill(0);
  const n = { sum: 0, missing: 0, unsourced: 0, absolute: 0, whole: true };
  const d = { sum: 0, missing: 0, unsourced: 0, absolute: 0, whole: true };
  let complete = 0;
  for (let k = 0; k < span; k++) {
    const o = rows[k];
    const next = (k + 1) * WIDTH;
    const numerator = o?.numerator;
    const denominator = o?.denominator;
    if (numerator === undefined) n.missing += 1;
    else {
      complete += 1;
      n.sum += numerator;
      n.absolute += Math.abs(numerator);
      n.whole &&= Number.isInteger(numerator);
    }
    if (denominator === undefined) d.missing += 1;
    else {
      d.sum += denominator;
      d.absolute += Math.abs(denominator);
      d.whole &&= Number.isInteger(denominator);
    }
    if (o?.sources?.numerator === undefined) n.unsourced += 1;
    if (o?.sources?.denominator === undefined) d.unsourced += 1;
    totals[next + COMPLETE] = complete;
    totals[next + COLUMNS.numerator.sum] = n.sum;
    totals[next + COLUMNS.numerator.missing] = n.missing;
    totals[next + COLUMNS.numerator.unsourced] = n.unsourced;
    totals[next + COLUMNS.denominator.sum] = d.sum;
    totals[next + COLUMNS.denominator.missing] = d.missing;
    totals[next + COLUMNS.denominator.unsourced] = d.unsourced;
  }
  const exact = {
    numerator: n.whole && n.absolute <= Number.MAX_SAFE_INTEGER,
    denominator: d.whole && d.absolute <= Number.MAX_SAFE_INTEGER,
  };
  return { first, span, rows, totals, exact };
}

/** The months [from, to) of one side added up month by month, in order. */
function added(rows: (Observation | undefined)[], side: Side, from: number, to: number): number {
  let total = 0;
  for (let k = from; k < to; k++) total += rows[k]?.[side] ?? 0;
  return total;
}

/** The cells of one side over months [from, to); the caller has checked every one is known. */
function cellsOf(rows: (Observation | undefined)[], side: Side, from: number, to: number): CellLocation[] {
  const cells: CellLocation[] = [];
  for (let k = from; k < to; k++) {
    const cell = rows[k]?.sources?.[side];
    if (cell) cells.push(cell);
  }
  return cells;
}

/** Months [from, to) of one side combined: flows add up, a stock is the last month's, a stock average the mean. */
function combine(built: Built, side: Side, start: number, to: number, kind: CountKind): Combined {
  const from = kind === 'stock' ? to - 1 : start;
  const { totals, rows } = built;
  const { sum, missing, unsourced } = COLUMNS[side];
  if (between(totals, missing, from, to) > 0) return { value: undefined, cells: [], mean: false };
  const total = built.exact[side] ? between(totals, sum, from, to) : added(rows, side, from, to);
  const mean = kind === 'stockAverage' && to - from > 1;
  return {
    value: mean ? total / (to - from) : total,
    cells: between(totals, unsourced, from, to) === 0 ? cellsOf(rows, side, from, to) : undefined,
    mean,
  };
}

/**
 * One indicator's in-month figures in one area, by month ordinal (periods.ts monthOrdinal), with
 * running totals built on the first window asked for.
 */
export class MonthSeries {
  private readonly byMonth = new Map<number, Observation>();
  private built?: Built;

  get(ordinal: number): Observation | undefined {
    return this.byMonth.get(ordinal);
  }

  set(ordinal: number, o: Observation): void {
    this.byMonth.set(ordinal, o);
    this.built = undefined;
  }

  /**
   * The window of `count` months ending at `last`, both sides combined by kind, or undefined when
   * a month in it has no in-month numerator.
   */
  window(
    last: number,
    count: number,
    kinds: { numerator: CountKind; denominator?: CountKind },
  ): { numerator: Combined; denominator?: Combined } | undefined {
    const built = (this.built ??= build(this.byMonth));
    const from = last - count + 1 - built.first;
    const to = last + 1 - built.first;
    if (from < 0 || to > built.span) return undefined;
    if (between(built.totals, COMPLETE, from, to) !== count) return undefined;
    return {
      numerator: combine(built, 'numerator', from, to, kinds.numerator),
      denominator: kinds.denominator ? combine(built, 'denominator', from, to, kinds.denominator) : undefined,
    };
  }
}
