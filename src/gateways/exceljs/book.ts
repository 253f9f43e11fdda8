/**
 * What the file gateways read a workbook through: its sheets' cells, its tables and its names.
 * Two sources give it: a workbook file's own package, read from its XML (packageBook.ts, the
 * CLI's), and an ExcelJS model held in memory (modelBook.ts, for workbooks built in code). The
 * reading rules (read.ts) are written once, over this.
 */
import type { RangeBox, RawRange, RawTable } from '../../engine';

export interface Extent {
  rowCount: number;
  columnCount: number;
}

/** One sheet's cells, read without changing anything. */
export interface BookSheet {
  readonly name: string;
  /** How far the sheet's rows and cells reach. */
  extent(): Extent;
  /** The cells of a box, blank where the sheet has none; with `withFormulas`, formula cells' text too. */
  readCells(box: RangeBox, withFormulas?: boolean): RawRange;
  /** The box cut to its last row and column holding a value (never above or left of its first cell). */
  filledBox(box: RangeBox): RangeBox;
  /** A table's filled cells; when there are more than any scorecard needs, only its first cell and how far it reaches. */
  readTable(box: RangeBox): Pick<RawTable, 'range' | 'tooLarge' | 'hiddenRows'>;
}

export interface BookTable {
  name: string;
  /** The table's A1 range on its sheet, header row included, and its totals row when it has one. */
  ref: string;
  sheet: BookSheet;
  /** Rows at the foot of `ref` that are the table's Total Row (Table Design > Total Row): not data. */
  totalsRows?: number;
}

/** A defined name: the cells it refers to, or none when it is defined by a formula or a constant. */
export interface BookName {
  name: string;
  /** Each area it refers to ('Data'!$A$1:$B$9), or undefined when it is not cells. */
  ranges?: string[];
  /** What it refers to, as written (for messages). */
  refersTo: string;
  /**
   * The sheet a sheet-level name belongs to (Excel's "Scope" in the Name Manager), where the source
   * tells; undefined for a name of the whole workbook. ExcelJS's model keeps no scope.
   */
  scope?: string;
}

export interface Book {
  readonly sheetNames: string[];
  /** A sheet by name, in any case, as Excel matches names. */
  sheet(name: string): BookSheet | undefined;
  tables(): BookTable[];
  names(): BookName[];
}
