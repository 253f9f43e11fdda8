/**
 * Reading a sheet's cells without changing it. ExcelJS's getRow and getCell create every row and
 * cell they are asked for: reading a table that runs to the sheet's last row that way took minutes
 * and made the saved file grow by megabytes of empty rows. Here only rows and cells that exist
 * are looked at, and a table is read to its last filled row and column, never further.
 */
import type ExcelJS from 'exceljs';
import type { RangeBox, RawCell, RawFormula, RawRange, RawTable } from '../../engine';
import { boxAddress, cellAddress, MAX_TABLE_CELLS } from '../../engine';
import { formulaOf, readCell } from './cells';

/** How far a sheet's rows and cells reach (ExcelJS's rowCount and columnCount). */
export function extentOf(sheet: ExcelJS.Worksheet): { rowCount: number; columnCount: number } {
  return { rowCount: sheet.rowCount, columnCount: sheet.columnCount };
}

/**
 * The cells of a box, blank where the sheet has no row or cell; nothing is created. With
 * `withFormulas`, formula cells' text too (behind references only: an output sheet's formulas are not wanted).
 */
export function readCells(sheet: ExcelJS.Worksheet, box: RangeBox, withFormulas = false): RawRange {
  const cells: RawCell[][] = [];
  const formulas: RawFormula[] = [];
  for (let r = box.top; r <= box.bottom; r++) {
    const row = sheet.findRow(r);
    const values: RawCell[] = [];
    for (let c = box.left; c <= box.right; c++) {
      const cell = row?.findCell(c);
      // As in Excel, only a merged area's top-left cell holds its value; the rest read as blank.
      const shown = cell && !(cell.isMerged && cell.master !== cell) ? cell : undefined;
      values.push(shown ? readCell(shown) : null);
      const formula = withFormulas && shown && formulaOf(shown);
      if (formula) formulas.push({ row: r, column: c, formula });
    }
    cells.push(values);
  }
  return {
    sheet: sheet.name,
    address: boxAddress(box),
    top: box.top,
    left: box.left,
    cells,
    ...(formulas.length ? { formulas } : {}),
  };
}

/**
 * The box cut to its last row and column holding a value (never above or left of its first
 * cell, which holds the headers). Costs one look at each filled cell, however large the box.
 */
export function filledBox(sheet: ExcelJS.Worksheet, box: RangeBox): RangeBox {
  let bottom = box.top;
  let right = box.left;
  sheet.eachRow({ includeEmpty: false }, (row, r) => {
    if (r < box.top || r > box.bottom) return;
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (c < box.left || c > box.right || cell.value === null || cell.value === '') return;
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
    });
  });
  return { top: box.top, left: box.left, bottom, right };
}

/**
 * A table's filled cells; when even those are more than any scorecard needs (a stray value in
 * the sheet's far corner), only its first cell and how far it reaches, for the engine to say so.
 */
export function readTableCells(sheet: ExcelJS.Worksheet, box: RangeBox): Pick<RawTable, 'range' | 'tooLarge' | 'hiddenRows'> {
  const filled = filledBox(sheet, box);
  const count = (filled.bottom - filled.top + 1) * (filled.right - filled.left + 1);
  if (count <= MAX_TABLE_CELLS) {
    const hiddenRows: number[] = [];
    for (let r = filled.top; r <= filled.bottom; r++) if (sheet.findRow(r)?.hidden) hiddenRows.push(r);
    return { range: readCells(sheet, filled), ...(hiddenRows.length ? { hiddenRows } : {}) };
  }
  const corner = { ...filled, bottom: filled.top, right: filled.left };
  return { range: readCells(sheet, corner), tooLarge: { reaches: cellAddress(filled.bottom, filled.right), cells: count } };
}
