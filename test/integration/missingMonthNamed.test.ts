/**
 * An R12M made from in-month counts with one month missing: the "-" is right, and the warning
 * names the missing month, not the reporting month (which is there): "add March 2025" sent the
 * analyst to a month already given.
 */
import { recalculate } from '../../src/app/recalculate';
import { ExcelJsGateway } from '../../src/gateways/exceljs';
import { catalogueRow, miniWorkbook } from '../helpers/miniWorkbook';

const monthEnd = (year: number, month: number) => new Date(Date.UTC(year, month, 0));

test('the warning names the month the R12M is missing', async () => {
  // May 2016 to April 2017 in-month counts, with no row for September 2016.
  const months = Array.from({ length: 12 }, (_, i) => monthEnd(2016, 5 + i)).filter((d) => d.getUTCMonth() !== 8);
  const wb = miniWorkbook({
    catalogue: [catalogueRow({ ID: 1, 'Data period': 'R12M', 'Numerator ref': null, 'Denominator ref': null })],
    data: months.map((m) => ({ 'Indicator ID': 1, 'Month end': m, Basis: 'Month', Numerator: 9, Denominator: 10 })),
  });
  const outcome = await recalculate(new ExcelJsGateway(wb), { checkOnly: true });
  const messages = outcome.issues.filter((i) => i.code === 'no-figure').map((i) => i.message);
  expect(messages).toEqual([
    'There is no R12M figure for Kent in April 2017, so the row shows "-": it adds up the in-month figures of 12 months (May 2016 to April 2017), and September 2016 has none.',
  ]);
});
