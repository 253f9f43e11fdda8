/**
 * The scorecard vocabulary. Pure data: no Office or ExcelJS types anywhere in the engine.
 */

/** H: higher is better; L: lower is better; T: stay close to the target. */
export type Polarity = 'H' | 'L' | 'T';
/**
 * R12M rolling 12 months; YTD year to date (from 1 April); SS snapshot at month end; Month the
 * reporting month alone; Quarter the latest complete financial quarter; QTD the financial
 * quarter to date (see periods.ts).
 */
export type DataPeriod = 'R12M' | 'YTD' | 'SS' | 'Month' | 'Quarter' | 'QTD';
export type Unit = 'percentage' | 'rate10k' | 'average' | 'count';
export type Rag = 'G' | 'A' | 'R';
export type Direction = 'improved' | 'same' | 'worse';
/** T bands: absolute (in the result's own units) or relative (a fraction of the target). */
export type BandMode = 'absolute' | 'relative';
/**
 * How a numerator or denominator behaves over a period made of months: a flow adds up
 * (referrals, assessments completed); a stock is a month-end snapshot that does not
 * (population, FTE, children in care): over a period it is the figure at the period's last
 * month ('stock') or the mean of its month ends ('stockAverage').
 */
export type CountKind = 'flow' | 'stock' | 'stockAverage';

export interface Bands {
  inner: number;
  outer: number;
  mode: BandMode;
}

/** An A1 address with its sheet, e.g. { sheet: 'Catalogue', cell: 'H7' }. */
export interface CellLocation {
  sheet: string;
  cell: string;
}

export interface Indicator {
  id: string;
  section: string;
  name: string;
  /**
   * Undefined only for a context measure whose catalogue row leaves it blank: it then has no
   * direction-of-travel arrows (a change is neither better nor worse).
   */
  polarity?: Polarity;
  period: DataPeriod;
  unit: Unit;
  /** Decimal places shown (the result is kept unrounded). */
  decimals: number;
  /**
   * In the result's own units: a percentage is a fraction (85% is 0.85), as Excel stores it.
   * Undefined for a context measure (referrals in the month): a result, a trend and arrows, no RAG.
   */
  target?: number;
  /** H/L only: the Amber/Red boundary, inclusive. */
  floor?: number;
  /** T only. */
  bands?: Bands;
  /** No RAG when the denominator is below this (default 5). */
  minDenominator: number;
  numeratorRef?: string;
  denominatorRef?: string;
  /**
   * Where the months of a monthly series are (a column beside it, or a row above): when blank,
   * the engine looks for the nearest column left of the series (row above) that holds months.
   */
  monthsRef?: string;
  /** How the numerator and denominator add up over months, as the catalogue says (undefined: not said). */
  numeratorKind?: CountKind;
  denominatorKind?: CountKind;
  dataSource: string;
  definition: string;
  /** The analyst asked for an exception page whatever the RAG. */
  exception?: boolean;
  /** A net-change measure: results, targets and numerators may be negative (catalogue: Negative allowed). */
  negativeAllowed?: boolean;
  /** Comparator figures (statistical neighbours, England), in the result's own units. */
  benchmarks?: { label: string; value: number }[];
  /** Where each catalogue field sits, for located messages and live formulas. */
  at: Partial<Record<CatalogueField, CellLocation>>;
  /** The catalogue row's own location (first cell). */
  row: CellLocation;
  /**
   * The ID cell as it was read, a number or a text (absent for anything else): formulas over the
   * catalogue check that its row still holds this ID, so a catalogue sorted after a run shows #N/A
   * rather than another indicator's target (plan/formulas.ts catalogueRef).
   */
  idAsTyped?: number | string;
}

export type CatalogueField =
  | 'id'
  | 'section'
  | 'name'
  | 'polarity'
  | 'period'
  | 'unit'
  | 'decimals'
  | 'target'
  | 'floor'
  | 'innerBand'
  | 'outerBand'
  | 'bandType'
  | 'minDenominator'
  | 'numeratorRef'
  | 'denominatorRef'
  | 'monthsRef'
  | 'numeratorKind'
  | 'denominatorKind'
  | 'dataSource'
  | 'definition'
  | 'statNeighbours'
  | 'england'
  | 'exception'
  | 'negativeAllowed';

/** A calendar month, as 'YYYY-MM'. Figures are month-end figures. */
export type MonthKey = string;

/**
 * How an observation's figures relate to the indicator's data period:
 * - period: already the indicator's own figure (the R12M/YTD total, or the snapshot);
 * - R3M: the rolling 3 months figure;
 * - month: in-month counts, which the engine aggregates into R12M/YTD/R3M.
 */
export type Basis = 'period' | 'R3M' | 'month';

/**
 * Cells in order, as numbers: entries `from` to `to` - 1 of the arrays, which a month series
 * shares among all the windows over it (cellList.ts). Each cell's sheet, its address packed as
 * one number (address.ts packedCell; -1 when it is not an A1 address, whose location then says
 * it) and its location where one was given (cellList.ts makes the others when asked).
 */
export interface CellList {
  readonly from: number;
  readonly to: number;
  readonly sheets: readonly (string | undefined)[];
  readonly packed: ArrayLike<number>;
  readonly locations: readonly (CellLocation | undefined)[];
  /**
   * When every cell is on one sheet, each the one below the last, down one column (a data table's
   * months of one figure: most figures), that sheet and the first cell packed; undefined and -1
   * otherwise. Worked out as the list is made, while its arrays are at hand, so that a formula's
   * reference to it reads nothing more of them (cellList.ts columnRunOf).
   */
  readonly columnSheet: string | undefined;
  readonly columnTop: number;
}

/**
 * Which workbook cells a figure came from, so a written result can be a live formula over them:
 * a result given directly in one cell, or numerators and denominators (summed over months).
 */
export type FigureSource =
  | { kind: 'value'; at: CellLocation }
  | {
      kind: 'counts';
      numerator: CellList;
      denominator: CellList;
      /** Month-end stocks averaged over the period (AVERAGE) rather than added up (SUM). */
      mean?: { numerator?: boolean; denominator?: boolean };
    };

/** A row's numerator and denominator cells on one sheet, packed (address.ts packedAt); -1 where there is none. */
export interface PackedSources {
  readonly sheet: string;
  readonly numeratorCell: number;
  readonly denominatorCell: number;
}

export interface Observation {
  indicatorId: string;
  area: string;
  /** The cohort these figures leave out (UASC, say); absent for figures about every child. */
  excluding?: string;
  month: MonthKey;
  basis: Basis;
  numerator?: number;
  denominator?: number;
  /** A result given directly (earlier months may be published as a result only) or a count. */
  value?: number;
  at: CellLocation;
  /** The cells the figures sit in (a count-only indicator's count is its numerator). */
  sources?: { numerator?: CellLocation; denominator?: CellLocation; value?: CellLocation };
  /**
   * The numerator's and denominator's cells of `sources` as numbers, where the reader had them as
   * numbers (a data table's row): the engine then reads these, not the addresses' text.
   */
  packed?: PackedSources;
}

export interface Settings {
  title: string;
  /** The area that catalogue references describe; the scorecard's top level. */
  area: string;
  month?: MonthKey;
}
