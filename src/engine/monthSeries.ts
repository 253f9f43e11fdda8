import type { CellLocation, CountKind, Observation, Unit } from './types';
import { resultOf } from './units';

/** One side of a figure over several months, by how that side behaves over time. */
interface Combined {
  value?: number;
  /** The cells behind the value, or undefined when one is not known. */
  cells?: CellLocation[];
  mean: boolean;
}

/**
 * One side's figures month by month, with running totals in one array: totals[3k] is the sum of
 * the first k months, totals[3k + 1] how many of them have no figure and totals[3k + 2] how many
 * have no known cell. Any window's total and completeness is then two subtractions.
 */
interface SideTotals {
  values: (number | undefined)[];
  cells: (CellLocation | undefined)[];
  totals: number[];
  /**
   * Every figure a whole number and their absolute sum a safe integer: then every running total
   * is exact and a window's difference equals adding its months one by one. Otherwise (FTE of
   * 12.5, say) a window is added month by month, so results stay the same to the bit.
   */
  exact: boolean;
}

const SUM = 0;
const MISSING = 1;
const UNSOURCED = 2;

/** Months [from, to) of one running total: the difference of two of them. */
function between(totals: readonly number[], column: number, from: number, to: number): number {
  return (totals[to * 3 + column] ?? 0) - (totals[from * 3 + column] ?? 0);
}

/** A side's totals from its figures and cells, month by month (property reads written out, as this runs per series). */
function sideTotals(values: (number | undefined)[], cells: (CellLocation | undefined)[]): SideTotals {
  const n = values.length;
  const totals: number[] = new Array<number>((n + 1) * 3).fill(0);
  let sum = 0;
  let missing = 0;
  let unsourced = 0;
  let absolute = 0;
  let whole = true;
  for (let k = 0; k < n; k++) {
    const v = values[k];
    if (v === undefined) missing += 1;
    else {
      sum += v;
      absolute += Math.abs(v);
      whole &&= Number.isInteger(v);
    }
    if (cells[k] === undefined) unsourced += 1;
    totals[(k + 1) * 3 + SUM] = sum;
    totals[(k + 1) * 3 + MISSING] = missing;
    totals[(k + 1) * 3 + UNSOURCED] = unsourced;
  }
  return { values, cells, totals, exact: whole && absolute <= Number.MAX_SAFE_INTEGER };
}

/** Months [from, to) of one side's value alone (combine's), or undefined when a month has none. */
function combinedValue(side: SideTotals, start: number, to: number, kind: CountKind): number | undefined {
  const from = kind === 'stock' ? to - 1 : start;
  const { totals, values } = side;
  if (between(totals, MISSING, from, to) > 0) return undefined;
  let total = 0;
  if (side.exact) total = between(totals, SUM, from, to);
  else for (let k = from; k < to; k++) total += values[k] ?? 0;
  return kind === 'stockAverage' && to - from > 1 ? total / (to - from) : total;
}

/** Months [from, to) of one side combined: flows add up, a stock is the last month's, a stock average the mean. */
function combine(side: SideTotals, start: number, to: number, kind: CountKind): Combined {
  const from = kind === 'stock' ? to - 1 : start;
  const value = combinedValue(side, start, to, kind);
  if (value === undefined) return { value: undefined, cells: [], mean: false };
  const { cells, totals } = side;
  const mean = kind === 'stockAverage' && to - from > 1;
  let known: CellLocation[] | undefined;
  if (between(totals, UNSOURCED, from, to) === 0) {
    known = [];
    for (let k = from; k < to; k++) {
      const cell = cells[k];
      if (cell) known.push(cell);
    }
  }
  return { value, cells: known, mean };
}

interface Built {
  first: number;
  span: number;
  /** Months with an in-month numerator: complete[k] of the first k months. */
  complete: number[];
  numerator: SideTotals;
  denominator: SideTotals;
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
  const numerators = new Array<number | undefined>(span).fill(undefined);
  const denominators = new Array<number | undefined>(span).fill(undefined);
  const numeratorCells = new Array<CellLocation | undefined>(span).fill(undefined);
  const denominatorCells = new Array<CellLocation | undefined>(span).fill(undefined);
  for (const [ordinal, o] of byMonth) {
    const k = ordinal - first;
    numerators[k] = o.numerator;
    denominators[k] = o.denominator;
    numeratorCells[k] = o.sources?.numerator;
    denominatorCells[k] = o.sources?.denominator;
  }
  const complete: number[] = new Array<number>(span + 1).fill(0);
  for (let k = 0; k < span; k++) complete[k + 1] = (complete[k] ?? 0) + (numerators[k] === undefined ? 0 : 1);
  return {
    first,
    span,
    complete,
    numerator: sideTotals(numerators, numeratorCells),
    denominator: sideTotals(denominators, denominatorCells),
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

  /** The window's first month in the built arrays, or -1 when a month in it has no in-month numerator. */
  private windowStart(last: number, count: number): number {
    const built = (this.built ??= build(this.byMonth));
    const from = last - count + 1 - built.first;
    const to = last + 1 - built.first;
    if (from < 0 || to > built.span) return -1;
    if ((built.complete[to] ?? 0) - (built.complete[from] ?? 0) !== count) return -1;
    return from;
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
    const from = this.windowStart(last, count);
    const built = this.built;
    if (from < 0 || !built) return undefined;
    const to = from + count;
    return {
      numerator: combine(built.numerator, from, to, kinds.numerator),
      denominator: kinds.denominator ? combine(built.denominator, from, to, kinds.denominator) : undefined,
    };
  }

  /**
   * The result `window` would give (resultOf the combined sides), without the cells behind it:
   * an SPC history asks for 24 windows per series and uses only their values. Undefined when
   * `window` is, or when the result is.
   */
  windowResult(last: number, count: number, unit: Unit, numerator: CountKind, denominator?: CountKind): number | undefined {
    const from = this.windowStart(last, count);
    const built = this.built;
    if (from < 0 || !built) return undefined;
    const to = from + count;
    const counted = combinedValue(built.numerator, from, to, numerator) ?? 0;
    return resultOf(unit, counted, denominator ? combinedValue(built.denominator, from, to, denominator) : undefined);
  }
}
