/** Excel.NamedItem and the name collection. */
import { boxAddress } from '../../../src/engine/address';
import { notLoaded } from './context';
import type { NameState } from './document';
import { box, FakeOfficeError, quoted } from './document';
import type { Resolver } from './clientObject';
import { ClientObject, propertyNames } from './clientObject';
import { FakeRange } from './range';
import type { RangeTarget } from './rangeCells';

export class FakeNamedItem extends ClientObject<NameState> {
  get name(): string {
    return this._get('name');
  }
  get type(): any {
    return this._get('type');
  }
  get formula(): any {
    return this._get('formula');
  }
  /** A name may be pointed elsewhere by its formula (ExcelApi 1.7): "='Sheet 1'!$A$1:$N$60". */
  set formula(v: any) {
    this._set('name.formula', v, (n) => {
      const text = String(v).replace(/^=/, '');
      const bang = text.lastIndexOf('!');
      const sheet = this._core.doc.sheet(text.slice(0, bang).replace(/^'|'$/g, '').replace(/''/g, "'"));
      if (bang < 0 || !sheet)
        throw new FakeOfficeError('InvalidArgument', `The fake host sets names to ranges only: ${String(v)}`);
      n.sheet = sheet;
      n.formula = undefined;
      n.address = box(text.slice(bang + 1)).top ? text.slice(bang + 1).replace(/\$/g, '') : n.address;
    });
  }
  getRange(): FakeRange {
    return new FakeRange(this._core, () => this._rangeOf(), this._nullable);
  }
  getRangeOrNullObject(): FakeRange {
    return new FakeRange(this._core, () => this._rangeOf(), true)._probe();
  }
  delete(): void {
    this._set('name.delete', undefined, (n) => (this._core.doc.names = this._core.doc.names.filter((x) => x !== n)));
  }
  private _rangeOf(): RangeTarget | null {
    const n = this._resolve();
    if (!n || !this._core.doc.sheets.includes(n.sheet) || (n.formula !== undefined && !n.address)) return null;
    return { sheet: n.sheet, box: box(n.address) };
  }
  protected _read(n: NameState, property: string): unknown {
    if (property === 'name') return n.name;
    if (property === 'type')
      return !this._core.doc.sheets.includes(n.sheet) ? 'Error' : n.formula && !n.address ? 'Double' : 'Range';
    if (property === 'formula') {
      if (n.formula !== undefined) return `=${n.formula}`;
      const absolute = n.address.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
      return this._core.doc.sheets.includes(n.sheet) ? `=${quoted(n.sheet.name)}!${absolute}` : `=#REF!${absolute}`;
    }
    throw new FakeOfficeError('InvalidArgument', `The fake host does not model NamedItem.${property}.`);
  }
}

export class FakeNamedItemCollection extends ClientObject<NameState[]> {
  private _items?: FakeNamedItem[];

  get items(): FakeNamedItem[] {
    if (!this._items) throw notLoaded('NamedItemCollection', 'items');
    return this._items;
  }
  override load(props?: any): this {
    const names = propertyNames(props).map((p) => p.replace(/^items\//, ''));
    this._core.enqueueLoad('load names', () => {
      this._items = this._core.doc.names.map((n) => {
        const item = new FakeNamedItem(this._core, () => (this._core.doc.names.includes(n) ? n : null), false);
        (item as unknown as { _null: boolean })._null = false;
        for (const p of names)
          (item as unknown as { _loaded: Map<string, unknown> })._loaded.set(
            p,
            (item as unknown as { _read(n: NameState, p: string): unknown })._read(n, p),
          );
        return item;
      });
      return JSON.stringify(
        this._items.map((i) => names.map((p) => (i as unknown as { _loaded: Map<string, unknown> })._loaded.get(p))),
      ).length;
    });
    return this;
  }
  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this._core, () => this._core.doc.name(name) ?? null, false);
  }
  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(this._core, () => this._core.doc.name(name) ?? null, true)._probe();
  }
  add(name: string, reference: FakeRange | string, comment?: string): FakeNamedItem {
    this._core.enqueue('names.add', { name, comment }, () => {
      if (this._core.doc.name(name)) throw new FakeOfficeError('ItemAlreadyExists', `The name ${name} already exists.`);
      if (typeof reference === 'string')
        throw new FakeOfficeError('InvalidArgument', 'The fake host adds names for ranges only.');
      const t = (reference as unknown as { _resolve: Resolver<RangeTarget> })._resolve();
      if (!t) throw new FakeOfficeError('InvalidArgument', 'Name reference does not exist.');
      this._core.doc.names.push({ name, sheet: t.sheet, address: boxAddress(t.box), comment: comment ?? '' });
    });
    return this.getItem(name);
  }
  protected _read(): unknown {
    throw new FakeOfficeError('InvalidArgument', 'The fake host does not load name collections.');
  }
}
