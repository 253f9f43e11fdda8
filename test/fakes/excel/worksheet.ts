/** Excel.Worksheet, its protection, and the worksheet collection. */
import type { RangeBox } from '../../../src/engine/address';
import { boxAddress, columnIndex } from '../../../src/engine/address';
import { notLoaded } from './context';
import type { SheetState } from './document';
import { box, FakeOfficeError, WHOLE_SHEET } from './document';
import { FakeChartCollection } from './charts';
import type { Resolver } from './clientObject';
import { ClientObject, propertyNames } from './clientObject';
import { FakeRange } from './range';
import type { RangeTarget } from './rangeCells';

/** '5:5' (whole rows) and 'A:A' (whole columns) as well as ordinary addresses. */
export function rangeBox(address: string): RangeBox {
  const rows = /^\$?(\d+):\$?(\d+)$/.exec(address);
  if (rows) return { top: Number(rows[1]), bottom: Number(rows[2]), left: 1, right: WHOLE_SHEET.right };
  const cols = /^\$?([A-Z]+):\$?([A-Z]+)$/i.exec(address);
  if (cols?.[1] && cols[2])
    return { top: 1, bottom: WHOLE_SHEET.bottom, left: columnIndex(cols[1]), right: columnIndex(cols[2]) };
  return box(address);
}

export class FakeWorksheet extends ClientObject<SheetState> {
  get name(): string {
    return this._get('name');
  }
  set name(v: string) {
    this._set('worksheet.name', v, (s) => this._core.doc.renameSheet(s, v));
  }
  get position(): number {
    return this._get('position');
  }
  get tabColor(): string {
    return this._get('tabColor');
  }
  set tabColor(v: string) {
    this._set('worksheet.tabColor', v, (s) => (s.tabColor = v));
  }
  get visibility(): any {
    return this._get('visibility');
  }
  set visibility(v: any) {
    this._set('worksheet.visibility', v, (s) => this._core.doc.setVisibility(s, String(v)));
  }
  /** A copy of the whole sheet, named as Excel names copies ("Scorecard (2)"), placed at the end. */
  copy(positionType?: any): FakeWorksheet {
    let made: SheetState | null = null;
    this._set(`worksheet.copy ${positionType ?? 'None'}`, undefined, (s) => {
      made = this._core.doc.copySheet(s);
    });
    return new FakeWorksheet(this._core, () => (made && this._core.doc.sheets.includes(made) ? made : null), false);
  }
  get charts(): FakeChartCollection {
    return this._child('charts', () => new FakeChartCollection(this._core, this._resolve, this._nullable));
  }
  get protection(): FakeWorksheetProtection {
    return this._child('protection', () => new FakeWorksheetProtection(this._core, this._resolve, this._nullable));
  }
  get pageLayout(): { orientation: any; zoom: any; setPrintTitleRows(rows: string): void } {
    const self = this;
    return {
      set orientation(v: any) {
        self._set('pageLayout.orientation', v, (s) => (s.orientation = v));
      },
      /** PageLayoutZoomOptions: scale 10-400, or pages wide/tall (ExcelApi 1.9). */
      set zoom(v: any) {
        self._set('pageLayout.zoom', v, (s) => {
          if (v.scale !== undefined && (v.scale < 10 || v.scale > 400))
            throw new FakeOfficeError('InvalidArgument', 'The zoom scale must be between 10 and 400.');
          s.zoom = { ...v };
        });
      },
      /** "The range must span the entire row to be valid" (PageLayout.setPrintTitleRows). */
      setPrintTitleRows(rows: string) {
        self._set('pageLayout.setPrintTitleRows', rows, (s) => {
          if (!/^\$?\d+:\$?\d+$/.test(rows))
            throw new FakeOfficeError('InvalidArgument', 'The print title rows must span entire rows.');
          s.printTitleRows = rows;
        });
      },
    } as { orientation: any; zoom: any; setPrintTitleRows(rows: string): void };
  }
  /** Manual breaks above each range's first row (ExcelApi 1.9). */
  get horizontalPageBreaks(): { add(range: string): object } {
    return {
      add: (range: string) => {
        this._set('horizontalPageBreaks.add', range, (s) => s.pageBreaks.push(box(range).top));
        return {};
      },
    };
  }
  get freezePanes(): {
    freezeAt(range: FakeRange | string): void;
    unfreeze(): void;
    getLocationOrNullObject(): FakeRange;
  } {
    return {
      getLocationOrNullObject: () =>
        new FakeRange(
          this._core,
          () => {
            const s = this._resolve();
            return s?.freeze ? { sheet: s, box: box(s.freeze) } : null;
          },
          true,
        )._probe(),
      freezeAt: (range: FakeRange | string) =>
        this._set('freezePanes.freezeAt', typeof range === 'string' ? range : 'range', (s) => {
          s.freeze =
            typeof range === 'string'
              ? range
              : boxAddress((range as unknown as { _resolve: Resolver<RangeTarget> })._resolve()!.box);
        }),
      unfreeze: () => this._set('freezePanes.unfreeze', undefined, (s) => delete s.freeze),
    };
  }
  getRange(address?: string): FakeRange {
    return new FakeRange(
      this._core,
      () => {
        const sheet = this._resolve();
        return sheet ? { sheet, box: address ? rangeBox(address) : WHOLE_SHEET } : null;
      },
      this._nullable,
    );
  }
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    return this.getRange(
      boxAddress({ top: startRow + 1, left: startColumn + 1, bottom: startRow + rowCount, right: startColumn + columnCount }),
    );
  }
  /** The used range; on a blank sheet, A1, as Excel documents. */
  getUsedRange(_valuesOnly?: boolean): FakeRange {
    return new FakeRange(
      this._core,
      () => {
        const sheet = this._resolve();
        return sheet ? { sheet, box: sheet.usedBox() ?? { top: 1, left: 1, bottom: 1, right: 1 } } : null;
      },
      this._nullable,
    );
  }
  getUsedRangeOrNullObject(_valuesOnly?: boolean): FakeRange {
    return new FakeRange(
      this._core,
      () => {
        const sheet = this._resolve();
        const used = sheet?.usedBox();
        return sheet && used ? { sheet, box: used } : null;
      },
      true,
    )._probe();
  }
  activate(): void {
    this._set('worksheet.activate', undefined, (s) => (this._core.doc.active = s));
  }
  delete(): void {
    this._set('worksheet.delete', undefined, (s) => this._core.doc.deleteSheet(s));
  }
  protected _read(s: SheetState, property: string): unknown {
    if (property === 'name') return s.name;
    if (property === 'position') return this._core.doc.sheets.indexOf(s);
    if (property === 'visibility') return s.visibility;
    if (property === 'tabColor') return s.tabColor;
    throw new FakeOfficeError('InvalidArgument', `The fake host does not model Worksheet.${property}.`);
  }
}

export class FakeWorksheetProtection extends ClientObject<SheetState> {
  get protected(): boolean {
    return this._get('protected');
  }
  protected _read(s: SheetState, property: string): unknown {
    if (property === 'protected') return s.protected;
    throw new FakeOfficeError('InvalidArgument', `The fake host does not model WorksheetProtection.${property}.`);
  }
}

export class FakeWorksheetCollection extends ClientObject<SheetState[]> {
  private _items?: FakeWorksheet[];

  get items(): FakeWorksheet[] {
    if (!this._items) throw notLoaded('WorksheetCollection', 'items');
    return this._items;
  }
  override load(props?: any): this {
    const names = propertyNames(props).map((p) => p.replace(/^items\//, ''));
    this._core.enqueue(
      'load worksheets',
      undefined,
      () => {
        this._items = this._core.doc.sheets.map((s) => {
          const w = new FakeWorksheet(this._core, () => (this._core.doc.sheets.includes(s) ? s : null), false);
          (w as unknown as { _null: boolean })._null = false;
          for (const n of names)
            (w as unknown as { _loaded: Map<string, unknown> })._loaded.set(
              n,
              (w as unknown as { _read(s: SheetState, p: string): unknown })._read(s, n),
            );
          return w;
        });
      },
      false,
    );
    return this;
  }
  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this._core, () => this._core.doc.sheetByKey(key) ?? null, false);
  }
  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(this._core, () => this._core.doc.sheetByKey(key) ?? null, true)._probe();
  }
  add(name?: string): FakeWorksheet {
    const sheetName = name ?? `Sheet${this._core.doc.sheets.length + 1}`;
    let made: SheetState | null = null;
    this._core.enqueue('worksheets.add', sheetName, () => (made = this._core.doc.insertSheet(sheetName)));
    return new FakeWorksheet(this._core, () => (made && this._core.doc.sheets.includes(made) ? made : null), false);
  }
  protected _read(): unknown {
    throw new FakeOfficeError('InvalidArgument', 'Load worksheets with items/...');
  }
}
