/** Excel.Range. */
import type { RangeBox } from '../../../src/engine/address';
import { boxAddress } from '../../../src/engine/address';
import { box, FakeOfficeError, fullAddress, SheetState, WHOLE_SHEET } from './document';
import type { Resolver } from './clientObject';
import { ClientObject } from './clientObject';
import { FakeConditionalFormatCollection } from './conditionalFormats';
import type { RangeTarget } from './rangeCells';
import { checkShape, intersects, matrix, valueOf, valueType, writeInput } from './rangeCells';
import { FakeRangeAreas } from './rangeAreas';
import { FakeRangeFormat } from './rangeFormat';
import { visibleAreas } from './excelRules';
import { FakeWorksheet, rangeBox } from './worksheet';

export class FakeRange extends ClientObject<RangeTarget> {
  get address(): string {
    return this._get('address');
  }
  get values(): any[][] {
    return this._get('values');
  }
  set values(rows: any[][]) {
    this._set('range.values', rows, (t) => {
      checkShape(t, rows);
      rows.forEach((row, i) => row.forEach((v, j) => writeInput(t.sheet.edit(t.box.top + i, t.box.left + j), v)));
    });
  }
  get valueTypes(): Excel.RangeValueType[][] {
    return this._get('valueTypes');
  }
  get formulas(): any[][] {
    return this._get('formulas');
  }
  set formulas(rows: any[][]) {
    this._set('range.formulas', rows, (t) => {
      checkShape(t, rows);
      rows.forEach((row, i) => row.forEach((v, j) => writeInput(t.sheet.edit(t.box.top + i, t.box.left + j), v)));
    });
  }
  get numberFormat(): any[][] {
    return this._get('numberFormat');
  }
  set numberFormat(rows: any[][]) {
    this._set('range.numberFormat', rows, (t) => {
      checkShape(t, rows);
      rows.forEach((row, i) => row.forEach((v, j) => (t.sheet.edit(t.box.top + i, t.box.left + j).numberFormat = String(v))));
    });
  }
  get text(): string[][] {
    return this._get('text');
  }

  get format(): FakeRangeFormat {
    return this._child('format', () => new FakeRangeFormat(this._core, this._resolve, this._nullable));
  }
  get conditionalFormats(): FakeConditionalFormatCollection {
    return this._child(
      'conditionalFormats',
      () => new FakeConditionalFormatCollection(this._core, this._resolve, this._nullable),
    );
  }
  get worksheet(): FakeWorksheet {
    return this._child('worksheet', () => new FakeWorksheet(this._core, () => this._resolve()?.sheet ?? null, this._nullable));
  }

  protected _read(t: RangeTarget, property: string): unknown {
    switch (property) {
      case 'address':
        return fullAddress(t.sheet, t.box);
      case 'values':
        return matrix(t, valueOf);
      case 'valueTypes':
        return matrix(t, valueType);
      case 'formulas':
        return matrix(t, (c) => c?.formula ?? valueOf(c));
      case 'numberFormat':
        return matrix(t, (c) => c?.numberFormat ?? 'General');
      case 'text':
        return matrix(t, (c) => String(valueOf(c)));
      case 'rowHidden': {
        // True when every row is hidden, false when none is, null when some are (ExcelApi 1.2):
        // https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-rowhidden-member
        let hidden = 0;
        for (let r = t.box.top; r <= t.box.bottom; r++) if (t.sheet.hiddenRows.has(r)) hidden++;
        return hidden === 0 ? false : hidden === t.box.bottom - t.box.top + 1 ? true : null;
      }
      case 'rowIndex':
        return t.box.top - 1;
      case 'columnIndex':
        return t.box.left - 1;
      default:
        throw new FakeOfficeError('InvalidArgument', `The fake host does not model Range.${property}.`);
    }
  }

  get rowIndex(): number {
    return this._get('rowIndex');
  }
  get rowHidden(): boolean {
    return this._get('rowHidden');
  }
  get columnIndex(): number {
    return this._get('columnIndex');
  }

  clear(applyTo?: any): void {
    this._set(`range.clear ${applyTo ?? 'All'}`, undefined, (t) => {
      if (
        t.box === WHOLE_SHEET ||
        (t.box.bottom === WHOLE_SHEET.bottom && t.box.right === WHOLE_SHEET.right && t.box.top === 1 && t.box.left === 1)
      ) {
        t.sheet.cells.clear();
        t.sheet.merges = [];
      } else {
        t.sheet.clear(t.box);
      }
    });
  }
  merge(across?: boolean): void {
    this._set('range.merge', across, (t) => t.sheet.merges.push(boxAddress(t.box)));
  }
  unmerge(): void {
    this._set('range.unmerge', undefined, (t) => {
      t.sheet.merges = t.sheet.merges.filter((m) => !intersects(box(m), t.box));
    });
  }
  /** Row `row` (0-based) of this range, as wide as the range. */
  getRow(row: number): FakeRange {
    return this._derived((t) => ({ ...t, box: { ...t.box, top: t.box.top + row, bottom: t.box.top + row } }));
  }
  /** The range grown (or shrunk) by the deltas, from the same top-left cell. */
  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this._derived((t) => {
      const bottom = t.box.bottom + deltaRows;
      const right = t.box.right + deltaColumns;
      if (bottom < t.box.top || right < t.box.left || bottom > WHOLE_SHEET.bottom || right > WHOLE_SHEET.right) {
        throw new FakeOfficeError('InvalidArgument', 'The resized range is outside the sheet.');
      }
      return { ...t, box: { ...t.box, bottom, right } };
    });
  }
  /**
   * The rows just below this range, as wide as it; Excel cannot give rows past the sheet's last,
   * so asking below a range that ends there fails, as getResizedRange past the edge does.
   * https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-getrowsbelow-member(1)
   */
  getRowsBelow(count = 1): FakeRange {
    return this._derived((t) => {
      const [top, bottom] = count > 0 ? [t.box.bottom + 1, t.box.bottom + count] : [t.box.bottom + count + 1, t.box.bottom];
      if (count === 0 || top < 1 || bottom > WHOLE_SHEET.bottom)
        throw new FakeOfficeError('InvalidArgument', 'The rows below are outside the sheet.');
      return { ...t, box: { ...t.box, top, bottom } };
    });
  }
  /** The cells of this range of one kind; only "Visible" is modelled (excelRules.visibleAreas). */
  getSpecialCellsOrNullObject(cellType: any, _cellValueType?: any): FakeRangeAreas {
    if (cellType !== 'Visible')
      throw new FakeOfficeError('InvalidArgument', `The fake host models getSpecialCells("Visible") only, not "${cellType}".`);
    const self = this._resolve;
    return new FakeRangeAreas(
      this._core,
      () => {
        const t = self();
        const areas = t ? visibleAreas(t.box, t.sheet.hiddenRows, t.sheet.hiddenColumns) : [];
        return t && areas.length ? { sheet: t.sheet, areas } : null;
      },
      true,
    )._probe();
  }
  /** The part of this range that holds values; a null object when it holds none (ExcelApi 1.4). */
  getUsedRangeOrNullObject(_valuesOnly?: boolean): FakeRange {
    const self = this._resolve;
    return new FakeRange(
      this._core,
      () => {
        const t = self();
        if (!t) return null;
        let used: RangeBox | undefined;
        for (const [key, cell] of t.sheet.cells) {
          if (cell.value === null && !cell.formula && !cell.error) continue;
          const [r, c] = SheetState.position(key);
          if (r < t.box.top || r > t.box.bottom || c < t.box.left || c > t.box.right) continue;
          used = used
            ? {
                top: Math.min(used.top, r),
                left: Math.min(used.left, c),
                bottom: Math.max(used.bottom, r),
                right: Math.max(used.right, c),
              }
            : { top: r, left: c, bottom: r, right: c };
        }
        return used ? { sheet: t.sheet, box: used } : null;
      },
      true,
    )._probe();
  }
  /** The smallest range holding both (Office.js itself uses it to cut a big write into chunks). */
  getBoundingRect(other: FakeRange | string): FakeRange {
    return this._derived((t) => {
      const o =
        typeof other === 'string'
          ? { sheet: t.sheet, box: box(other) }
          : (other as unknown as { _resolve: Resolver<RangeTarget> })._resolve();
      if (!o) throw new FakeOfficeError('InvalidArgument', 'The other range is a null object.');
      if (o.sheet !== t.sheet) throw new FakeOfficeError('InvalidArgument', 'The ranges are on different sheets.');
      return {
        sheet: t.sheet,
        box: {
          top: Math.min(t.box.top, o.box.top),
          left: Math.min(t.box.left, o.box.left),
          bottom: Math.max(t.box.bottom, o.box.bottom),
          right: Math.max(t.box.right, o.box.right),
        },
      };
    });
  }
  getIntersectionOrNullObject(other: FakeRange | string): FakeRange {
    const self = this._resolve;
    const range = new FakeRange(
      this._core,
      () => {
        const t = self();
        if (!t) return null;
        const o = typeof other === 'string' ? { sheet: t.sheet, box: rangeBox(other) } : other._resolve();
        if (!o || o.sheet !== t.sheet || !intersects(t.box, o.box)) return null;
        const b = {
          top: Math.max(t.box.top, o.box.top),
          left: Math.max(t.box.left, o.box.left),
          bottom: Math.min(t.box.bottom, o.box.bottom),
          right: Math.min(t.box.right, o.box.right),
        };
        return { sheet: t.sheet, box: b };
      },
      true,
    );
    return range._probe();
  }
  private _derived(shape: (t: RangeTarget) => RangeTarget): FakeRange {
    const self = this._resolve;
    return new FakeRange(
      this._core,
      () => {
        const t = self();
        return t ? shape(t) : null;
      },
      this._nullable,
    );
  }
  /**
   * Pastes another range here, as Excel's paste does: cells with their formulas, number formats
   * and formats, the rules and merged areas inside the source, and (for a whole-sheet source,
   * like pasting a sheet selected with Ctrl+A) column widths and row heights. Only a paste to the
   * same position is modelled: the fake does not shift relative references.
   */
  copyFrom(source: FakeRange | string, copyType?: any): void {
    this._set(`range.copyFrom ${copyType ?? 'All'}`, undefined, (t) => {
      const s = typeof source === 'string' ? { sheet: t.sheet, box: rangeBox(source) } : source._resolve();
      if (!s) throw new FakeOfficeError('ItemNotFound', 'The source range does not exist.');
      if ((copyType ?? 'All') !== 'All' || s.box.top !== t.box.top || s.box.left !== t.box.left) {
        throw new FakeOfficeError('InvalidArgument', 'The fake host models copyFrom("All") to the same position only.');
      }
      t.sheet.clear(s.box);
      for (const [key, cell] of s.sheet.cells) {
        const [r, c] = SheetState.position(key);
        if (r >= s.box.top && r <= s.box.bottom && c >= s.box.left && c <= s.box.right) {
          t.sheet.cells.set(key, { ...cell, format: { ...cell.format } });
        }
      }
      const inside = (address: string) => intersects(box(address), s.box);
      t.sheet.merges = [...t.sheet.merges.filter((m) => !intersects(box(m), s.box)), ...s.sheet.merges.filter(inside)];
      t.sheet.cfs = [
        ...t.sheet.cfs.filter((cf) => !intersects(box(cf.range), s.box)),
        ...s.sheet.cfs.filter((cf) => inside(cf.range)).map((cf) => ({ ...cf, format: { ...cf.format } })),
      ];
      if (s.box.bottom === WHOLE_SHEET.bottom && s.box.right === WHOLE_SHEET.right) {
        t.sheet.columnWidths = new Map(s.sheet.columnWidths);
        t.sheet.rowHeights = new Map(s.sheet.rowHeights);
      }
    });
  }
  select(): void {
    this._set('range.select', undefined, (t) => {
      this._core.doc.active = t.sheet;
      this._core.doc.selection = { sheet: t.sheet, address: boxAddress(t.box) };
    });
  }
}
