/**
 * A workbook saved in the 1904 date system (old Mac Excel) counts serial numbers from 1904: a
 * reporting month typed as a number there is 1,462 days later in the 1900 system. Read the wrong
 * way it would be a plausible month four years off, silently.
 */
import { recalculate } from '../../src/app/recalculate';
import { ExcelJsGateway } from '../../src/gateways/exceljs';
import { catalogueRow, miniWorkbook } from '../helpers/miniWorkbook';

const serial1904 = (y: number, m: number, d: number) => (Date.UTC(y, m - 1, d) - Date.UTC(1904, 0, 1)) / 86400000;

test('a reporting month typed as a 1904-system serial is read as the month it is', async () => {
  const wb = miniWorkbook({
    catalogue: [catalogueRow()],
    settings: [
      ['Reporting month', serial1904(2017, 4, 30)],
      ['Area', 'Kent'],
    ],
  });
  wb.properties.date1904 = true;
  const saved = await wb.xlsx.writeBuffer();
  const gateway = await ExcelJsGateway.fromBuffer(saved as ArrayBuffer);
  expect(gateway.workbook.properties.date1904).toBe(true);
  const outcome = await recalculate(gateway, { checkOnly: true });
  expect(outcome.issues.filter((i) => i.severity === 'error')).toEqual([]);
  expect(outcome.ok && outcome.results.month).toBe('2017-04');
});
