/**
 * A workbook saved in the 1904 date system (old Mac Excel) counts serial numbers from 1904: a
 * reporting month typed as a number there is 1,462 days later in the 1900 system. Read the wrong
 * way it would be a plausible month four years off, silently.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { recalculate } from '../../src/app/recalculate';
import { ExcelJsGateway } from '../../src/gateways/exceljs';
import { FileGateway } from '../../src/gateways/exceljs/fileGateway';
import { catalogueRow, miniWorkbook } from '../helpers/miniWorkbook';
import { hostFor, recalcOnHost } from '../helpers/office';

const serial1904 = (y: number, m: number, d: number) => (Date.UTC(y, m - 1, d) - Date.UTC(1904, 0, 1)) / 86400000;

/** A workbook in the 1904 date system whose Reporting month is typed as a serial of that system. */
function workbook1904() {
  const wb = miniWorkbook({
    catalogue: [catalogueRow()],
    settings: [
      ['Reporting month', serial1904(2017, 4, 30)],
      ['Area', 'Kent'],
    ],
  });
  wb.properties.date1904 = true;
  return wb;
}

test('a reporting month typed as a 1904-system serial is read as the month it is', async () => {
  const wb = workbook1904();
  const saved = await wb.xlsx.writeBuffer();
  const gateway = await ExcelJsGateway.fromBuffer(saved as ArrayBuffer);
  expect(gateway.workbook.properties.date1904).toBe(true);
  const outcome = await recalculate(gateway, { checkOnly: true });
  expect(outcome.issues.filter((i) => i.severity === 'error')).toEqual([]);
  expect(outcome.ok && outcome.results.month).toBe('2017-04');
});

describe('dates written into a 1904 workbook are in its date system', () => {
  const dir = mkdtempSync(join(tmpdir(), 'scorecard-1904-'));
  const at = new Date(2026, 10, 26, 9, 30);

  /** Runs the file path (open, recalculate, save into the package) and returns the run log's dates as Excel shows them. */
  async function runOn(path: string): Promise<{ at: unknown; month: unknown }[]> {
    const gateway = await FileGateway.fromFile(path);
    const outcome = await recalculate(gateway, { now: () => at, user: 'analyst' });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
    writeFileSync(path, await gateway.toBuffer());
    const shown = new ExcelJS.Workbook();
    await shown.xlsx.readFile(path);
    expect(shown.properties.date1904).toBe(true);
    const log = shown.getWorksheet('Run log');
    if (!log) throw new Error('no run log');
    const rows: { at: unknown; month: unknown }[] = [];
    log.eachRow((row, n) => {
      if (n > 1) rows.push({ at: row.getCell(1).value, month: row.getCell(3).value });
    });
    return rows;
  }

  test('the run log shows the time of the run and the reporting month, not four years later, and keeps them on rerun', async () => {
    const wb = workbook1904();
    const path = join(dir, 'mac.xlsx');
    await wb.xlsx.writeFile(path);
    const wallClock = new Date(Date.UTC(2026, 10, 26, 9, 30));
    const expected = { at: wallClock, month: new Date(Date.UTC(2017, 3, 30)) };
    expect(await runOn(path)).toEqual([expected]);
    expect(await runOn(path)).toEqual([expected, expected]);
  });
});

describe('in Excel (Office.js), the date system is learnt from DATE(1904, 1, 1)', () => {
  /** A 1904 workbook whose reporting month and data months are dates, as Mac Excel would hold them. */
  function macWorkbook(): ExcelJS.Workbook {
    const wb = miniWorkbook({
      catalogue: [catalogueRow({ 'Numerator ref': null, 'Denominator ref': null })],
      settings: [
        ['Reporting month', new Date(Date.UTC(2017, 3, 30))],
        ['Area', 'Kent'],
      ],
      data: [{ 'Indicator ID': 1, Area: 'Kent', 'Month end': new Date(Date.UTC(2017, 3, 30)), Numerator: 90, Denominator: 100 }],
    });
    wb.properties.date1904 = true;
    return wb;
  }

  test('months read as they are, and the run log written in the workbook’s own serials', async () => {
    const host = hostFor(macWorkbook());
    expect(host.doc.date1904).toBe(true);
    const outcome = await recalcOnHost(host, { now: () => new Date(2026, 10, 26, 9, 30) });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
    expect(outcome.results.month).toBe('2017-04');
    const log = host.doc.sheet('Run log');
    const april2017In1904 = serial1904(2017, 4, 30);
    expect(log?.cell(2, 3)?.value).toBe(april2017In1904);
    expect(log?.cell(2, 1)?.value).toBeCloseTo(serial1904(2026, 11, 26) + 9.5 / 24, 6);
  });

  test('the same workbook in the 1900 system is read the same way, with 1900 serials', async () => {
    const wb = macWorkbook();
    wb.properties.date1904 = false;
    const host = hostFor(wb);
    const outcome = await recalcOnHost(host);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
    expect(outcome.results.month).toBe('2017-04');
    expect(host.doc.sheet('Run log')?.cell(2, 3)?.value).toBe(serial1904(2017, 4, 30) + 1462);
  });
});
