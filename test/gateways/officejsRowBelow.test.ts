/**
 * The sheet row just below each contract table read as an Excel table (RawTable.rowBelow), read
 * by the Office.js gateway in the same round trip as the table, through Microsoft's Office.js on
 * the test host: a row typed under a table (outside it) is then warned of.
 */
import { OfficeJsGateway } from '../../src/gateways/officejs';
import { box } from '../fakes/excel/document';
import type { OfficeJsHost } from '../fakes/officejs/host';
import { hostFor, recalcOnHost } from '../helpers/office';
import { catalogueRow, miniWorkbook } from '../helpers/miniWorkbook';

function twoIndicators(): OfficeJsHost {
  const wb = miniWorkbook({
    catalogue: [catalogueRow(), catalogueRow({ ID: 2, Indicator: '% of CP plans reviewed' }, 3)],
    figures: [
      ['CP visits', 180, 200],
      ['CP reviews', 40, 50],
    ],
  });
  return hostFor(wb);
}

function readInput(host: OfficeJsHost) {
  return host.run((context) => new OfficeJsGateway(context).readInput());
}

test('the row just below the catalogue table, across its columns, comes with the table in round trip 2', async () => {
  const host = twoIndicators();
  const catalogue = host.doc.sheet('Catalogue')!;
  catalogue.edit(4, 1).value = 3;
  catalogue.edit(4, 3).value = '% of children seen alone';
  const input = await readInput(host);
  const table = input.catalogue!;
  expect(table.range.top + table.range.cells.length).toBe(4);
  expect(table.rowBelow).toHaveLength(table.range.cells[0]!.length);
  expect(table.rowBelow!.slice(0, 4)).toEqual([3, null, '% of children seen alone', null]);
  // The listing and the one read: the row below asked no round trip of its own.
  expect(host.stats.syncs).toBe(2);
});

test('a filled row below the catalogue is warned of at its row, and the run still takes 3 round trips', async () => {
  const host = twoIndicators();
  host.doc.sheet('Catalogue')!.edit(4, 3).value = '% of children seen alone';
  const outcome = await recalcOnHost(host);
  expect(outcome.ok).toBe(true);
  const below = outcome.issues.filter((i) => i.code === 'row-below-table');
  expect(below.map((i) => [i.severity, i.at?.sheet, i.at?.cell])).toEqual([['warning', 'Catalogue', 'C4']]);
  expect(below[0]?.message).toContain('just below the Catalogue table');
  expect(host.stats.syncs).toBe(3);
});

test('a blank row below warns of nothing', async () => {
  const host = twoIndicators();
  const outcome = await recalcOnHost(host);
  expect(outcome.issues.filter((i) => i.code === 'row-below-table')).toEqual([]);
  const input = await readInput(host);
  expect(input.catalogue!.rowBelow!.every((cell) => cell === null)).toBe(true);
});

test('a table ending on the sheet’s last row has no row below: the read is asked again without it, and the run is the same', async () => {
  const host = twoIndicators();
  // The settings table moved to the foot of a sheet of its own.
  const table = host.doc.table('ScorecardSettings')!;
  const from = box(table.address);
  const rows = from.bottom - from.top + 1;
  const bottom = host.doc.addSheet('Bottom settings');
  for (let r = 0; r < rows; r++)
    for (let c = from.left; c <= from.right; c++)
      bottom.edit(1048577 - rows + r, c).value = table.sheet.cell(from.top + r, c)?.value ?? null;
  table.sheet = bottom;
  table.address = `A${1048577 - rows}:B1048576`;
  const input = await readInput(host);
  expect(input.settings?.range.address).toBe(table.address);
  expect(input.settings?.rowBelow).toBeUndefined();
  expect(input.catalogue?.rowBelow).toBeUndefined();
  // The listing, the read refused for asking below the sheet's edge, the read again without the rows
  // below, then the settings' own rows (far below the first rows of a sheet read in round trip 2).
  expect(host.exchanges.map((e) => e.error ?? 'ok')).toEqual(['ok', 'InvalidArgument', 'ok', 'ok']);
  const outcome = await recalcOnHost(host);
  expect(outcome.ok).toBe(true);
});
