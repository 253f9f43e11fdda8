import { packedCell } from './address';
import { columnRunOf as columnRunOfExport, NO_CELLS } from './cellList';
import type { CellList, CellLocation, CountKind, Observation, Unit } from './types';
import { resultOf as resultOfExport } from './units';

/** Bound once: a call through an import reads the module's export each time (a getter, in the CommonJS tsx emits). */
const resultOf = resultOfExport;

/** One side of a figure over several months, by how that side behaves over time. */
interface Combined {
  value?: number;
  /** The cells behind the value, or undefined when one is not known. */
  cells?: CellList;
  mean: boolean;
}

/**
 * One side's figures and their cells, month by month from the series' first month: for the
 * formulas each cell's sheet and packed address, as the row gave them as numbers (a data
 * table's), or else its location, read into a sheet and an address when a window first names it.
 */
interface SideFigures {
  values: (number | undefined)[];
  /**
   * A cell's location, where its row gave one rather than numbers: empty for a series whose rows
   * all gave numbers (a data table's), and never longer than its last such month.
   */
  cells: (CellLocation | undefined)[];
  /** Undefined for a month with no cell, or not read yet. */
  sheets: (string | undefined)[];
  packed: number[];
}

/** packedCell bound once: a call through an import reads the module's export each time (a getter, in CommonJS). */
const pack = packedCell;
const columnRunOf = columnRunOfExport;

const noFigures = (): SideFigures => ({ values: [], cells: [], sheets: [], packed: [] });

/** A side made `length` months long at once, every month empty. */
function emptyFigures(length: number): SideFigures {
  return {
    values: new Array<number | undefined>(length).fill(undefined),
    cells: [],
    sheets: new Array<string | undefined>(length).fill(undefined),
    packed: new Array<number>(length).fill(-1),
  };
}

/** `gap` empty months before the figures. */
function shifted(side: SideFigures, gap: number): SideFigures {
  return {
    values: new Array<number | undefined>(gap).fill(undefined).concat(side.values),
    cells: side.cells.length === 0 ? [] : new Array<CellLocation | undefined>(gap).fill(undefined).concat(side.cells),
    sheets: new Array<string | undefined>(gap).fill(undefined).concat(side.sheets),
    packed: new Array<number>(gap).fill(-1).concat(side.packed),
  };
}

/**
 * Month k of a side: its figure and the cell it sits in, with that cell's sheet and packed
 * address when the row has them as numbers (`at` -1 when it has not).
 */
function put(
  side: SideFigures,
  k: number,
  value: number | undefined,
  cell: CellLocation | undefined,
  sheet: string | undefined,
  at: number,
): void {
  side.values[k] = value;
  const { cells } = side;
  if (cell !== undefined) {
    while (cells.length < k) cells.push(undefined);
    cells[k] = cell;
  } else if (k < cells.length) cells[k] = undefined;
  const known = sheet !== undefined && at >= 0;
  side.sheets[k] = known ? sheet : undefined;
  side.packed[k] = known ? at : -1;
}

/** An empty month at the end of a side. */
function pushEmpty(side: SideFigures): void {
  side.values.push(undefined);
  side.sheets.push(undefined);
  side.packed.push(-1);
}

/** The most months a series' arrays are made ahead of its figures: longer data grows them as it comes. */
const MAX_MADE_AHEAD = 1200;

/** The months [from, to) a side's figure takes: a stock is the last month's alone. */
const startOf = (kind: CountKind, start: number, to: number): number => (kind === 'stock' ? to - 1 : start);

/**
 * Months [from, to) of one side's value alone: flows add up, in month order; a stock average is
 * their mean. Undefined when a month has none.
 */
function combinedValue(side: SideFigures, start: number, to: number, kind: CountKind): number | undefined {
  const from = startOf(kind, start, to);
  const { values } = side;
  let total = 0;
  for (let k = from; k < to; k++) {
    const v = values[k];
    if (v === undefined) return undefined;
    total += v;
  }
  return kind === 'stockAverage' && to - from > 1 ? total / (to - from) : total;
}

/**
 * The cells behind months [from, to) of one side, or undefined when one is not known: a stretch
 * of the side's own arrays, nothing copied.
 */
function knownCells(side: SideFigures, start: number, to: number, kind: CountKind): CellList | undefined {
  const from = startOf(kind, start, to);
  const { cells, sheets, packed } = side;
  // Compared with undefined, not tested for truth: that would read each cell object, scattered in memory.
  for (let k = from; k < to; k++) if (sheets[k] === undefined && cells[k] === undefined) return undefined;
  for (let k = from; k < to; k++) {
    const cell = cells[k];
    if (sheets[k] === undefined && cell !== undefined) {
      sheets[k] = cell.sheet;
      packed[k] = pack(cell.cell);
    }
  }
  const run = columnRunOf(sheets, packed, from, to);
  return {
    from,
    to,
    sheets,
    packed,
    locations: cells,
    columnSheet: run,
    columnTop: run === undefined ? -1 : (packed[from] ?? -1),
  };
}

/** Months [from, to) of one side combined, with the cells behind it. */
function combine(side: SideFigures, start: number, to: number, kind: CountKind): Combined {
  const value = combinedValue(side, start, to, kind);
  if (value === undefined) return { value: undefined, cells: NO_CELLS, mean: false };
  const from = startOf(kind, start, to);
  return { value, cells: knownCells(side, start, to, kind), mean: kind === 'stockAverage' && to - from > 1 };
}

/**
 * One indicator's in-month figures in one area, by month ordinal (periods.ts monthOrdinal), kept
 * in arrays from the earliest month given (a data table gives a series' months together). Each
 * observation's figures and cells are copied into the arrays as it is added, while it is at hand,
 * not looked up again later.
 *
 * A window is added up month by month, in order, when it is asked for: the longest a scorecard
 * asks for is 12 months (a year to date, a rolling year), an SPC point is one month, and a window
 * added directly costs no more than building running totals for the series would, while it keeps
 * nothing more in memory than the figures themselves (5,000 series at 100 x 50).
 */
export class MonthSeries {
  /** months[k] is the observation of month ordinal first + k; the first and last are given. */
  private months: (Observation | undefined)[] = [];
  private numerator = noFigures();
  private denominator = noFigures();
  private first = 0;

  /**
   * `latest`: the latest month ordinal the data has, when known, so that the arrays are made as
   * long as they will be when the first month comes (a data table gives a series' months in
   * order), not grown month by month.
   */
  constructor(private readonly latest = -Infinity) {}

  get(ordinal: number): Observation | undefined {
    const k = ordinal - this.first;
    return k >= 0 && k < this.months.length ? this.months[k] : undefined;
  }

  set(ordinal: number, o: Observation): void {
    if (this.months.length === 0) {
      this.first = ordinal;
      const length = this.latest - ordinal + 1;
      if (length > 1 && length <= MAX_MADE_AHEAD) {
        this.months = new Array<Observation | undefined>(length).fill(undefined);
        this.numerator = emptyFigures(length);
        this.denominator = emptyFigures(length);
      }
    } else if (ordinal < this.first) {
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
      pushEmpty(numerator);
      pushEmpty(denominator);
    }
    months[k] = o;
    const { packed } = o;
    if (packed) {
      // Cells given as numbers: their locations are not made (cellList.ts makes them when asked).
      put(numerator, k, o.numerator, undefined, packed.sheet, packed.numeratorCell);
      put(denominator, k, o.denominator, undefined, packed.sheet, packed.denominatorCell);
    } else {
      const { sources } = o;
      put(numerator, k, o.numerator, sources?.numerator, undefined, -1);
      put(denominator, k, o.denominator, sources?.denominator, undefined, -1);
    }
  }

  /** The window's first month in the arrays, or -1 when it runs past them or a month in it has no in-month numerator. */
  private windowStart(last: number, count: number): number {
    const from = last - count + 1 - this.first;
    const to = last + 1 - this.first;
    const { values } = this.numerator;
    if (from < 0 || to > values.length) return -1;
    for (let k = from; k < to; k++) if (values[k] === undefined) return -1;
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
    if (from < 0) return undefined;
    const to = from + count;
    return {
      numerator: combine(this.numerator, from, to, kinds.numerator),
      denominator: kinds.denominator ? combine(this.denominator, from, to, kinds.denominator) : undefined,
    };
  }

  /**
   * The result `window` would give (resultOf the combined sides), without the cells behind it:
   * an SPC history asks for 24 windows per series and uses only their values. Undefined when
   * `window` is, or when the result is.
   */
  windowResult(last: number, count: number, unit: Unit, numerator: CountKind, denominator?: CountKind): number | undefined {
    const from = this.windowStart(last, count);
    if (from < 0) return undefined;
    const to = from + count;
    const counted = combinedValue(this.numerator, from, to, numerator) ?? 0;
    return resultOf(unit, counted, denominator ? combinedValue(this.denominator, from, to, denominator) : undefined);
  }
}
