import { recalculate } from '../../src/app/recalculate';
import type { RecalcOutcome } from '../../src/app/recalculate';
import type { IndicatorResult } from '../../src/engine';
import {
  addMonthRow,
  buildMonthlyReturnWorkbook,
  monthFigures,
  MONTHLY_AUTHORITY,
  LOCALITIES,
} from '../../src/example/monthlyReturnExample';
import { ExcelJsGateway } from '../../src/gateways/exceljs';
import { evaluatePlanned, loadIntoHyperFormula, mismatches, setCell } from '../helpers/hyperformula';
import { writeAndReload } from '../helpers/kent';
import { checksum } from '../helpers/miniWorkbook';

type Ok = Extract<RecalcOutcome, { ok: true }>;

async function run(months?: number): Promise<{ outcome: Ok; gateway: ExcelJsGateway }> {
  const gateway = new ExcelJsGateway(buildMonthlyReturnWorkbook(months));
  const outcome = await recalculate(gateway);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues, null, 2));
  return { outcome, gateway };
}

const row = (outcome: Ok, id: string, area = MONTHLY_AUTHORITY): IndicatorResult =>
  outcome.results.byArea.get(area)!.find((r) => r.indicator.id === id)!;

/** Sum of a column of the return over months `from`..`to` (0 is April 2023). */
const total = (column: keyof ReturnType<typeof monthFigures>, from: number, to: number): number =>
  Array.from({ length: to - from + 1 }, (_, k) => monthFigures(from + k)[column]).reduce((a, b) => a + b, 0);

describe('a monthly return read in place: months down the rows, localities across', () => {
  let outcome: Ok;
  let gateway: ExcelJsGateway;
  beforeAll(async () => {
    ({ outcome, gateway } = await run());
  });

  test('the scorecard is for the latest month of the return, with no reporting month set and no data table', () => {
    expect(outcome.results.month).toBe('2025-03');
    expect(outcome.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(outcome.results.areas).toEqual([MONTHLY_AUTHORITY, ...LOCALITIES]);
  });

  test('flows add up: R12M referrals over one population, the latest (a stock), per 10,000', () => {
    const r = row(outcome, '1');
    expect(r.current).toMatchObject({ numerator: total('Referrals', 12, 23), denominator: 61850 });
    expect(r.current.value).toBeCloseTo((total('Referrals', 12, 23) / 61850) * 10000, 9);
    expect(r.current.text).toBe('1188.4');
    // A year ago: April 2023 to March 2024 over that year's population.
    expect(r.yearAgo?.value).toBeCloseTo((total('Referrals', 0, 11) / 61200) * 10000, 9);
  });

  test('YTD from April, percentages of flows, and snapshots of stocks', () => {
    expect(row(outcome, '3').current).toMatchObject({
      numerator: total('Assessments completed in 45 days', 12, 23),
      denominator: total('Assessments completed', 12, 23),
    });
    expect(row(outcome, '6').current).toMatchObject({ numerator: monthFigures(23)['Care leavers 19-21 in EET (month end)'] });
    expect(row(outcome, '8').current).toMatchObject({ value: monthFigures(23)['Unallocated cases (month end)'] });
  });

  test('an average caseload as the mean of month-end cases over the mean of month-end FTE', () => {
    const r = row(outcome, '7');
    expect(r.current.numerator).toBeCloseTo(total('Cases held by social workers (month end)', 12, 23) / 12, 9);
    expect(r.current.denominator).toBeCloseTo(total('Social worker FTE (month end)', 12, 23) / 12, 9);
  });

  test('localities across the columns give each area its own figures; the 13-month trend is complete', () => {
    const north = row(outcome, '2', 'North');
    expect(north.current.value).toBeGreaterThan(0.2);
    expect(north.monthAgo).toBeDefined();
    const trend = outcome.results.trends.get('1')!;
    expect(trend).toHaveLength(13);
    expect(trend.every((p) => p.value !== undefined)).toBe(true);
  });

  test('every written formula points at the analyst cells and HyperFormula calculates what the engine did', async () => {
    const { written } = await writeAndReload(gateway.workbook);
    const hf = loadIntoHyperFormula(written);
    const scorecard = outcome.plan.sheets.find((s) => s.role === 'scorecard')!;
    const formulas = scorecard.cells.flat().map((c) => c.formula ?? '');
    expect(formulas).toContain("=SUM('Monthly return'!$B$18:$B$29)");
    expect(formulas).toContain("='Monthly return'!$M$29");
    expect(formulas.some((f) => f.includes("AVERAGE('Monthly return'!$K$18:$K$29)"))).toBe(true);
    for (const sheet of outcome.plan.sheets.filter((s) => !['runLog', 'impact', 'exceptions'].includes(s.role))) {
      expect(mismatches(evaluatePlanned(hf, sheet))).toEqual([]);
    }
    // A manager corrects March's referrals in plain Excel: the live result follows.
    setCell(hf, 'Monthly return', 'B29', 1000);
    const result = hf.getCellValue({ sheet: hf.getSheetId('Scorecard')!, row: 6, col: 4 });
    expect(result).toBeCloseTo(((total('Referrals', 12, 22) + 1000) / 61850) * 10000, 6);
  });
});

test("next month's row added at the bottom: recalculate, and the scorecard moves to April 2025 with no catalogue edit", async () => {
  const wb = buildMonthlyReturnWorkbook();
  const catalogueBefore = checksum(wb, ['Catalogue', 'Settings']);
  addMonthRow(wb, 24);
  const outcome = await recalculate(new ExcelJsGateway(wb));
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
  expect(outcome.results.month).toBe('2025-04');
  expect(checksum(wb, ['Catalogue', 'Settings'])).toBe(catalogueBefore);
  const r = outcome.results.byArea.get(MONTHLY_AUTHORITY)!.find((x) => x.indicator.id === '1')!;
  expect(r.current.numerator).toBe(total('Referrals', 13, 24));
  // YTD starts again in April: one month.
  const ytd = outcome.results.byArea.get(MONTHLY_AUTHORITY)!.find((x) => x.indicator.id === '3')!;
  expect(ytd.current.denominator).toBe(monthFigures(24)['Assessments completed']);
  const north = outcome.results.byArea.get('North')!.find((x) => x.indicator.id === '2')!;
  expect(north.month).toBe('2025-04');
  // The context measure moves to April alone; the Quarter stays on Jan–Mar, the latest complete quarter.
  const context = outcome.results.byArea.get(MONTHLY_AUTHORITY)!.find((x) => x.indicator.id === '9')!;
  expect(context.current.value).toBe(monthFigures(24).Referrals);
  const quarter = outcome.results.byArea.get(MONTHLY_AUTHORITY)!.find((x) => x.indicator.id === '10')!;
  expect(quarter.current.denominator).toBe(total('Assessments completed', 21, 23));
  expect(quarter.notes[0]).toBe('Quarter Jan–Mar 2025, the latest complete quarter.');
  expect(quarter.monthAgo?.direction).toBe('same');
});

describe('a context measure, a Quarter indicator and an R3M of a rate, in the monthly return', () => {
  let outcome: Ok;
  let gateway: ExcelJsGateway;
  beforeAll(async () => {
    ({ outcome, gateway } = await run());
  });

  test('the context measure (no target, no polarity) has its month, a trend, no RAG and no arrows', () => {
    const r = row(outcome, '9');
    expect(r.indicator.target).toBeUndefined();
    expect(r.indicator.polarity).toBeUndefined();
    expect(r.current).toMatchObject({ value: monthFigures(23).Referrals, rag: undefined });
    expect(r.monthAgo).toMatchObject({ value: monthFigures(22).Referrals, direction: undefined });
    expect(r.notes).toEqual(['Context measure: no target, so no RAG, and no polarity, so no arrows.']);
    expect(outcome.results.trends.get('9')!.every((p) => p.value !== undefined && p.rag === undefined)).toBe(true);
  });

  test('counted as "no RAG" (and as a context measure), never Green in the narrative, no exception page', () => {
    expect(outcome.summary.total.context).toBe(1);
    expect(outcome.summary.total.none).toBeGreaterThanOrEqual(1);
    const text = outcome.narrative.join('\n');
    expect(text).toContain('It also shows 1 context measure with no target, watched for its trend and not rated.');
    expect(text).toMatch(
      /Context measure \(no target\):\n• Referrals in the month \(context\): moved from \d+ in February 2025 to \d+ in March 2025\./,
    );
    const rated = outcome.narrative.filter((p) => /rated (Green|Amber|Red)|Target/.test(p));
    expect(rated.some((p) => p.includes('Referrals in the month'))).toBe(false);
    const exceptions = outcome.plan.sheets.find((s) => s.role === 'exceptions');
    const headings = exceptions?.cells.flat().map((c) => String(c.value ?? '')) ?? [];
    expect(headings.some((h) => h.includes('Referrals in the month'))).toBe(false);
  });

  test('the Quarter indicator adds up Jan–Mar 2025 and compares with Oct–Dec 2024 a month ago', () => {
    const r = row(outcome, '10');
    expect(r.current).toMatchObject({
      numerator: total('Assessments completed in 45 days', 21, 23),
      denominator: total('Assessments completed', 21, 23),
    });
    expect(r.monthAgo?.value).toBeCloseTo(
      total('Assessments completed in 45 days', 18, 20) / total('Assessments completed', 18, 20),
      12,
    );
    expect(r.notes[0]).toBe('Quarter Jan–Mar 2025.');
  });

  test('R3M of referrals per 10,000 (R12M) is shown but not rated against the 12-month target', () => {
    const r = row(outcome, '1');
    expect(r.rolling3?.value).toBeCloseTo((total('Referrals', 21, 23) / 61850) * 10000, 9);
    expect(r.rolling3?.rag).toBeUndefined();
    expect(r.notes).toContain('Rolling 3 months not rated: it counts 3 months of events, and the target is for 12 months.');
    // A ratio of like with like is still rated over 3 months.
    expect(row(outcome, '2').rolling3?.rag).toBeDefined();
  });

  test('the live formulas agree: "No RAG" and "-" arrows for the context measure, the quarter as one range', async () => {
    const { written } = await writeAndReload(gateway.workbook);
    const hf = loadIntoHyperFormula(written);
    const scorecard = outcome.plan.sheets.find((s) => s.role === 'scorecard')!;
    expect(mismatches(evaluatePlanned(hf, scorecard))).toEqual([]);
    const contextRow = scorecard.cells.find((cells) => cells[1]?.value === 'Referrals in the month (context)')!;
    expect(contextRow.map((c) => c.value).slice(2, 6)).toEqual(['-', 'Month', monthFigures(23).Referrals, 'No RAG']);
    expect(contextRow[8]?.value).toBe('-');
    expect(contextRow[10]?.value).toBe('-');
    const formulas = scorecard.cells.flat().map((c) => c.formula ?? '');
    expect(formulas).toContain("=SUM('Monthly return'!$E$27:$E$29)");
    const r1 = scorecard.cells.find((cells) => cells[1]?.value === 'Referrals per 10,000 children (rolling 12 months)')!;
    expect(r1[14]?.value).toBe('No RAG');
  });
});
