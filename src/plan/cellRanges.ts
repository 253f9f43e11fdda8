/**
 * The cells behind a figure as few references as possible, in the order given: a run of cells
 * down a column or along a row on one sheet is one range ('Data'!$E$26:$E$37), and runs along
 * successive rows over the same columns are one block ('Return'!$B$5:$D$6), as a range is read
 * row by row. Cells are never reordered to make a range: the formula adds them up in the order
 * the engine did. The cells come as numbers (engine CellList: each address packed once, as its
 * row was read), so this, which runs for every figure, parses nothing.
 */
import type { CellList, CellLocation } from '../engine';
import { cellList } from '../engine';
// Straight from address.ts, not the engine's index: this runs for every cell behind every figure.
import { cellColumnOf, cellRowOf, columnLetters, packedCell, quotedSheet } from '../engine/address';

/** Quoted sheet names, by name: a figure names the same few sheets over and over. */
const QUOTED = new Map<string, string>();

function sheetPrefix(sheet: string): string {
  let quoted = QUOTED.get(sheet);
  if (quoted === undefined) {
    quoted = `${quotedSheet(sheet)}!`;
    if (QUOTED.size < 4096) QUOTED.set(sheet, quoted);
  }
  return quoted;
}

/**
 * The address functions bound once: a call through an import reads the module's export each time
 * (a getter, in the CommonJS that tsx and tsc emit), which showed in the profile for every cell.
 */
const packed = packedCell;
const rowOf = cellRowOf;
const columnOf = cellColumnOf;
const letters = columnLetters;

const absolute = (row: number, column: number): string => `$${letters(column)}$${row}`;

/** An absolute reference to a cell on any sheet: 'County figures'!$C$5. */
export function cellRef(location: CellLocation): string {
  const at = packed(location.cell);
  return sheetPrefix(location.sheet) + (at < 0 ? location.cell : absolute(rowOf(at), columnOf(at)));
}

/**
 * The references of a list of cells, merged as the module's comment says, read from the list's
 * numbers alone: a run is kept in plain numbers while it grows (its sheet, its corners), and the
 * block of runs before it likewise, so a figure allocates nothing but its references' text.
 */
class Merger {
  readonly refs: string[] = [];
  // The run being grown: a line of cells (down a column or along a row); runSheet undefined when none.
  private runSheet: string | undefined;
  private top = 0;
  private left = 0;
  private bottom = 0;
  private right = 0;
  // The block of runs before it: rows over the same columns; blockSheet undefined when none.
  private blockSheet: string | undefined;
  private blockTop = 0;
  private blockLeft = 0;
  private blockBottom = 0;
  private blockRight = 0;

  /** The next cell, A1 (row and column) on `sheet`. */
  add(sheet: string, row: number, column: number): void {
    if (this.runSheet !== undefined && this.extends1D(sheet, row, column)) {
      this.bottom = row;
      this.right = column;
      return;
    }
    this.endRun();
    this.runSheet = sheet;
    this.top = this.bottom = row;
    this.left = this.right = column;
  }

  /** The next cell, not an A1 address: written as it is, merged with nothing. */
  addVerbatim(sheet: string, cell: string): void {
    this.endRun();
    this.endBlock();
    this.refs.push(sheetPrefix(sheet) + cell);
  }

  /** The references, once every cell is added. */
  finish(): string[] {
    this.endRun();
    this.endBlock();
    return this.refs;
  }

  /** Whether the run can take (row, column) as its next cell: one line, next down or next along. */
  private extends1D(sheet: string, row: number, column: number): boolean {
    if (sheet !== this.runSheet) return false;
    const { top, left, bottom, right } = this;
    const down = column === left && column === right && row === bottom + 1;
    const along = row === top && row === bottom && column === right + 1;
    if (top === bottom && left === right) return down || along;
    return left === right ? down : along;
  }

  /** The run ends: it continues the block as its next row over the same columns, or starts the next block. */
  private endRun(): void {
    const sheet = this.runSheet;
    if (sheet === undefined) return;
    this.runSheet = undefined;
    const continues =
      this.blockSheet === sheet &&
      this.blockRight > this.blockLeft &&
      this.left === this.blockLeft &&
      this.right === this.blockRight &&
      this.top === this.bottom &&
      this.top === this.blockBottom + 1;
    if (continues) {
      this.blockBottom = this.bottom;
      return;
    }
    this.endBlock();
    this.blockSheet = sheet;
    this.blockTop = this.top;
    this.blockLeft = this.left;
    this.blockBottom = this.bottom;
    this.blockRight = this.right;
  }

  private endBlock(): void {
    const sheet = this.blockSheet;
    if (sheet === undefined) return;
    this.blockSheet = undefined;
    const start = absolute(this.blockTop, this.blockLeft);
    const single = this.blockTop === this.blockBottom && this.blockLeft === this.blockRight;
    this.refs.push(sheetPrefix(sheet) + (single ? start : `${start}:${absolute(this.blockBottom, this.blockRight)}`));
  }
}

/**
 * The list's one reference when its cells run down one column of one sheet, as a data table's
 * months of one figure do (most figures): made at once from what the engine worked out as it made
 * the list (CellList.columnSheet), reading nothing of its arrays. Undefined otherwise.
 */
function columnRun(list: CellList): string | undefined {
  const { columnSheet: sheet, columnTop: first } = list;
  if (sheet === undefined || first < 0) return undefined;
  const row = rowOf(first);
  const column = columnOf(first);
  const start = absolute(row, column);
  const length = list.to - list.from;
  return sheetPrefix(sheet) + (length === 1 ? start : `${start}:${absolute(row + (length - 1), column)}`);
}

/** The list's cells as few references as possible (the module's comment says how). */
export function listRefs(list: CellList): string[] {
  const run = columnRun(list);
  if (run !== undefined) return [run];
  const merger = new Merger();
  const { sheets, packed, locations } = list;
  for (let k = list.from; k < list.to; k++) {
    const sheet = sheets[k] ?? '';
    const at = packed[k] ?? -1;
    if (at >= 0) merger.add(sheet, rowOf(at), columnOf(at));
    else merger.addVerbatim(sheet, locations[k]?.cell ?? '');
  }
  return merger.finish();
}

/** The cells as few references as possible (the module's comment says how). */
export function rangeRefs(cells: readonly CellLocation[]): string[] {
  return listRefs(cellList(cells));
}
