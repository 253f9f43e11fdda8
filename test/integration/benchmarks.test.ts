/**
 * Comparator columns: each indicator against its statistical neighbours and England, better or
 * worse by its polarity, as live formulas that HyperFormula calculates to the engine's words.
 */
import { recalculate } from '../../src/app/recalculate';
import { ExcelJsGateway } from '../../src/gateways/exceljs';
import { evaluatePlanned, loadIntoHyperFormula, mismatches } from '../helpers/hyperformula';
import { writeAndReload } from '../helpers/kent';
import { catalogueRow, miniWorkbook } from '../helpers/miniWorkbook';

function workbook() {
  return miniWorkbook({
    figures: [
      ['visits', 180, 200],
      ['re-referrals', 44, 200],
      ['in range', 100, 200],
    ],
    catalogue: [
      // 90% against neighbours at 85% (better) and England at 92% (worse)
      catalogueRow({ ID: 1, 'Statistical neighbours': 0.85, England: 0.92 }),
      // Lower is better: 22% against 25% (better) and 22% (same)
      catalogueRow({ ID: 2, Polarity: 'L', Target: 0.2, Floor: 0.25, 'Statistical neighbours': 0.25, England: 0.22 }, 3),
      // Close to a 50% target: 50% against 45% (better: closer to the target)
      catalogueRow({ ID: 3, Polarity: 'T', Target: 0.5, Floor: null, 'Inner band': 0.05, 'Outer band': 0.1, England: 0.45 }, 4),
      // No comparators: not on the sheet
      catalogueRow({ ID: 4 }),
    ],
  });
}

test('better, same or worse by polarity, on a Benchmarks sheet', async () => {
  const wb = workbook();
  const outcome = await recalculate(new ExcelJsGateway(wb));
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
  const sheet = outcome.plan.sheets.find((s) => s.role === 'benchmarks')!;
  const table = sheet.cells.filter((r) => /^\d$/.test(String(r[0]?.value))).map((r) => r.map((c) => c.value));
  expect(table).toEqual([
    ['1', expect.any(String), 'H', 0.9, 0.85, 'Better', 0.92, 'Worse'],
    ['2', expect.any(String), 'L', 0.22, 0.25, 'Better', 0.22, 'Same'],
    ['3', expect.any(String), 'T', 0.5, '-', '-', 0.45, 'Better'],
  ]);
  const { written } = await writeAndReload(wb);
  const checks = evaluatePlanned(loadIntoHyperFormula(written), sheet);
  // Three results, five comparator values and five comparisons.
  expect(checks.length).toBe(3 + 5 + 5);
  expect(mismatches(checks)).toEqual([]);
});

test('a comparator typed as 85 for a percentage is refused with its cell', async () => {
  const wb = miniWorkbook({ catalogue: [catalogueRow({ England: 85 })] });
  const outcome = await recalculate(new ExcelJsGateway(wb));
  expect(outcome.ok).toBe(false);
  expect(outcome.issues[0]).toMatchObject({ code: 'percentage-scale', at: { sheet: 'Catalogue', cell: 'S2' } });
});
