/**
 * A role the run does not write keeps its marker in the CLI's files, as in Excel and in memory: its
 * sheet is still the scorecard's. Before, turning area scorecards off dropped their markers, and
 * turning them on again was refused as "a sheet … not written by the scorecard" (tester's
 * finding 10, repros R4 and R5).
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { recalculate } from '../../src/app/recalculate';
import { buildKentWorkbook } from '../../src/example/kentExample';
import { markerName } from '../../src/gateways/gateway';
import { FileGateway } from '../../src/gateways/exceljs/fileGateway';
import { XlsxPackage } from '../../src/gateways/exceljs/xlsxPackage';
import { hostFor, recalcOnHost } from '../helpers/office';

const dir = mkdtempSync(join(tmpdir(), 'markers-'));
const NOW = () => new Date(2017, 4, 2, 9, 30);

/** Recalculates a file through the CLI's gateway and saves the result beside it. */
async function recalcFile(input: string, output: string) {
  const gateway = await FileGateway.fromFile(input);
  const outcome = await recalculate(gateway, { now: NOW });
  if (outcome.ok) await gateway.writeFile(output);
  return outcome;
}

/** The file with its Area scorecards setting changed, as an analyst would type it (ExcelJS saves it). */
async function withAreaSheets(input: string, output: string, value: 'Yes' | 'No'): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(input);
  const sheet = wb.getWorksheet('Settings')!;
  sheet.eachRow((r) => {
    if (String(r.getCell(1).value) === 'Area scorecards') r.getCell(2).value = value;
  });
  await wb.xlsx.writeFile(output);
}

test('area scorecards turned off keep their markers, and turned on again are written over their old sheets', async () => {
  const first = join(dir, 'kent.xlsx');
  const kent = buildKentWorkbook();
  const settings = kent.getWorksheet('Settings')!.getTable('ScorecardSettings');
  settings.addRow(['Area scorecards', 'Yes']);
  settings.commit();
  await kent.xlsx.writeFile(first);
  const written = join(dir, 'kent-1.xlsx');
  expect((await recalcFile(first, written)).ok).toBe(true);

  // A check over the written file writes no run log, and says nothing of the one a run would rewrite.
  const checked = await recalculate(await FileGateway.fromFile(written), { checkOnly: true, now: NOW });
  expect(checked.issues.filter((i) => i.code === 'output-not-rewritten')).toEqual([]);

  const off = join(dir, 'kent-off.xlsx');
  await withAreaSheets(written, off, 'No');
  const second = join(dir, 'kent-2.xlsx');
  const without = await recalcFile(off, second);
  expect(without.ok).toBe(true);
  // Each area sheet left as it was is named: its figures are the earlier run's.
  const left = without.issues.filter((i) => i.code === 'output-not-rewritten');
  expect(left.map((i) => i.at?.sheet)).toEqual([
    'Areas',
    'Scorecard - North Kent',
    'Scorecard - East Kent',
    'Scorecard - South Kent',
    'Scorecard - West Kent',
  ]);
  expect(left[1]?.message).toContain('holds the North Kent scorecard from an earlier run, which this run does not write');
  const names = XlsxPackage.fromBytes(readFileSync(second)).text('xl/workbook.xml');
  for (const area of ['North Kent', 'East Kent', 'South Kent', 'West Kent']) expect(names).toContain(markerName(`area:${area}`));

  const on = join(dir, 'kent-on.xlsx');
  await withAreaSheets(second, on, 'Yes');
  const again = await recalcFile(on, join(dir, 'kent-3.xlsx'));
  expect(again.issues.filter((i) => i.code === 'sheet-not-ours' || i.code === 'output-not-rewritten')).toEqual([]);
  expect(again.ok).toBe(true);
});

test('in Excel too, a sheet the run no longer writes is named in a warning, and written over when it comes back', async () => {
  const host = hostFor(buildKentWorkbook());
  expect((await recalcOnHost(host)).ok).toBe(true);
  const settings = host.doc.sheet('Settings')!;
  const table = host.doc.table('ScorecardSettings')!;
  const bottom = Number(/\d+$/.exec(table.address)![0]) + 1;
  settings.edit(bottom, 1).value = 'Area scorecards';
  settings.edit(bottom, 2).value = 'No';
  table.address = table.address.replace(/\d+$/, String(bottom));
  const without = await recalcOnHost(host);
  expect(without.issues.filter((i) => i.code === 'output-not-rewritten').map((i) => i.at?.sheet)).toHaveLength(5);
  settings.edit(bottom, 2).value = 'Yes';
  const again = await recalcOnHost(host);
  expect(again.ok && again.issues.filter((i) => i.code === 'output-not-rewritten')).toEqual([]);
});
