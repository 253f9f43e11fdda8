/** Excel.ConditionalFormat and its collection. */
import { boxAddress } from '../../../src/engine/address';
import type { FakeContextCore } from './context';
import type { CfState } from './document';
import { box, FakeOfficeError } from './document';
import { ClientObject } from './clientObject';
import type { RangeTarget } from './rangeCells';
import { intersects } from './rangeCells';

export class FakeConditionalRangeFormat {
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
