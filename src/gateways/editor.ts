import type { CellLocation, RangeBox, RawCell, RawRange } from '../engine';

/** One contract table the workbook may lack: its headers and an example row, with number formats. */
export interface StarterTable {
  tableName: string;
  /** The sheet it goes on, or that name with " 2", " 3" … when taken. */
  sheetName: string;
  rows: (string | number | null)[][];
  /** Number formats by 'row,column' (0-based). */
  formats: Record<string, string>;
}

/** The scenario sheet as found: its name (absent when there is none) and its cells. */
export interface ScenarioCells {
  sheet?: string;
  cells?: RawCell[][];
}

/** What was read around the selected cells, for proposing catalogue rows from them. */
export interface SelectionBlock {
  /** The selection's address as Excel gives it ("'Monthly return'!B5:M5"). */
  address: string;
  /** The selected cells on `block.sheet`. */
  selection: RangeBox;
  /** The selection's sheet from A1 to the selection's right edge, down to the sheet's last filled row. */
  block: RawRange;
  /** The catalogue table as it stands (header row first), when the workbook has one. */
  catalogue?: { table: string; range: RawRange };
  /** A sheet named Catalogue that is not an Excel table, when there is one. */
  catalogueSheet?: string;
}

/**
 * Everything the task pane does to the open workbook besides a recalculation (which goes through
 * WorkbookGateway): saved scenarios, what-if changes written to the catalogue, going to a cell,
 * the selection, setting up the contract tables. The pane knows this interface only; the
 * Office.js gateway implements it.
 */
export interface WorkbookEditor {
  readScenarios(sheetName: string): Promise<ScenarioCells>;
  /** Replaces the scenario sheet's contents with these rows (text written as text), adding the sheet if needed. */
  writeScenarios(found: ScenarioCells, sheetName: string, rows: (string | number | null)[][]): Promise<void>;
  /** Writes numbers into single cells: what-if changes applied to the catalogue's own cells. */
  writeNumbers(writes: { at: CellLocation; value: number }[]): Promise<void>;
  /** Activates the cell's sheet and selects it. */
  goTo(at: CellLocation): Promise<void>;
  /** Writes the selected range's address into a cell, as text, and returns it. */
  useSelection(target: CellLocation): Promise<string>;
  /** Adds each table the workbook lacks (by table name) on a sheet of its own; returns the sheets added. */
  addMissingTables(tables: StarterTable[]): Promise<string[]>;
  /** Reads the selected cells' sheet around them and the catalogue table, if any. */
  readSelection(): Promise<SelectionBlock>;
  /** Adds rows at the bottom of an Excel table (text written as text). */
  appendTableRows(table: string, rows: (string | number | null)[][]): Promise<void>;
}
