/**
 * What each cell of a planned sheet looks like, from the sheet's styled ranges (later ranges win,
 * as the gateways apply them): what widths and heights need to measure text.
 */
import { parseRangeAddress as parseRangeAddressExport } from '../engine';
import type { SheetPlan, Style } from './types';

/** Bound once: a use through an import reads the module's export each time (a getter, in CommonJS). */
const parseRangeAddress = parseRangeAddressExport;

export type CellStyle = Pick<Style, 'bold' | 'fontSize' | 'wrap' | 'hAlign' | 'fontColor'>;

const NONE: CellStyle = {};

/**
 * A lookup of each cell's measured style, by 1-based row and column: each cell holds the index of
 * its style among the distinct ones made, so a sheet of thousands of cells makes one small array
 * and a few style objects, not a map entry per cell.
 */
export function styleLookup(sheet: Pick<SheetPlan, 'styles' | 'cells'>): (row: number, column: number) => CellStyle {
  const rows = sheet.cells.length;
  const columns = sheet.cells[0]?.length ?? 0;
  const distinct: CellStyle[] = [NONE];
  const at = new Int32Array(rows * columns);
  for (const { range, style } of sheet.styles) {
    const { bold, fontSize, wrap, hAlign, fontColor } = style;
    if (bold === undefined && fontSize === undefined && wrap === undefined && hAlign === undefined && fontColor === undefined) {
      continue;
    }
    const box = parseRangeAddress(range);
    if (!box) continue;
    // Each distinct style a cell had before this range becomes one merged style, made once: by
    // the earlier style's index, in a plain array (a map lookup for every cell showed in the profile).
    const merged: number[] = [];
    for (let r = box.top; r <= Math.min(box.bottom, rows); r++) {
      for (let c = box.left; c <= Math.min(box.right, columns); c++) {
        const k = (r - 1) * columns + (c - 1);
        const was = at[k] ?? 0;
        let now = merged[was];
        if (now === undefined) {
          const before = distinct[was] ?? NONE;
          now = distinct.length;
          distinct.push({
            bold: bold ?? before.bold,
            fontSize: fontSize ?? before.fontSize,
            wrap: wrap ?? before.wrap,
            hAlign: hAlign ?? before.hAlign,
            fontColor: fontColor ?? before.fontColor,
          });
          merged[was] = now;
        }
        at[k] = now;
      }
    }
  }
  return (row, column) =>
    row >= 1 && row <= rows && column >= 1 && column <= columns
      ? (distinct[at[(row - 1) * columns + (column - 1)] ?? 0] ?? NONE)
      : NONE;
}
