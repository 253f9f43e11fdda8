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
  const totals: number[] = [0, 0, 0];
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
    // Pushed in column order (SUM, MISSING, UNSOURCED): a packed array, filled as it grows.
    totals.push(sum, missing, unsourced);
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

/** The running totals of the months from `first` on (months[k] is month first + k). */
function build(months: readonly (Observation | undefined)[], first: number): Built {
  const span = months.length;
  const numerators: (number | undefined)[] = [];
  const denominators: (number | undefined)[] = [];
  const numeratorCells: (CellLocation | undefined)[] = [];
  const denominatorCells: (CellLocation | undefined)[] = [];
  const complete: number[] = [0];
  let given = 0;
  for (let k = 0; k < span; k++) {
    const o = months[k];
    const numerator = o?.numerator;
    numerators.push(numerator);
    denominators.push(o?.denominator);
    numeratorCells.push(o?.sources?.numerator);
    denominatorCells.push(o?.sources?.denominator);
    if (numerator !== undefined) given += 1;
    complete.push(given);
  }
  return {
    first: span ? first : 0,
    span,
    complete,
    numerator: sideTotals(numerators, numeratorCells),
    denominator: sideTotals(denominators, denominatorCells),
  };
}

/**
 * One indicator's in-month figures in one area, by month ordinal (periods.ts monthOrdinal), kept
 * in one array from the earliest month given (a data table gives a series' months together), with
 * running totals built on the first window asked for.
 */
export class MonthSeries {
  /** months[k] is the observation of month ordinal first + k; the first and last are given. */
  private months: (Observation | undefined)[] = [];
  private first = 0;
  private built?: Built;

  get(ordinal: number): Observation | undefined {
    const k = ordinal - this.first;
    return k >= 0 && k < this.months.length ? this.months[k] : undefined;
  }

  set(ordinal: number, o: Observation): void {
    if (this.months.length === 0) this.first = ordinal;
    else if (ordinal < this.first) {
      this.months = new Array<Observation | undefined>(this.first - ordinal).fill(undefined).concat(this.months);
      this.first = ordinal;
    }
    const { months } = this;
    const k = ordinal - this.first;
    while (months.length < k) months.push(undefined);
    months[k] = o;
    this.built = undefined;
  }

  /** The window's first month in the built arrays, or -1 when a month in it has no in-month numerator. */
  private windowStart(last: number, count: number): number {
    const built = (this.built ??= build(this.months, this.first));
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
