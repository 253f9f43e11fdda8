import { recalculate } from '../../../src/app/recalculate';
import { ExcelJsGateway } from '../../../src/gateways/exceljs';
import { catalogueRow, miniWorkbook } from '../../helpers/miniWorkbook';

/** April from the Figures sheet, March from the data table: two results that both show as 20.8%. */
async function narrative(april: [number, number], march: [number, number]): Promise<string[]> {
  const wb = miniWorkbook({
    catalogue: [catalogueRow({ Polarity: 'L', Target: 0.1, Floor: 0.15 })],
    figures: [['Re-referrals', ...april]],
    data: [
      {
        'Indicator ID': 1,
        Area: 'Kent',
        'Month end': new Date(Date.UTC(2017, 2, 31)),
        Numerator: march[0],
        Denominator: march[1],
      },
    ],
  });
  const outcome = await recalculate(new ExcelJsGateway(wb), { checkOnly: true });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues, null, 2));
  return outcome.narrative;
}

test('two figures equal as displayed are put side by side with enough decimals to tell them apart', async () => {
  const text = (await narrative([2078, 10000], [2083, 10000])).join('\n');
  expect(text).toContain('improved from 20.83% to 20.78%');
  expect(text).not.toMatch(/from 20\.8% to 20\.8%/);
});

test('figures that show differently keep the catalogue decimals', async () => {
  const text = (await narrative([1900, 10000], [2083, 10000])).join('\n');
  expect(text).toContain('improved from 20.8% to 19.0%');
});
