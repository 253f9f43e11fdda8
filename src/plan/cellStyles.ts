/**
 * What each cell of a planned sheet looks like, from the sheet's styled ranges (later ranges win,
 * as the gateways apply them): what widths and heights need to measure text.
 */
import { parseRangeAddress } from '../engine';
import type { SheetPlan, Style } from './types';

export type CellStyle = Pick<Style, 'bold' | 'fontSize' | 'wrap' | 'hAlign' | 'fontColor'>;

const NONE: CellStyle = {};

/** A lookup of each cell's measured style, by 1-based row and column. */
export function styleLookup(sheet: Pick<SheetPlan, 'styles' | 'cells'>): (row: number, column: number) => CellStyle {
  const rows = sheet.cells.length;
  const columns = sheet.cells[0]?.length ?? 0;
  const styles = new Map<number, CellStyle>();
  for (const { range, style } of sheet.styles) {
    const { bold, fontSize, wrap, hAlign, fontColor } = style;
    if ([bold, fontSize, wrap, hAlign, fontColor].every((v) => v === undefined)) continue;
    const box = parseRangeAddress(range);
    if (!box) continue;
    // Each distinct style a cell had before this range becomes one merged style, made once.
    const merged = new Map<CellStyle, CellStyle>();
    for (let r = box.top; r <= Math.min(box.bottom, rows); r++) {
      for (let c = box.left; c <= Math.min(box.right, columns); c++) {
        const k = r * 16_384 + c;
        const was = styles.get(k) ?? NONE;
        let now = merged.get(was);
        if (!now) {
          now = {
            bold: bold ?? was.bold,
            fontSize: fontSize ?? was.fontSize,
            wrap: wrap ?? was.wrap,
            hAlign: hAlign ?? was.hAlign,
            fontColor: fontColor ?? was.fontColor,
          };
          merged.set(was, now);
        }
        styles.set(k, now);
      }
    }
  }
  return (row, column) => styles.get(row * 16_384 + column) ?? NONE;
}
