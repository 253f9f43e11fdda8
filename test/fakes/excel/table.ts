/** Excel.Table and the table collection. */
import { notLoaded } from './context';
import type { TableState } from './document';
import { box, FakeOfficeError } from './document';
import { ClientObject, propertyNames } from './clientObject';
import { FakeRange } from './range';
import { FakeWorksheet } from './worksheet';

export class FakeTable extends ClientObject<TableState> {
  get name(): string {
    return this._get('name');
  }
  set name(v: string) {
    this._set('table.name', v, (t) => (t.name = v));
  }
  get showTotals(): boolean {
    return this._get('showTotals');
  }
  getRange(): FakeRange {
    return new FakeRange(
      this._core,
      () => {
        const t = this._resolve();
        return t ? { sheet: t.sheet, box: box(t.address) } : null;
      },
      this._nullable,
    );
  }
  /** The worksheet containing the table (ExcelApi 1.2): https://learn.microsoft.com/javascript/api/excel/excel.table#excel-excel-table-worksheet-member */
  get worksheet(): FakeWorksheet {
    return this._child('worksheet', () => new FakeWorksheet(this._core, () => this._resolve()?.sheet ?? null, this._nullable));
  }
  getHeaderRowRange(): FakeRange {
    return new FakeRange(
      this._core,
      () => {
        const t = this._resolve();
        if (!t) return null;
        const b = box(t.address);
        return { sheet: t.sheet, box: { ...b, bottom: b.top } };
      },
      this._nullable,
    );
  }
  protected _read(t: TableState, property: string): unknown {
    if (property === 'name') return t.name;
    // "Specifies if the total row is visible" (ExcelApi 1.3):
    // https://learn.microsoft.com/en-us/javascript/api/excel/excel.table#excel-excel-table-showtotals-member
    if (property === 'showTotals') return t.showTotals === true;
    throw new FakeOfficeError('InvalidArgument', `The fake host does not model Table.${property}.`);
  }
}

export class FakeTableCollection extends ClientObject<TableState[]> {
  private _items?: FakeTable[];

  get items(): FakeTable[] {
    if (!this._items) throw notLoaded('TableCollection', 'items');
    return this._items;
  }
  override load(props?: any): this {
    const names = propertyNames(props).map((p) => p.replace(/^items\//, ''));
    this._core.enqueueLoad('load tables', () => {
      this._items = this._core.doc.tables.map((t) => {
        const item = new FakeTable(this._core, () => (this._core.doc.tables.includes(t) ? t : null), false);
        (item as unknown as { _null: boolean })._null = false;
        for (const p of names) (item as unknown as { _loaded: Map<string, unknown> })._loaded.set(p, (item as any)._read(t, p));
        return item;
      });
      return JSON.stringify(this._core.doc.tables.map((t) => t.name)).length;
    });
    return this;
  }
  getItemOrNullObject(name: string): FakeTable {
    return new FakeTable(this._core, () => this._core.doc.table(name) ?? null, true)._probe();
  }
  getItem(name: string): FakeTable {
    return new FakeTable(this._core, () => this._core.doc.table(name) ?? null, false);
  }
  /** address like "Catalogue!A1:Q2"; the first row holds the headers. */
  add(address: string, _hasHeaders: boolean): FakeTable {
    let created: TableState | null = null;
    this._core.enqueue('tables.add', address, () => {
      const bang = address.lastIndexOf('!');
      const sheetName = address.slice(0, bang).replace(/^'|'$/g, '').replace(/''/g, "'");
      const sheet = this._core.doc.sheet(sheetName);
      if (!sheet) throw new FakeOfficeError('ItemNotFound', `No sheet ${sheetName}`);
      created = { name: `Table${this._core.doc.tables.length + 1}`, sheet, address: address.slice(bang + 1).replace(/\$/g, '') };
      this._core.doc.tables.push(created);
    });
    return new FakeTable(this._core, () => created, false);
  }
  protected _read(): unknown {
    throw new FakeOfficeError('InvalidArgument', 'The fake host does not load table collections.');
  }
}
