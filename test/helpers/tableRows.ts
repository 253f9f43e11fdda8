/**
 * Excel's TableRowCollection.add (ExcelApi 1.1), which the test host does not model yet: the
 * rows go at the table's bottom, the table grows over them, and each value is taken as if typed
 * (through the host's own Range.values, so a quote prefix keeps text). Only adding at the bottom,
 * over empty cells, is modelled (Excel would shift cells below the table down); anything else is
 * refused so a test cannot pass on behaviour the model lacks. Kept here rather than in
 * test/fakes, which another engineer owns; it belongs on FakeTable there.
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.tablerowcollection#excel-excel-tablerowcollection-add-member(1)
 */
import { boxAddress } from '../../src/engine';
import type { FakeContextCore } from '../fakes/excel/context';
import type { TableState } from '../fakes/excel/document';
import { box, FakeOfficeError } from '../fakes/excel/document';
import { FakeRange, FakeTable } from '../fakes/excel/proxies';

interface TableInternals {
  _core: FakeContextCore;
  _resolve: () => TableState | null;
}

function addRows(table: TableInternals, index: number | null | undefined, values: unknown[][]): FakeRange {
  const core = table._core;
  const count = values.length;
  core.enqueue('table.rows.add', values, () => {
    const t = table._resolve();
    if (!t) throw new FakeOfficeError('ItemNotFound', 'TableRowCollection.add: the table does not exist.');
    if (index !== null && index !== undefined)
      throw new FakeOfficeError('InvalidArgument', 'The test host adds table rows at the bottom only.');
    const b = box(t.address);
    for (let r = b.bottom + 1; r <= b.bottom + count; r++) {
      for (let c = b.left; c <= b.right; c++) {
        if (t.sheet.cell(r, c)?.value != null) {
          throw new FakeOfficeError('InvalidArgument', 'The test host adds table rows only over empty cells.');
        }
      }
    }
    t.address = boxAddress({ ...b, bottom: b.bottom + count });
  });
  const added = new FakeRange(
    core,
    () => {
      const t = table._resolve();
      if (!t) return null;
      const b = box(t.address);
      return { sheet: t.sheet, box: { ...b, top: b.bottom - count + 1 } };
    },
    false,
  );
  added.values = values;
  return added;
}

/** Gives the host's tables a `rows` collection with add(); safe to call more than once. */
export function modelTableRowsAdd(): void {
  if (Object.getOwnPropertyDescriptor(FakeTable.prototype, 'rows')) return;
  Object.defineProperty(FakeTable.prototype, 'rows', {
    get(this: TableInternals) {
      return { add: (index: number | null | undefined, values: unknown[][]) => addRows(this, index, values) };
    },
  });
}
