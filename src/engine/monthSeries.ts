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
  const totals = new Array<number>((n + 1) * 3);
  totals[SUM] = 0;
  totals[MISSING] = 0;
  totals[UNSOURCED] = 0;
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
      // Compared with undefined, not tested for truth: that would read each cell object, scattered in memory.
      if (cell !== undefined) known.push(cell);
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

/** The running totals of a series' months, and how many of the first k have a numerator. */
function build(first: number, numerator: SideFigures, denominator: SideFigures): Built {
  const span = numerator.values.length;
  const complete = new Array<number>(span + 1);
  complete[0] = 0;
  let given = 0;
  for (let k = 0; k < span; k++) {
    if (numerator.values[k] !== undefined) given += 1;
    complete[k + 1] = given;
  }
  return {
    first: span ? first : 0,
    span,
    complete,
    numerator: sideTotals(numerator.values, numerator.cells),
    denominator: sideTotals(denominator.values, denominator.cells),
  };
}

/** One side's figures and their cells, month by month from the series' first month. */
interface SideFigures {
  values: (number | undefined)[];
  cells: (CellLocation | undefined)[];
}

const noFigures = (): SideFigures => ({ values: [], cells: [] });

/** `gap` empty months before the figures. */
function shifted(side: SideFigures, gap: number): SideFigures {
  const values = new Array<number | undefined>(gap).fill(undefined);
  const cells = new Array<CellLocation | undefined>(gap).fill(undefined);
  return { values: values.concat(side.values), cells: cells.concat(side.cells) };
}

/**
 * One indicator's in-month figures in one area, by month ordinal (periods.ts monthOrdinal), kept
 * in arrays from the earliest month given (a data table gives a series' months together), with
 * running totals built on the first window asked for. Each observation's figures and cells are
 * copied into the arrays as it is added, while it is at hand, not looked up again later.
 */
export class MonthSeries {
  /** months[k] is the observation of month ordinal first + k; the first and last are given. */
  private months: (Observation | undefined)[] = [];
  private numerator = noFigures();
  private denominator = noFigures();
  private first = 0;
  private built?: Built;

  get(ordinal: number): Observation | undefined {
    const k = ordinal - this.first;
    return k >= 0 && k < this.months.length ? this.months[k] : undefined;
  }

  set(ordinal: number, o: Observation): void {
    if (this.months.length === 0) this.first = ordinal;
    else if (ordinal < this.first) {
      const gap = this.first - ordinal;
      this.months = new Array<Observation | undefined>(gap).fill(undefined).concat(this.months);
      this.numerator = shifted(this.numerator, gap);
      this.denominator = shifted(this.denominator, gap);
      this.first = ordinal;
    }
    const { months, numerator, denominator } = this;
    const k = ordinal - this.first;
    while (months.length < k) {
      months.push(undefined);
      numerator.values.push(undefined);
      numerator.cells.push(undefined);
      denominator.values.push(undefined);
      denominator.cells.push(undefined);
    }
    months[k] = o;
    numerator.values[k] = o.numerator;
    numerator.cells[k] = o.sources?.numerator;
    denominator.values[k] = o.denominator;
    denominator.cells[k] = o.sources?.denominator;
    this.built = undefined;
  }

  /** The window's first month in the built arrays, or -1 when a month in it has no in-month numerator. */
  private windowStart(last: number, count: number): number {
    const built = (this.built ??= build(this.first, this.numerator, this.denominator));
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
