/**
 * A data table row's observation, kept as numbers: where its cells are is known from the row's
 * position, so their locations (for messages, and for figures whose cells are not given as
 * numbers) are made only when asked for. A data table of 180,000 rows then makes one object a
 * row, not eight (locations, their address texts, and the sources holding them), which the
 * engine would otherwise carry and the garbage collector mark on every run.
 */
import { cellAddress, cellColumnOf, cellRowOf } from '../address';
import type { Basis, CellLocation, MonthKey, Observation, PackedSources } from '../types';

const located = (sheet: string, packed: number): CellLocation | undefined =>
  packed < 0 ? undefined : { sheet, cell: cellAddress(cellRowOf(packed), cellColumnOf(packed)) };

interface TableFigures {
  numerator?: number;
  denominator?: number;
  value?: number;
}

/**
 * Where a row's figures are, packed (address.ts packedAt): its numerator's, denominator's and
 * value's cells as sources (-1 where it has none), and its first cell.
 */
interface TableCells {
  sheet: string;
  numerator: number;
  denominator: number;
  value: number;
  first: number;
}

/** The observation is its own packed sources (types.ts): one object a row. */
export class TableObservation implements Observation, PackedSources {
  readonly numerator?: number;
  readonly denominator?: number;
  readonly value?: number;
  readonly excluding?: string;
  readonly month: MonthKey;
  readonly basis: Basis;
  readonly sheet: string;
  readonly numeratorCell: number;
  readonly denominatorCell: number;
  private readonly valueCell: number;
  private readonly firstCell: number;

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
    this.sheet = cells.sheet;
    this.numeratorCell = cells.numerator;
    this.denominatorCell = cells.denominator;
    this.valueCell = cells.value;
    this.firstCell = cells.first;
    if (where.excluding) this.excluding = where.excluding;
  }

  get packed(): PackedSources {
    return this;
  }

  /** The row's first cell. */
  get at(): CellLocation {
    return located(this.sheet, this.firstCell) ?? { sheet: this.sheet, cell: '' };
  }

  /** The cells the figures sit in, as observations from other readers hold them. */
  get sources(): { numerator?: CellLocation; denominator?: CellLocation; value?: CellLocation } {
    return {
      numerator: located(this.sheet, this.numeratorCell),
      denominator: located(this.sheet, this.denominatorCell),
      value: located(this.sheet, this.valueCell),
    };
  }
}
