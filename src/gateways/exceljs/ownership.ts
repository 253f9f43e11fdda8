import type ExcelJS from 'exceljs';
import type { RangeBox } from '../../engine';
import { parseRangeAddress } from '../../engine';
import type { ForeignCell } from '../placement';

const outside = (row: number, column: number, box: RangeBox) =>
  row < box.top || row > box.bottom || column < box.left || column > box.right;

/** What people typed on an output sheet outside the scorecard's block, read without creating cells. */
export function foreignCellsOf(sheet: ExcelJS.Worksheet, box: RangeBox): ForeignCell[] {
  const found: ForeignCell[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (!outside(r, c, box) || cell.value === null || cell.value === undefined || cell.value === '') return;
      if (cell.isMerged && cell.master !== cell) return;
      found.push({ row: r, column: c, text: cell.text });
    });
  });
  return found;
}

/** Everything of an old output sheet outside its block: cells with their styles, widths, heights, merges. */
interface KeptOutside {
  cells: { row: number; column: number; value: ExcelJS.CellValue; style: Partial<ExcelJS.Style> }[];
  widths: { column: number; width: number }[];
  heights: { row: number; height: number }[];
  merges: string[];
}

export function keepOutside(sheet: ExcelJS.Worksheet, box: RangeBox): KeptOutside {
  const kept: KeptOutside = { cells: [], widths: [], heights: [], merges: [] };
  sheet.eachRow({ includeEmpty: false }, (row, r) => {
    if (r > box.bottom && row.height) kept.heights.push({ row: r, height: row.height });
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (outside(r, c, box)) kept.cells.push({ row: r, column: c, value: cell.value, style: cell.style });
    });
  });
  for (let c = box.right + 1; c <= sheet.columnCount; c++) {
    const width = sheet.getColumn(c).width;
    if (width) kept.widths.push({ column: c, width });
  }
  const merges = Object.values((sheet as unknown as { _merges: Record<string, { range: string }> })._merges).map((m) => m.range);
  kept.merges = merges.filter((m) => {
    const b = parseRangeAddress(m);
    return b !== undefined && (b.top > box.bottom || b.left > box.right);
  });
  return kept;
}

export function restoreOutside(sheet: ExcelJS.Worksheet, kept: KeptOutside): void {
  for (const { row, column, value, style } of kept.cells) {
    const cell = sheet.getCell(row, column);
    cell.value = value;
    cell.style = style;
  }
  for (const { column, width } of kept.widths) sheet.getColumn(column).width = width;
  for (const { row, height } of kept.heights) sheet.getRow(row).height = height;
  for (const range of kept.merges) sheet.mergeCells(range);
}
