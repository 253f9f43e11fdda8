/** Excel.Chart and the chart collection. */
import { boxAddress } from '../../../src/engine/address';
import { notLoaded } from './context';
import type { ChartState, SheetState } from './document';
import { FakeOfficeError } from './document';
import type { Resolver } from './clientObject';
import { ClientObject, propertyNames } from './clientObject';
import { FakeRange } from './range';
import type { RangeTarget } from './rangeCells';

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
