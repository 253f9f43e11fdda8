/** Excel.RangeFormat, with its font, fill and borders. */
import type { CellState } from './document';
import { FakeOfficeError } from './document';
import { ClientObject } from './clientObject';
import type { RangeTarget } from './rangeCells';
import { eachCell } from './rangeCells';

export class FakeRangeFont {
  constructor(private readonly format: FakeRangeFormat) {}
  set bold(v: boolean) {
    this.format._style('font.bold', v, (c) => (c.format.bold = v));
  }
  set italic(v: boolean) {
    this.format._style('font.italic', v, (c) => (c.format.italic = v));
  }
  set size(v: number) {
    this.format._style('font.size', v, (c) => (c.format.size = v));
  }
  set color(v: string) {
    this.format._style('font.color', v, (c) => (c.format.color = v));
  }
}

export class FakeRangeFill {
  constructor(private readonly format: FakeRangeFormat) {}
  set color(v: string) {
    this.format._style('fill.color', v, (c) => (c.format.fill = v));
  }
}

export class FakeRangeBorder {
  constructor(
    private readonly format: FakeRangeFormat,
    private readonly index: string,
  ) {}
  set style(v: string) {
    if (this.index !== 'EdgeBottom')
      throw new FakeOfficeError('InvalidArgument', 'The fake host models EdgeBottom borders only.');
    this.format._style('border.bottom', v, (c) => (c.format.borderBottom = v));
  }
}

export class FakeRangeFormat extends ClientObject<RangeTarget> {
  get font(): FakeRangeFont {
    return new FakeRangeFont(this);
  }
  get fill(): FakeRangeFill {
    return new FakeRangeFill(this);
  }
  get borders(): { getItem(index: string): FakeRangeBorder } {
    return { getItem: (index: string) => new FakeRangeBorder(this, index) };
  }
  set horizontalAlignment(v: any) {
    this._style('horizontalAlignment', v, (c) => (c.format.hAlign = v));
  }
  set verticalAlignment(v: any) {
    this._style('verticalAlignment', v, (c) => (c.format.vAlign = v));
  }
  set wrapText(v: boolean) {
    this._style('wrapText', v, (c) => (c.format.wrap = v));
  }
  set columnWidth(points: number) {
    this._set('format.columnWidth', points, (t) => {
      for (let c = t.box.left; c <= Math.min(t.box.right, 16384); c++) t.sheet.columnWidths.set(c, points);
    });
  }
  set rowHeight(points: number) {
    this._set('format.rowHeight', points, (t) => {
      for (let r = t.box.top; r <= Math.min(t.box.bottom, t.box.top + 100000); r++) t.sheet.rowHeights.set(r, points);
    });
  }
  set useStandardHeight(v: boolean) {
    this._set('format.useStandardHeight', v, (t) => {
      if (v)
        for (const r of [...t.sheet.rowHeights.keys()]) if (r >= t.box.top && r <= t.box.bottom) t.sheet.rowHeights.delete(r);
    });
  }
  set useStandardWidth(v: boolean) {
    this._set('format.useStandardWidth', v, (t) => {
      if (v)
        for (const c of [...t.sheet.columnWidths.keys()]) if (c >= t.box.left && c <= t.box.right) t.sheet.columnWidths.delete(c);
    });
  }

  autofitColumns(): void {
    this._set('format.autofitColumns', undefined, (t) => {
      for (let c = t.box.left; c <= Math.min(t.box.right, 16384); c++) {
        let longest = 0;
        for (let r = t.box.top; r <= Math.min(t.box.bottom, 10000); r++)
          longest = Math.max(longest, String(t.sheet.cell(r, c)?.value ?? '').length);
        t.sheet.columnWidths.set(c, Math.max(8.43, longest) * 7 * 0.75);
      }
    });
  }

  _style(description: string, value: unknown, apply: (cell: CellState) => void): void {
    this._set(`format.${description}`, value, (t) => eachCell(t, apply));
  }

  get columnWidth(): number {
    return this._get('columnWidth');
  }
  get rowHeight(): number {
    return this._get('rowHeight');
  }

  /** Widths and heights in points; Excel's defaults are 48 (8.43 characters) and 15. */
  protected _read(t: RangeTarget, property: string): unknown {
    if (property === 'columnWidth') return t.sheet.columnWidths.get(t.box.left) ?? 48;
    if (property === 'rowHeight') return t.sheet.rowHeights.get(t.box.top) ?? 15;
    throw new FakeOfficeError('InvalidArgument', `The fake host does not load RangeFormat.${property}.`);
  }
}
