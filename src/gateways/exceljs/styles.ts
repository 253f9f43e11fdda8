/**
 * Cell styles for the ExcelJS gateway, shared between cells. ExcelJS works out each cell's style
 * id on save by rendering the cell's style object to XML, unless it has seen that very object
 * before: a 20,000-indicator scorecard's 350,000 styled cells, each with its own object, made the
 * save slow. Here each distinct style is one object, built once, that every cell with it shares.
 */
import type ExcelJS from 'exceljs';
import { parseRangeAddress } from '../../engine';
import type { SheetPlan, Style } from '../../plan';

export const argb = (hex: string): string => `FF${hex.replace('#', '').toUpperCase()}`;

type CellStyle = Partial<ExcelJS.Style>;

/** The cell style after the plan's style is applied over it: later properties win, fonts merge. */
function withStyle(base: CellStyle, style: Style): CellStyle {
  const next: CellStyle = { ...base };
  if (style.bold !== undefined || style.italic !== undefined || style.fontSize || style.fontColor) {
    next.font = {
      ...base.font,
      ...(style.bold !== undefined ? { bold: style.bold } : {}),
      ...(style.italic !== undefined ? { italic: style.italic } : {}),
      ...(style.fontSize ? { size: style.fontSize } : {}),
      ...(style.fontColor ? { color: { argb: argb(style.fontColor) } } : {}),
    };
  }
  if (style.fill) next.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(style.fill) } };
  if (style.hAlign || style.vAlign || style.wrap) {
    next.alignment = {
      ...base.alignment,
      ...(style.hAlign ? { horizontal: style.hAlign } : {}),
      ...(style.vAlign ? { vertical: style.vAlign === 'center' ? 'middle' : style.vAlign } : {}),
      ...(style.wrap ? { wrapText: true } : {}),
    };
  }
  if (style.borderBottom) next.border = { ...base.border, bottom: { style: 'thin' } };
  return next;
}

/**
 * The distinct styles of one write, by small number: 0 is no style. Applying a number format or
 * a plan style to a style gives another, remembered, so each combination is built once.
 */
export class StyleTable {
  private readonly styles: CellStyle[] = [{}];
  private readonly next = new Map<string, number>();

  private add(key: string, make: () => CellStyle): number {
    let id = this.next.get(key);
    if (id === undefined) {
      id = this.styles.length;
      this.styles.push(Object.freeze(make()));
      this.next.set(key, id);
    }
    return id;
  }

  withNumberFormat(id: number, format: string): number {
    return this.add(`${id}#${format}`, () => ({ ...this.style(id), numFmt: format }));
  }

  /** `index` names the plan style (its place in the sheet's list), so the key stays short. */
  withStyle(id: number, index: number, style: Style): number {
    return this.add(`${id}|${index}`, () => withStyle(this.style(id), style));
  }

  /** The shared style object; frozen, so a change meant for one cell can never reach another. */
  style(id: number): CellStyle {
    const style = this.styles[id];
    if (!style) throw new Error(`No cell style ${id} in this write`);
    return style;
  }
}

/**
 * Each cell's style id: its number format, then the plan's styles in order over it. Keyed by
 * row and column; cells with no style are left out.
 */
export function cellStyles(plan: SheetPlan, table: StyleTable): Map<number, number> {
  const ids = new Map<number, number>();
  const key = (r: number, c: number): number => r * 16_384 + c;
  plan.cells.forEach((cells, r) =>
    cells.forEach((cell, c) => {
      if (cell.numberFormat) ids.set(key(r + 1, c + 1), table.withNumberFormat(0, cell.numberFormat));
    }),
  );
  plan.styles.forEach(({ range, style }, index) => {
    const box = parseRangeAddress(range);
    if (!box) throw new Error(`Bad range in plan: ${range}`);
    for (let r = box.top; r <= box.bottom; r++) {
      for (let c = box.left; c <= box.right; c++) ids.set(key(r, c), table.withStyle(ids.get(key(r, c)) ?? 0, index, style));
    }
  });
  return ids;
}
