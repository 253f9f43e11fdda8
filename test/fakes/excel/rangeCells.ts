/** The cells a range covers, and what Excel does with what is written to them. */
import type { RangeBox } from '../../../src/engine/address';
import { boxAddress } from '../../../src/engine/address';
import type { CellState, Scalar } from './document';
import { FakeOfficeError, SheetState } from './document';
import { CELL_TEXT_MAX, FORMULA_MAX, typed } from './excelRules';

export interface RangeTarget {
  sheet: SheetState;
  box: RangeBox;
}

export function eachCell(t: RangeTarget, fn: (cell: CellState, row: number, column: number) => void, onlyExisting = false): void {
  const { box: b, sheet } = t;
  const area = (b.bottom - b.top + 1) * (b.right - b.left + 1);
  if (onlyExisting || area > 200000) {
    for (const [key, cell] of sheet.cells) {
      const [r, c] = SheetState.position(key);
      if (r >= b.top && r <= b.bottom && c >= b.left && c <= b.right) fn(cell, r, c);
    }
    return;
  }
  for (let r = b.top; r <= b.bottom; r++) for (let c = b.left; c <= b.right; c++) fn(sheet.edit(r, c), r, c);
}

export function matrix<V>(t: RangeTarget, read: (cell: CellState | undefined) => V): V[][] {
  const rows: V[][] = [];
  for (let r = t.box.top; r <= t.box.bottom; r++) {
    const row: V[] = [];
    for (let c = t.box.left; c <= t.box.right; c++) row.push(read(t.sheet.cell(r, c)));
    rows.push(row);
  }
  return rows;
}

export function checkShape(t: RangeTarget, rows: unknown[][]): void {
  const height = t.box.bottom - t.box.top + 1;
  const width = t.box.right - t.box.left + 1;
  if (rows.length !== height || rows.some((r) => r.length !== width)) {
    throw new FakeOfficeError(
      'InvalidArgument',
      `The number of rows or columns in the input array doesn't match the size of the range ${boxAddress(t.box)}.`,
    );
  }
}

/**
 * What Excel does with something written to a cell through values or formulas: text is taken as
 * if typed (see excelRules.typed); null leaves the cell as it was.
 * https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-ranges-set-get-values
 */
export function writeInput(cell: CellState, input: unknown): void {
  if (input === null || input === undefined) return;
  delete cell.formula;
  delete cell.error;
  if (typeof input === 'string') {
    if (input.length > CELL_TEXT_MAX)
      throw new FakeOfficeError(
        'InvalidArgument',
        `A cell holds at most ${CELL_TEXT_MAX} characters; this text has ${input.length}.`,
      );
    const result = typed(input, cell.numberFormat);
    if (result.formula && result.formula.length > FORMULA_MAX)
      throw new FakeOfficeError(
        'InvalidArgument',
        `A formula has at most ${FORMULA_MAX} characters; this one has ${result.formula.length}.`,
      );
    cell.value = result.value;
    if (result.formula) cell.formula = result.formula;
    if (result.error) cell.error = result.error;
    if (result.numberFormat && cell.numberFormat === 'General') cell.numberFormat = result.numberFormat;
  } else if (typeof input === 'number' && !Number.isFinite(input)) {
    throw new FakeOfficeError('InvalidArgument', `${input} is not a number Excel can hold.`);
  } else {
    cell.value = input as Scalar;
  }
}

export function valueOf(cell: CellState | undefined): Scalar {
  if (!cell) return '';
  if (cell.error) return cell.error;
  return cell.value ?? '';
}

export function valueType(cell: CellState | undefined): string {
  if (!cell || (cell.value === null && !cell.error)) return cell?.formula ? 'Error' : 'Empty';
  if (cell.error) return 'Error';
  return typeof cell.value === 'number' ? 'Double' : typeof cell.value === 'boolean' ? 'Boolean' : 'String';
}

export function intersects(a: RangeBox, b: RangeBox): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}
