/**
 * Proxy objects shaped like Office.js: every command is queued and runs at sync(); a property
 * can be read only after load() and sync(); *OrNullObject gives null objects whose chained
 * children are null too. Member names and types are checked against @types/office-js in
 * conformance.ts.
 */
import type { RangeBox } from '../../../src/engine/address';
import { boxAddress, columnIndex } from '../../../src/engine/address';
import type { FakeContextCore } from './context';
import { notLoaded } from './context';
import type { CellState, CfState, ChartState, DocumentState, NameState, Scalar, SheetState, TableState } from './document';
import { box, FakeOfficeError, fullAddress, quoted, WHOLE_SHEET } from './document';
import { CELL_TEXT_MAX, FORMULA_MAX, typed } from './excelRules';

type Resolver<T> = () => T | null;

function propertyNames(props?: string | string[] | { select?: string }): string[] {
  const list = typeof props === 'string' ? props.split(',') : Array.isArray(props) ? props : (props?.select ?? '').split(',');
  return list.map((p) => p.trim()).filter(Boolean);
}

abstract class ClientObject<T> {
  protected readonly _loaded = new Map<string, unknown>();
  private readonly _children = new Map<string, unknown>();

  /** Navigation properties return the same proxy every time, as in Office.js. */
  protected _child<C>(key: string, make: () => C): C {
    if (!this._children.has(key)) this._children.set(key, make());
    return this._children.get(key) as C;
  }
  protected _null?: boolean;

  constructor(
    protected readonly _core: FakeContextCore,
    protected readonly _resolve: Resolver<T>,
    /** Part of a null-object chain: resolving to nothing is not an error. */
    protected readonly _nullable: boolean,
  ) {}

  get isNullObject(): boolean {
    if (this._null === undefined) throw notLoaded(this.constructor.name, 'isNullObject');
    return this._null;
  }

  /** Resolves at sync; a missing item is an error unless this proxy came from *OrNullObject. */
  protected _target(): T | null {
    const target = this._resolve();
    if (target === null && !this._nullable)
      throw new FakeOfficeError('ItemNotFound', `${this.constructor.name}: the requested resource doesn't exist.`);
    return target;
  }

  protected _mustTarget(action: string): T {
    const target = this._target();
    if (target === null) throw new FakeOfficeError('InvalidObjectPath', `${action} on a null object.`);
    return target;
  }

  /** Queues a check that sets isNullObject at the next sync (what *OrNullObject does). */
  _probe(): this {
    this._core.enqueue(
      'probe',
      undefined,
      () => {
        this._null = this._target() === null;
      },
      false,
    );
    return this;
  }

  load(props?: any): this {
    const names = propertyNames(props);
    this._core.enqueueLoad(`load ${this.constructor.name} ${names.join(',')}`, () => {
      const target = this._target();
      this._null = target === null;
      let bytes = 0;
      for (const name of names) {
        const value = target === null ? null : this._read(target, name);
        this._loaded.set(name, value);
        bytes += JSON.stringify(value ?? null).length;
      }
      this._core.unloaders.push(() => names.forEach((n) => this._loaded.delete(n)));
      return bytes;
    });
    return this;
  }

  protected abstract _read(target: T, property: string): unknown;

  protected _get<V>(property: string): V {
    if (!this._loaded.has(property)) throw notLoaded(this.constructor.name, property);
    return this._loaded.get(property) as V;
  }

  protected _set(description: string, payload: unknown, apply: (target: T) => void): void {
    this._core.enqueue(description, payload, () => apply(this._mustTarget(description)));
  }
}

interface RangeTarget {
  sheet: SheetState;
  box: RangeBox;
}

function eachCell(t: RangeTarget, fn: (cell: CellState, row: number, column: number) => void, onlyExisting = false): void {
  const { box: b, sheet } = t;
  const area = (b.bottom - b.top + 1) * (b.right - b.left + 1);
  if (onlyExisting || area > 200000) {
    for (const [key, cell] of sheet.cells) {
      const [r, c] = key.split(',').map(Number);
      if (r >= b.top && r <= b.bottom && c >= b.left && c <= b.right) fn(cell, r, c);
    }
    return;
  }
  for (let r = b.top; r <= b.bottom; r++) for (let c = b.left; c <= b.right; c++) fn(sheet.edit(r, c), r, c);
}

function matrix<V>(t: RangeTarget, read: (cell: CellState | undefined) => V): V[][] {
  const rows: V[][] = [];
  for (let r = t.box.top; r <= t.box.bottom; r++) {
    const row: V[] = [];
    for (let c = t.box.left; c <= t.box.right; c++) row.push(read(t.sheet.cell(r, c)));
    rows.push(row);
  }
  return rows;
}

function checkShape(t: RangeTarget, rows: unknown[][]): void {
  const height = t.box.bottom - t.box.top + 1;
  const width = t.box.right - t.box.left + 1;
  if (rows.length !== height || rows.some((r) => r.length !== width)) {
    throw new FakeOfficeError(
      'InvalidArgument',
      `The number of rows or columns in the input array doesn't match the size of the range ${boxAddress(t.box)}.`,
    );
  }
}

/**
 * What Excel does with something written to a cell through values or formulas: text is taken as
 * if typed (see excelRules.typed); null leaves the cell as it was.
 * https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-ranges-set-get-values
 */
function writeInput(cell: CellState, input: unknown): void {
  if (input === null || input === undefined) return;
  delete cell.formula;
  delete cell.error;
  if (typeof input === 'string') {
    if (input.length > CELL_TEXT_MAX)
      throw new FakeOfficeError(
        'InvalidArgument',
        `A cell holds at most ${CELL_TEXT_MAX} characters; this text has ${input.length}.`,
      );
    const result = typed(input, cell.numberFormat);
    if (result.formula && result.formula.length > FORMULA_MAX)
      throw new FakeOfficeError(
        'InvalidArgument',
        `A formula has at most ${FORMULA_MAX} characters; this one has ${result.formula.length}.`,
      );
    cell.value = result.value;
    if (result.formula) cell.formula = result.formula;
    if (result.error) cell.error = result.error;
    if (result.numberFormat && cell.numberFormat === 'General') cell.numberFormat = result.numberFormat;
  } else if (typeof input === 'number' && !Number.isFinite(input)) {
    throw new FakeOfficeError('InvalidArgument', `${input} is not a number Excel can hold.`);
  } else {
    cell.value = input as Scalar;
  }
}

function valueOf(cell: CellState | undefined): Scalar {
  if (!cell) return '';
  if (cell.error) return cell.error;
  return cell.value ?? '';
}

function valueType(cell: CellState | undefined): string {
  if (!cell || (cell.value === null && !cell.error)) return cell?.formula ? 'Error' : 'Empty';
  if (cell.error) return 'Error';
  return typeof cell.value === 'number' ? 'Double' : typeof cell.value === 'boolean' ? 'Boolean' : 'String';
}

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
          const [r, c] = key.split(',').map(Number);
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
        const [r, c] = key.split(',').map(Number);
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

function intersects(a: RangeBox, b: RangeBox): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

class FakeRangeFont {
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

class FakeRangeFill {
  constructor(private readonly format: FakeRangeFormat) {}
  set color(v: string) {
    this.format._style('fill.color', v, (c) => (c.format.fill = v));
  }
}

class FakeRangeBorder {
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

class FakeConditionalRangeFormat {
  constructor(private readonly owner: FakeConditionalFormat) {}
  get fill(): { color: string } {
    const owner = this.owner;
    return {
      set color(v: string) {
        owner._edit('cf.fill.color', v, (cf) => (cf.format.fill = v));
      },
    } as { color: string };
  }
  get font(): { color: string; bold: boolean } {
    const owner = this.owner;
    return {
      set color(v: string) {
        owner._edit('cf.font.color', v, (cf) => (cf.format.color = v));
      },
      set bold(v: boolean) {
        owner._edit('cf.font.bold', v, (cf) => (cf.format.bold = v));
      },
    } as { color: string; bold: boolean };
  }
}

export class FakeConditionalFormat {
  _state?: CfState;
  constructor(private readonly core: FakeContextCore) {}

  get cellValue(): { format: FakeConditionalRangeFormat; rule: any } {
    const self = this;
    return {
      format: new FakeConditionalRangeFormat(this),
      set rule(rule: any) {
        self._edit('cf.rule', rule, (cf) => (cf.rule = { ...rule }));
      },
    } as { format: FakeConditionalRangeFormat; rule: any };
  }

  _edit(description: string, payload: unknown, apply: (cf: CfState) => void): void {
    this.core.enqueue(description, payload, () => {
      if (!this._state) throw new FakeOfficeError('InvalidObjectPath', 'Conditional format was not added.');
      apply(this._state);
    });
  }
}

export class FakeConditionalFormatCollection extends ClientObject<RangeTarget> {
  add(type: any): FakeConditionalFormat {
    const cf = new FakeConditionalFormat(this._core);
    this._set(`conditionalFormats.add ${type}`, type, (t) => {
      cf._state = { range: boxAddress(t.box), type: String(type), format: {} };
      t.sheet.cfs.push(cf._state);
    });
    return cf;
  }
  clearAll(): void {
    this._set('conditionalFormats.clearAll', undefined, (t) => {
      t.sheet.cfs = t.sheet.cfs.filter((cf) => !intersects(box(cf.range), t.box));
    });
  }
  protected _read(_t: RangeTarget, property: string): unknown {
    throw new FakeOfficeError('InvalidArgument', `The fake host does not model ConditionalFormatCollection.${property}.`);
  }
}

/** '5:5' (whole rows) and 'A:A' (whole columns) as well as ordinary addresses. */
function rangeBox(address: string): RangeBox {
  const rows = /^\$?(\d+):\$?(\d+)$/.exec(address);
  if (rows) return { top: Number(rows[1]), bottom: Number(rows[2]), left: 1, right: WHOLE_SHEET.right };
  const cols = /^\$?([A-Z]+):\$?([A-Z]+)$/i.exec(address);
  if (cols) return { top: 1, bottom: WHOLE_SHEET.bottom, left: columnIndex(cols[1]), right: columnIndex(cols[2]) };
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

export class FakeTable extends ClientObject<TableState> {
  get name(): string {
    return this._get('name');
  }
  set name(v: string) {
    this._set('table.name', v, (t) => (t.name = v));
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
    if (!n || !this._core.doc.sheets.includes(n.sheet)) return null;
    return { sheet: n.sheet, box: box(n.address) };
  }
  protected _read(n: NameState, property: string): unknown {
    if (property === 'name') return n.name;
    if (property === 'type') return this._core.doc.sheets.includes(n.sheet) ? 'Range' : 'Error';
    if (property === 'formula') {
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

/** Workbook structure protection (ExcelApi 1.7). */
export class FakeWorkbookProtection extends ClientObject<DocumentState> {
  get protected(): boolean {
    return this._get('protected');
  }
  protect(_password?: string): void {
    this._set('workbook.protection.protect', undefined, (doc) => (doc.structureProtected = true));
  }
  unprotect(_password?: string): void {
    this._set('workbook.protection.unprotect', undefined, (doc) => (doc.structureProtected = false));
  }
  protected _read(doc: DocumentState, property: string): unknown {
    if (property === 'protected') return doc.structureProtected;
    throw new FakeOfficeError('InvalidArgument', `The fake host does not model WorkbookProtection.${property}.`);
  }
}

export class FakeDocumentProperties extends ClientObject<DocumentState> {
  get lastAuthor(): string {
    return this._get('lastAuthor');
  }
  protected _read(doc: DocumentState, property: string): unknown {
    if (property === 'lastAuthor') return doc.lastAuthor;
    throw new FakeOfficeError('InvalidArgument', `The fake host does not model DocumentProperties.${property}.`);
  }
}

export class FakeChart extends ClientObject<{ sheet: SheetState; chart: ChartState }> {
  get name(): string {
    return this._get('name');
  }
  set name(v: string) {
    this._set('chart.name', v, (t) => (t.chart.name = v));
  }
  get title(): { text: string } {
    const self = this;
    return {
      set text(v: string) {
        self._set('chart.title.text', v, (t) => (t.chart.title = v));
      },
    } as { text: string };
  }
  setPosition(startCell: FakeRange | string, endCell?: FakeRange | string): void {
    const address = (c: FakeRange | string | undefined) =>
      c === undefined
        ? undefined
        : typeof c === 'string'
          ? c
          : boxAddress((c as unknown as { _resolve: Resolver<RangeTarget> })._resolve()!.box);
    this._set('chart.setPosition', [address(startCell), address(endCell)], (t) => {
      t.chart.from = address(startCell);
      t.chart.to = address(endCell);
    });
  }
  delete(): void {
    this._set('chart.delete', undefined, (t) => (t.sheet.charts = t.sheet.charts.filter((c) => c !== t.chart)));
  }
  protected _read(t: { chart: ChartState }, property: string): unknown {
    if (property === 'name') return t.chart.name;
    throw new FakeOfficeError('InvalidArgument', `The fake host does not model Chart.${property}.`);
  }
}

export class FakeChartCollection extends ClientObject<SheetState> {
  private _items?: FakeChart[];

  get items(): FakeChart[] {
    if (!this._items) throw notLoaded('ChartCollection', 'items');
    return this._items;
  }
  override load(props?: any): this {
    const names = propertyNames(props).map((p) => p.replace(/^items\//, ''));
    this._core.enqueueLoad('load charts', () => {
      const sheet = this._target();
      this._items = (sheet?.charts ?? []).map((chart) => {
        const item = new FakeChart(this._core, () => (sheet && sheet.charts.includes(chart) ? { sheet, chart } : null), false);
        for (const p of names) (item as unknown as { _loaded: Map<string, unknown> })._loaded.set(p, chart.name);
        return item;
      });
      return JSON.stringify(this._items.length).length;
    });
    return this;
  }
  add(type: any, sourceData: FakeRange, seriesBy?: any): FakeChart {
    let made: { sheet: SheetState; chart: ChartState } | null = null;
    this._set(`charts.add ${type}`, seriesBy, (sheet) => {
      const source = (sourceData as unknown as { _resolve: Resolver<RangeTarget> })._resolve();
      if (!source) throw new FakeOfficeError('InvalidArgument', 'The chart source does not exist.');
      const chart: ChartState = {
        name: `Chart ${sheet.charts.length + 1}`,
        type: String(type),
        source: boxAddress(source.box),
        seriesBy: String(seriesBy ?? 'Auto'),
        title: '',
      };
      sheet.charts.push(chart);
      made = { sheet, chart };
    });
    return new FakeChart(this._core, () => made, false);
  }
  getItem(name: string): FakeChart {
    return new FakeChart(
      this._core,
      () => {
        const sheet = this._resolve();
        const chart = sheet?.charts.find((c) => c.name === name);
        return sheet && chart ? { sheet, chart } : null;
      },
      false,
    );
  }
  protected _read(): unknown {
    throw new FakeOfficeError('InvalidArgument', 'Load charts with items/...');
  }
}
