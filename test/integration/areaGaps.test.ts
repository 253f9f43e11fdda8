/**
 * An area whose figure is missing this month, though it has earlier ones, keeps the indicator's
 * row on its sheet as "-" (No data), with a warning naming the area and the indicator. Before, the
 * row was left off, and the Areas sheet read "0 indicators, 0 No data" without a word.
 */
import { recalculate } from '../../src/app/recalculate';
import { ExcelJsGateway } from '../../src/gateways/exceljs';
import { catalogueRow, miniWorkbook } from '../helpers/miniWorkbook';

const monthEnd = (m: number) => new Date(Date.UTC(2017, m, 0));

function workbook(northMonths: number[]) {
  const rows = (area: string, months: number[]) =>
    months.map((m) => ({
      'Indicator ID': 1,
      Area: area,
      'Month end': monthEnd(m),
      Basis: 'Period',
      Numerator: 80 + m,
      Denominator: 100,
    }));
  return miniWorkbook({
    catalogue: [
      catalogueRow({ ID: 1, 'Numerator ref': null, 'Denominator ref': null }),
      catalogueRow({ ID: 2, 'Numerator ref': null, 'Denominator ref': null }),
    ],
    // Indicator 2 is the county's alone: North has no figures for it at all.
    data: [
      ...rows('Kent', [2, 3, 4]),
      ...rows('North', northMonths),
      ...rows('Kent', [2, 3, 4]).map((r) => ({ ...r, 'Indicator ID': 2 })),
    ],
  });
}

test('an area a month behind shows the indicator as "-" and is warned of', async () => {
  const outcome = await recalculate(new ExcelJsGateway(workbook([2, 3])), { checkOnly: true });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
  const north = outcome.plan.sheets.find((s) => s.role === 'area:North')!;
  const row = north.cells.find((r) => r[0]?.value === 1)!;
  expect(row[4]?.value).toBe('-');
  const warnings = outcome.issues.filter((i) => i.code === 'area-missing-figure');
  expect(warnings.map((w) => w.message)).toEqual([expect.stringContaining('North has no April 2017 result for indicator 1')]);
});

test('an area with every month is not warned of, and one with none of an indicator leaves it off', async () => {
  const full = await recalculate(new ExcelJsGateway(workbook([2, 3, 4])), { checkOnly: true });
  if (!full.ok) throw new Error(JSON.stringify(full.issues));
  expect(full.issues.filter((i) => i.code === 'area-missing-figure')).toEqual([]);
  const north = full.plan.sheets.find((s) => s.role === 'area:North')!;
  expect(north.cells.filter((r) => r[0]?.value === 1 || r[0]?.value === 2).map((r) => r[0]?.value)).toEqual([1]);
});
