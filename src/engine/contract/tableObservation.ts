/**
 * A data table row's observation, kept as numbers: where its cells are is known from the row's
 * position, so their locations (for messages, and for figures whose cells are not given as
 * numbers) are made only when asked for. A data table of 180,000 rows then makes one object a
 * row, not eight (locations, their address texts, and the sources holding them), which the
 * engine would otherwise carry and the garbage collector mark on every run.
 */
import { cellAddress, cellColumnOf, cellRowOf } from '../address';
import type { Basis, CellLocation, MonthKey, Observation } from '../types';

/** The row's numerator and denominator cells packed (address.ts packedAt), -1 where it has none. */
interface Packed {
  sheet: string;
  numerator: number;
  denominator: number;
}

const located = (sheet: string, packed: number): CellLocation | undefined =>
  packed < 0 ? undefined : { sheet, cell: cellAddress(cellRowOf(packed), cellColumnOf(packed)) };

interface TableFigures {
  numerator?: number;
  denominator?: number;
  value?: number;
}

/** Where a row's figures are: the packed cells of its first column and of its value (-1: none written as a source). */
interface TableCells {
  packed: Packed;
  value: number;
  first: number;
}

export class TableObservation implements Observation {
  readonly numerator?: number;
  readonly denominator?: number;
  readonly value?: number;
  readonly excluding?: string;
  readonly packed: Packed;
  private readonly valueAt: number;
  private readonly firstAt: number;

  constructor(
    readonly indicatorId: string,
    readonly area: string,
    where: { excluding?: string; month: MonthKey; basis: Basis },
    figures: TableFigures,
    cells: TableCells,
  ) {
    this.month = where.month;
    this.basis = where.basis;
    this.numerator = figures.numerator;
    this.denominator = figures.denominator;
    this.value = figures.value;
    this.packed = cells.packed;
    this.valueAt = cells.value;
    this.firstAt = cells.first;
    if (where.excluding) this.excluding = where.excluding;
  }

  readonly month: MonthKey;
  readonly basis: Basis;

  /** The row's first cell. */
  get at(): CellLocation {
    return located(this.packed.sheet, this.firstAt) ?? { sheet: this.packed.sheet, cell: '' };
  }

  /** The cells the figures sit in, as observations from other readers hold them. */
  get sources(): { numerator?: CellLocation; denominator?: CellLocation; value?: CellLocation } {
    const { sheet, numerator, denominator } = this.packed;
    return {
      numerator: located(sheet, numerator),
      denominator: located(sheet, denominator),
      value: located(sheet, this.valueAt),
    };
  }
}
