/**
 * The cells behind a figure as few references as possible, in the order given: a run of cells
 * down a column or along a row on one sheet is one range ('Data'!$E$26:$E$37), and runs along
 * successive rows over the same columns are one block ('Return'!$B$5:$D$6), as a range is read
 * row by row. Cells are never reordered to make a range: the formula adds them up in the order
 * the engine did. Each cell is parsed once, without a regex, as this runs for every figure.
 */
import type { CellLocation } from '../engine';
// Straight from address.ts, not the engine's index: this runs for every cell behind every figure.
import { cellColumnOf, cellRowOf, columnLetters, packedCell, quotedSheet } from '../engine/address';

/** A rectangle of cells on one sheet (1-based, inclusive), or one cell that is not an A1 address. */
interface Run {
  sheet: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
  /** The cell's own text when it could not be read as A1 (written as it is, never merged). */
  verbatim?: string;
}

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

function refOf(run: Run): string {
  if (run.verbatim !== undefined) return sheetPrefix(run.sheet) + run.verbatim;
  const start = absolute(run.top, run.left);
  const single = run.top === run.bottom && run.left === run.right;
  return sheetPrefix(run.sheet) + (single ? start : `${start}:${absolute(run.bottom, run.right)}`);
}

/** Whether the run can take (row, column) as its next cell: one line, next down or next along. */
function extends1D(run: Run, sheet: string, row: number, column: number): boolean {
  if (run.verbatim !== undefined || sheet !== run.sheet) return false;
  const single = run.top === run.bottom && run.left === run.right;
  const down = column === run.left && column === run.right && row === run.bottom + 1;
  const along = row === run.top && row === run.bottom && column === run.right + 1;
  if (single) return down || along;
  return run.left === run.right ? down : along;
}

/** Whether `next`, a run along one row, continues `block` as its next row over the same columns. */
function extendsBlock(block: Run, next: Run): boolean {
  return (
    block.verbatim === undefined &&
    next.verbatim === undefined &&
    next.sheet === block.sheet &&
    block.right > block.left &&
    next.left === block.left &&
    next.right === block.right &&
    next.top === next.bottom &&
    next.top === block.bottom + 1
  );
}

/** The cells in runs along a line, in order. */
function lineRuns(cells: readonly CellLocation[]): Run[] {
  const runs: Run[] = [];
  let run: Run | undefined;
  for (const { sheet, cell } of cells) {
    const at = packed(cell);
    if (at < 0) {
      runs.push({ sheet, top: 0, left: 0, bottom: 0, right: 0, verbatim: cell });
      run = undefined;
      continue;
    }
    const row = rowOf(at);
    const column = columnOf(at);
    if (run && extends1D(run, sheet, row, column)) {
      run.bottom = row;
      run.right = column;
    } else {
      run = { sheet, top: row, left: column, bottom: row, right: column };
      runs.push(run);
    }
  }
  return runs;
}

/** The cells as few references as possible (the module's comment says how). */
export function rangeRefs(cells: readonly CellLocation[]): string[] {
  const refs: string[] = [];
  let block: Run | undefined;
  for (const run of lineRuns(cells)) {
    if (block && extendsBlock(block, run)) {
      block.bottom = run.bottom;
      continue;
    }
    if (block) refs.push(refOf(block));
    block = run;
  }
  if (block) refs.push(refOf(block));
  return refs;
}
