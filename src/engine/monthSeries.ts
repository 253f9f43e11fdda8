import type { CellLocation, CountKind, Observation } from './types';

/** One side of a figure over several months, by how that side behaves over time. */
export interface Combined {
  value?: number;
  /** The cells behind the value, or undefined when one is not known. */
  cells?: CellLocation[];
  mean: boolean;
}

type Side = 'numerator' | 'denominator';

/**
 * One side's figures month by month with running totals: prefix[k] is the sum of the first k
 * months, and the counts of months without a figure or without a known cell likewise, so any
 * window's total and completeness is two subtractions.
 */
class SideTotals {
  readonly values: (number | undefined)[];
  readonly cells: (CellLocation | undefined)[];
  private readonly prefix: Float64Array;
  private readonly missing: Int32Array;
  private readonly unsourced: Int32Array;
  /**
   * Every figure a whole number and their absolute sum a safe integer: then every running total
   * is exact and a window's difference equals adding its months one by one. Otherwise (FTE of
   * 12.5, say) a window is added month by month, as before, so results stay the same to the bit.
   */
  private readonly exact: boolean;

  constructor(rows: (Observation | undefined)[], side: Side) {
    const n = rows.length;
    this.values = new Array<number | undefined>(n);
    this.cells = new Array<CellLocation | undefined>(n);
    for (let k = 0; k < n; k++) {
      const o = rows[k];
      this.values[k] = o?.[side];
      this.cells[k] = o?.sources?.[side];
    }
    this.prefix = new Float64Array(n + 1);
    this.missing = new Int32Array(n + 1);
    this.unsourced = new Int32Array(n + 1);
    let absolute = 0;
    let exact = true;
    for (let k = 0; k < n; k++) {
      const v = this.values[k];
      this.prefix[k + 1] = this.prefix[k] + (v ?? 0);
      this.missing[k + 1] = this.missing[k] + (v === undefined ? 1 : 0);
      this.unsourced[k + 1] = this.unsourced[k] + (this.cells[k] === undefined ? 1 : 0);
      if (v !== undefined) {
        absolute += Math.abs(v);
        exact &&= Number.isInteger(v);
      }
    }
    this.exact = exact && absolute <= Number.MAX_SAFE_INTEGER;
  }

  /** Months [from, to) combined: flows add up, a stock is the last month's, a stock average the mean. */
  combine(from: number, to: number, kind: CountKind): Combined {
    if (kind === 'stock') from = to - 1;
    if (this.missing[to] - this.missing[from] > 0) return { value: undefined, cells: [], mean: false };
    const total = this.exact ? this.prefix[to] - this.prefix[from] : this.added(from, to);
    const mean = kind === 'stockAverage' && to - from > 1;
    return {
      value: mean ? total / (to - from) : total,
      cells: this.unsourced[to] - this.unsourced[from] === 0 ? (this.cells.slice(from, to) as CellLocation[]) : undefined,
      mean,
    };
  }

  private added(from: number, to: number): number {
    let total = 0;
    for (let k = from; k < to; k++) total += this.values[k]!;
    return total;
  }
}

/**
 * One indicator's in-month figures in one area, by month ordinal (periods.ts monthOrdinal), with
 * running totals built on the first window asked for.
 */
export class MonthSeries {
  private readonly byMonth = new Map<number, Observation>();
  private built?: { first: number; complete: Int32Array; numerator: SideTotals; denominator: SideTotals };

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
    const built = (this.built ??= this.build());
    const from = last - count + 1 - built.first;
    const to = last + 1 - built.first;
    if (from < 0 || to >= built.complete.length || built.complete[to] - built.complete[from] !== count) return undefined;
    return {
      numerator: built.numerator.combine(from, to, kinds.numerator),
      denominator: kinds.denominator ? built.denominator.combine(from, to, kinds.denominator) : undefined,
    };
  }

  private build(): NonNullable<MonthSeries['built']> {
    let first = Infinity;
    let last = -Infinity;
    for (const ordinal of this.byMonth.keys()) {
      first = Math.min(first, ordinal);
      last = Math.max(last, ordinal);
    }
    if (first > last) first = last = 0;
    const span = this.byMonth.size ? last - first + 1 : 0;
    const rows: (Observation | undefined)[] = [];
    rows.length = span;
    const complete = new Int32Array(span + 1);
    for (const [ordinal, o] of this.byMonth) {
      rows[ordinal - first] = o;
      if (o.numerator !== undefined) complete[ordinal - first + 1] = 1;
    }
    for (let k = 0; k < span; k++) complete[k + 1] += complete[k];
    return { first, complete, numerator: new SideTotals(rows, 'numerator'), denominator: new SideTotals(rows, 'denominator') };
  }
}
