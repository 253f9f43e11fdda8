/**
 * SPC of rolling and year-to-date indicators. Making Data Count advises against charting rolling
 * figures (each shares most of its months with the one before), so they are charted from their
 * in-month results where the data has in-month counts, and "Not charted" where it has only the
 * rolling figures. Built through the whole run, as the analyst's workbook would give them.
 */
import { recalculate } from '../../src/app/recalculate';
import type { RecalcOutcome } from '../../src/app/recalculate';
import type { IndicatorResult, SpcResult } from '../../src/engine';
import { addMonths, spcVariationLabel } from '../../src/engine';
import { ExcelJsGateway } from '../../src/gateways/exceljs';
import type { SheetPlan } from '../../src/plan';
import { SCORECARD_COLUMNS as C } from '../../src/plan';
import type { Row } from '../helpers/miniWorkbook';
import { catalogueRow, miniWorkbook } from '../helpers/miniWorkbook';

type Ok = Extract<RecalcOutcome, { ok: true }>;

const APRIL_2017 = '2017-04';
const monthEnd = (key: string): Date => {
  const [year, month] = key.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, month, 0));
};
const noRefs = { 'Numerator ref': null, 'Denominator ref': null };

/** Data rows for one indicator, oldest first, ending at April 2017. */
function series(id: number, basis: string, numerators: number[], denominator: number | null = 200): Row[] {
  return numerators.map((numerator, i) => ({
    'Indicator ID': id,
    Area: 'Kent',
    'Month end': monthEnd(addMonths(APRIL_2017, i - numerators.length + 1)),
    Basis: basis,
    Numerator: numerator,
    Denominator: denominator,
  }));
}
const noise = (n: number, low: number, high: number): number[] => Array.from({ length: n }, (_, i) => (i % 2 ? high : low));
const steadyRise = (n: number, from: number, step: number): number[] => Array.from({ length: n }, (_, i) => from + i * step);

/**
 * 1 (R12M %, H, in-month counts): 16 months of 85–87%, then 8 at 95%: the in-month chart shows
 *   the step as special cause improving, against the target of 90% (hit and miss).
 * 2 (R12M %, given rolling figures only): not charted.
 * 3 (R12M count of referrals, in-month counts, target for 12 months): charted, but no assurance,
 *   as a month's count is not on the target's scale.
 * 4 (YTD %, in-month counts of steady noise): charted from in-month results, common cause.
 */
async function run(): Promise<Ok> {
  const wb = miniWorkbook({
    catalogue: [
      catalogueRow({ ID: 1, Indicator: 'Visits in timescale', 'Data period': 'R12M', 'Exception page': 'Yes', ...noRefs }),
      catalogueRow({ ID: 2, Indicator: 'Plans reviewed', 'Data period': 'R12M', ...noRefs }),
      catalogueRow({
        ID: 3,
        Indicator: 'Number of referrals',
        'Data period': 'R12M',
        Unit: 'count',
        Polarity: 'L',
        Target: 500,
        Floor: 600,
        ...noRefs,
      }),
      catalogueRow({ ID: 4, Indicator: 'Assessments on time', 'Data period': 'YTD', ...noRefs }),
    ],
    data: [
      ...series(1, 'Month', [...noise(16, 170, 174), ...Array<number>(8).fill(190)]),
      ...series(2, 'Period', steadyRise(24, 150, 1)),
      ...series(3, 'Month', [...noise(16, 40, 44), ...Array<number>(8).fill(30)], null),
      ...series(4, 'Month', noise(24, 170, 176)),
    ],
  });
  const outcome = await recalculate(new ExcelJsGateway(wb));
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
  return outcome;
}

let outcome: Ok;
beforeAll(async () => {
  outcome = await run();
});

const resultOf = (id: string): IndicatorResult => {
  const found = outcome.results.byArea.get('Kent')?.find((r) => r.indicator.id === id);
  if (!found) throw new Error(`no result for ${id}`);
  return found;
};
const chartOf = (spc: SpcResult): Extract<SpcResult, { status: 'ok' }> => {
  if (spc.status !== 'ok') throw new Error(`expected a chart, got ${spc.status}`);
  return spc;
};
const sheetOf = (role: SheetPlan['role']): SheetPlan => {
  const sheet = outcome.plan.sheets.find((s) => s.role === role);
  if (!sheet) throw new Error(`no ${role} sheet`);
  return sheet;
};

describe('a rolling 12 months indicator with in-month counts is charted from its in-month results', () => {
  test('the points are the in-month percentages, not the overlapping rolling figures', () => {
    const one = chartOf(resultOf('1').spc);
    expect(one.basis).toBe('inMonth');
    expect(one.points).toBe(24);
    expect(one.values.slice(0, 2)).toEqual([0.85, 0.87]);
    expect(one.values.slice(-1)).toEqual([0.95]);
    expect(one.months?.slice(-1)).toEqual([APRIL_2017]);
    // The scorecard's own result is still the rolling 12 months figure.
    expect(resultOf('1').current.value).toBeCloseTo((2 * (170 + 174) + 8 * 190) / (12 * 200), 12);
  });

  test('the step shows as special cause improving, assured against the target', () => {
    const one = chartOf(resultOf('1').spc);
    expect([one.variation, one.assurance]).toEqual(['specialCauseImproving', 'hitAndMiss']);
  });

  test('a year-to-date indicator of steady in-month noise is common cause', () => {
    const four = chartOf(resultOf('4').spc);
    expect([four.basis, four.variation]).toEqual(['inMonth', 'commonCause']);
  });

  test('a count over 12 months: variation from the in-month counts, no assurance against a 12-month target', () => {
    const three = chartOf(resultOf('3').spc);
    expect(three.values.slice(-1)).toEqual([30]);
    expect(three.variation).toBe('specialCauseImproving');
    expect(three.assurance).toBeUndefined();
  });
});

describe('a rolling indicator given only as rolling figures', () => {
  test('is not charted, whatever its history', () => {
    expect(resultOf('2').spc).toEqual({ status: 'rollingFigures', period: 'R12M' });
    expect(spcVariationLabel(resultOf('2').spc)).toBe('Not charted');
  });

  test('says so on the scorecard and is counted on the Summary', () => {
    const row = sheetOf('scorecard').cells.find((r) => r[C.id - 1]?.value === 2);
    expect(row?.[C.spcVariation - 1]?.value).toBe('Not charted');
    expect(row?.[C.spcAssurance - 1]?.value).toBeNull();
    const summary = sheetOf('summary').cells.find((r) => r[0]?.value === 'Not charted: rolling figures only');
    expect(summary?.[1]?.value).toBe(1);
    expect(String(summary?.[1]?.formula)).toContain('"Not charted"');
  });
});

describe("the exception page of a rolling indicator's in-month chart", () => {
  test('shows the in-month results beside the rolling result, with the in-month mean and limits', () => {
    const sheet = sheetOf('exceptions');
    const rowLabelled = (label: string) => sheet.cells.find((r) => r[0]?.value === label);
    const inMonth = rowLabelled('In-month result');
    expect(inMonth).toBeDefined();
    const shown = (inMonth ?? []).slice(1).flatMap((c) => (typeof c.value === 'number' ? [c.value] : []));
    expect(shown.slice(-1)).toEqual([0.95]);
    expect(shown).toHaveLength(13);
    const mean = rowLabelled('Process mean (in-month)')?.[1]?.value;
    expect(mean).toBeCloseTo(chartOf(resultOf('1').spc).chart.mean, 12);
    expect(sheet.cells.some((r) => String(r[0]?.value).includes('from the 24 in-month results to'))).toBe(true);
  });
});
