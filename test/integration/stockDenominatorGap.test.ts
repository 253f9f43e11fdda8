/**
 * A Stock denominator (a population) is the period's last month alone, so a blank in an earlier
 * month loses only that month's own result: the R12M ending later is still made. Before, the
 * month's numerator was dropped with it, and the R12M showed "-" (the tester's finding 6).
 */
import { recalculate } from '../../src/app/recalculate';
import { ExcelJsGateway } from '../../src/gateways/exceljs';
import { catalogueRow, miniWorkbook } from '../helpers/miniWorkbook';

test('an R12M rate over a Stock population with a blank mid-year month is still made', async () => {
  const wb = miniWorkbook({
    catalogue: [
      catalogueRow({
        ID: 1,
        Indicator: 'Referrals per 10,000',
        Polarity: 'L',
        'Data period': 'R12M',
        Unit: 'rate10k',
        Target: 500,
        Floor: 600,
        'Numerator ref': "'Return'!B2:B13",
        'Denominator ref': "'Return'!C2:C13",
        'Denominator type': 'Stock',
      }),
    ],
  });
  const sheet = wb.addWorksheet('Return');
  sheet.getRow(1).values = ['Month end', 'Referrals', 'Population'];
  for (let i = 0; i < 12; i++) {
    // May 2016 to April 2017; the population is blank in September 2016.
    sheet.getRow(i + 2).values = [new Date(Date.UTC(2016, 5 + i, 0)), 40 + i, i === 4 ? null : 20000];
  }
  const outcome = await recalculate(new ExcelJsGateway(wb), { checkOnly: true });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
  const [result] = outcome.results.byArea.get('Kent') ?? [];
  const referrals = Array.from({ length: 12 }, (_, i) => 40 + i).reduce((a, b) => a + b, 0);
  expect(result?.current.numerator).toBe(referrals);
  expect(result?.current.denominator).toBe(20000);
  expect(result?.current.value).toBeCloseTo((referrals / 20000) * 10000, 9);
});
