/** One row of a table as the contract readers see it (tables.ts reads the table). */
import { cellAddress, packedAt } from '../address';
import type { RawCell } from '../rawCell';
import type { CellLocation } from '../types';

/** A table's rows, with each field's cell and where it sits. */
export interface TableRow<F extends string> {
  index: number;
  location: CellLocation;
  cell(field: F): RawCell;
  at(field: F): CellLocation;
  /** The field's cell packed as a number (address.ts packedAt), on the row's sheet. */
  packedAt(field: F): number;
  /** The row's first cell (its location) packed. */
  readonly packedLocation: number;
  readonly sheet: string;
  has(field: F): boolean;
}

/** One row of a table; methods on the prototype, so a 100,000-row table costs no closures. */
export class TableRowView<F extends string> implements TableRow<F> {
  constructor(
    private readonly cells: RawCell[],
    readonly sheet: string,
    private readonly rowNumber: number,
    private readonly left: number,
    private readonly columns: Map<F, number>,
    readonly index: number,
  ) {}

  get location(): CellLocation {
    return { sheet: this.sheet, cell: cellAddress(this.rowNumber, this.left) };
  }

  get packedLocation(): number {
    return packedAt(this.rowNumber, this.left);
  }

  has(field: F): boolean {
    return this.columns.has(field);
  }

  cell(field: F): RawCell {
    const offset = this.columns.get(field);
    return offset === undefined ? null : (this.cells[offset] ?? null);
  }

  at(field: F): CellLocation {
    return { sheet: this.sheet, cell: cellAddress(this.rowNumber, this.left + (this.columns.get(field) ?? 0)) };
  }

  packedAt(field: F): number {
    return packedAt(this.rowNumber, this.left + (this.columns.get(field) ?? 0));
  }
}
