/** Excel.RangeAreas: one or more rectangles of one sheet (what getSpecialCells returns). */
import type { RangeBox } from '../../../src/engine/address';
import type { SheetState } from './document';
import { FakeOfficeError, fullAddress } from './document';
import { ClientObject } from './clientObject';

export interface AreasTarget {
  sheet: SheetState;
  areas: RangeBox[];
}

export class FakeRangeAreas extends ClientObject<AreasTarget> {
  get address(): string {
    return this._get('address');
  }
  get areaCount(): number {
    return this._get('areaCount');
  }
  get cellCount(): number {
    return this._get('cellCount');
  }
  protected _read(t: AreasTarget, property: string): unknown {
    switch (property) {
      case 'address':
        return t.areas.map((b) => fullAddress(t.sheet, b)).join(', ');
      case 'areaCount':
        return t.areas.length;
      case 'cellCount':
        return t.areas.reduce((n, b) => n + (b.bottom - b.top + 1) * (b.right - b.left + 1), 0);
      default:
        throw new FakeOfficeError('InvalidArgument', `The fake host does not model RangeAreas.${property}.`);
    }
  }
}
