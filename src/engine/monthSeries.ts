import { packedCell } from './address';
import { columnRunOf as columnRunOfExport, NO_CELLS } from './cellList';
import { InvariantError } from './errors';
import type { CellList, CellLocation, CountKind, FigureSource, Observation, Unit } from './types';
import { resultOf as resultOfExport } from './units';

/** Bound once: a call through an import reads the module's export each time (a getter, in the CommonJS tsx emits). */
const resultOf = resultOfExport;
const pack = packedCell;
const columnRunOf = columnRunOfExport;

/** A result at one month end, with the counts behind it when they are known. */
export interface Figure {
  value?: number;
  numerator?: number;
  denominator?: number;
  /** The cells behind it, when every one is known. */
  source?: FigureSource;
}

/**
 * One side's figures and their cells, for every month of every series of a dataset, each series
 * one stretch (MonthSeries): the figure (NaN where a month has none), and, for the formulas, each
 * cell's sheet and packed address as the row gave them as numbers (a data table's), or else its
 * location, read into a sheet and an address when a window first names it.
 *
 * The figures and addresses are typed arrays and the others one array each for the whole dataset:
 * their contents live outside the young generation's copying, and a run of 180,000 rows makes a
 * handful of arrays, not seven for each of its 5,000 series.
 */
interface SideFigures {
  values: Float64Array;
  /** A cell's location, where its row gave one rather than numbers; empty for a data table's. */
  cells: (CellLocation | undefined)[];
  /** Undefined for a month with no cell, or not read yet. */
  sheets: (string | undefined)[];
  /** -1 for a month with no cell, or not read yet. */
  packed: Int32Array;
}

function sideOf(length: number): SideFigures {
  return {
    values: new Float64Array(length).fill(NaN),
    cells: [],
    sheets: new Array<string | undefined>(length).fill(undefined),
    packed: new Int32Array(length).fill(-1),
  };
}

/** The months of every series of a dataset, one stretch a series (MonthSeries says where). */
export class SeriesMonths {
  readonly observations: (Observation | undefined)[];
  readonly numerator: SideFigures;
  readonly denominator: SideFigures;

  constructor(readonly length: number) {
    this.observations = new Array<Observation | undefined>(length).fill(undefined);
    this.numerator = sideOf(length);
    this.denominator = sideOf(length);
  }
}

/** Entry i of a side: its figure and the cell it sits in, as numbers when the row has them (`at` -1 when not). */
function put(
  side: SideFigures,
  i: number,
  value: number | undefined,
  cell: CellLocation | undefined,
  sheet: string | undefined,
  at: number,
): void {
  side.values[i] = value ?? NaN;
  if (cell !== undefined) side.cells[i] = cell;
  const known = sheet !== undefined && at >= 0;
  side.sheets[i] = known ? sheet : undefined;
  side.packed[i] = known ? at : -1;
}

/** The entries [from, to) a side's figure takes: a stock is the last month's alone. */
const startOf = (kind: CountKind, start: number, to: number): number => (kind === 'stock' ? to - 1 : start);

/** Whether a side over entries [start, to) is a mean of month ends (AVERAGE): a stock average of more than one month. */
const isMean = (kind: CountKind, start: number, to: number): boolean =>
  kind === 'stockAverage' && to - startOf(kind, start, to) > 1;

/**
 * Entries [from, to) of one side's value alone: flows add up, in month order; a stock average is
 * their mean. Undefined when a month has none.
 */
function combinedValue(side: SideFigures, start: number, to: number, kind: CountKind): number | undefined {
  const from = startOf(kind, start, to);
  const { values } = side;
  let total = 0;
  for (let i = from; i < to; i++) {
    const v = values[i] as number;
    if (v !== v) return undefined; // NaN: no figure
    total += v;
  }
  return kind === 'stockAverage' && to - from > 1 ? total / (to - from) : total;
}

/**
 * The cells behind entries [from, to) of one side, or undefined when one is not known: a stretch
 * of the side's own arrays, nothing copied.
 */
function knownCells(side: SideFigures, start: number, to: number, kind: CountKind): CellList | undefined {
  const from = startOf(kind, start, to);
  const { cells, sheets, packed } = side;
  // Compared with undefined, not tested for truth: that would read each cell object, scattered in memory.
  for (let i = from; i < to; i++) if (sheets[i] === undefined && cells[i] === undefined) return undefined;
  for (let i = from; i < to; i++) {
    const cell = cells[i];
    if (sheets[i] === undefined && cell !== undefined) {
      sheets[i] = cell.sheet;
      packed[i] = pack(cell.cell);
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

/**
 * One indicator's in-month figures in one area, by month ordinal (periods.ts monthOrdinal): a
 * stretch of its dataset's SeriesMonths, from its first month to its last, laid out once the
 * dataset knows both (aggregation.ts). Each observation's figures and cells are copied into the
 * arrays as it is added, while it is at hand, not looked up again later.
 *
 * A window is added up month by month, in order, when it is asked for: the longest a scorecard
 * asks for is 12 months (a year to date, a rolling year), an SPC point is one month, and a window
 * added directly costs no more than building running totals for the series would, while it keeps
 * nothing more in memory than the figures themselves.
 */
export class MonthSeries {
  /**
   * `first`: the month ordinal of its first month; `offset` and `length`: where its months are in
   * `months`, one entry a month.
   */
  constructor(
    private readonly months: SeriesMonths,
    private readonly first: number,
    private readonly offset: number,
    private readonly length: number,
  ) {}

  get(ordinal: number): Observation | undefined {
    const k = ordinal - this.first;
    return k >= 0 && k < this.length ? this.months.observations[this.offset + k] : undefined;
  }

  set(ordinal: number, o: Observation): void {
    const k = ordinal - this.first;
    if (k < 0 || k >= this.length)
      throw new InvariantError(`Month ${ordinal} is outside the series' months, laid out in advance.`);
    const i = this.offset + k;
    const { numerator, denominator } = this.months;
    this.months.observations[i] = o;
    const { packed } = o;
    if (packed) {
      // Cells given as numbers: their locations are not made (cellList.ts makes them when asked).
      put(numerator, i, o.numerator, undefined, packed.sheet, packed.numeratorCell);
      put(denominator, i, o.denominator, undefined, packed.sheet, packed.denominatorCell);
    } else {
      const { sources } = o;
      put(numerator, i, o.numerator, sources?.numerator, undefined, -1);
      put(denominator, i, o.denominator, sources?.denominator, undefined, -1);
    }
  }

  /** The window's first entry, or -1 when it runs past the series or a month in it has no in-month numerator. */
  private windowStart(last: number, count: number): number {
    const from = last - count + 1 - this.first;
    const to = last + 1 - this.first;
    if (from < 0 || to > this.length) return -1;
    const { values } = this.months.numerator;
    const start = this.offset + from;
    for (let i = start; i < start + count; i++) if (values[i] !== values[i]) return -1;
    return start;
  }

  /**
   * The figure of the `count` months ending at `last`, each side combined by its kind (no
   * denominator for a count), with the cells behind it when every one is known; undefined when a
   * month in it has no in-month numerator. Made straight from the arrays, nothing in between: this
   * runs for every figure of every indicator in every area.
   */
  figure(last: number, count: number, unit: Unit, numeratorKind: CountKind, denominatorKind?: CountKind): Figure | undefined {
    const from = this.windowStart(last, count);
    if (from < 0) return undefined;
    const to = from + count;
    const { numerator, denominator } = this.months;
    const counted = combinedValue(numerator, from, to, numeratorKind) ?? 0;
    const numeratorCells = knownCells(numerator, from, to, numeratorKind);
    const shared = denominatorKind === undefined ? undefined : combinedValue(denominator, from, to, denominatorKind);
    // A side with no value names no cells; a denominator with a value must have its cells known.
    const denominatorCells =
      shared === undefined || denominatorKind === undefined ? NO_CELLS : knownCells(denominator, from, to, denominatorKind);
    let source: FigureSource | undefined;
    if (numeratorCells !== undefined && denominatorCells !== undefined) {
      const numeratorMean = isMean(numeratorKind, from, to);
      const denominatorMean = shared !== undefined && denominatorKind !== undefined && isMean(denominatorKind, from, to);
      // Literals of a fixed shape, not a spread.
      source =
        numeratorMean || denominatorMean
          ? {
              kind: 'counts',
              numerator: numeratorCells,
              denominator: denominatorCells,
              mean: { numerator: numeratorMean, denominator: denominatorKind === undefined ? undefined : denominatorMean },
            }
          : { kind: 'counts', numerator: numeratorCells, denominator: denominatorCells };
    }
    return { value: resultOf(unit, counted, shared), numerator: counted, denominator: shared, source };
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
    const counted = combinedValue(this.months.numerator, from, to, numerator) ?? 0;
    return resultOf(unit, counted, denominator ? combinedValue(this.months.denominator, from, to, denominator) : undefined);
  }
}
