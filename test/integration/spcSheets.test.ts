/**
 * SPC on the written sheets: the scorecard's variation and assurance columns, the Summary's
 * counts, the narrative's sentence and the exception page's mean and process limits, for a
 * workbook built with known special causes.
 */
import type ExcelJS from 'exceljs';
import { recalculate } from '../../src/app/recalculate';
import type { RecalcOutcome } from '../../src/app/recalculate';
import type { IndicatorResult, SpcResult } from '../../src/engine';
import { addMonths, spcVariationLabel, splitMonth } from '../../src/engine';
import { ExcelJsGateway } from '../../src/gateways/exceljs';
import type { SheetPlan } from '../../src/plan';
import { SCORECARD_COLUMNS as C } from '../../src/plan';
import { SPC_FOOTNOTE, SPC_VARIATION_LABELS } from '../../src/plan/spcColumns';
import { SPC_SUMMARY_TITLE } from '../../src/plan/spcSummary';
import { evaluatePlanned, loadIntoHyperFormula, mismatches } from '../helpers/hyperformula';
import { writeAndReload } from '../helpers/kent';
import type { Row } from '../helpers/miniWorkbook';
import { catalogueRow, miniWorkbook } from '../helpers/miniWorkbook';
import { itemAt } from '../helpers/at';

type Ok = Extract<RecalcOutcome, { ok: true }>;

const APRIL_2017 = '2017-04';
const monthEnd = (key: string): Date => {
  const { year, month } = splitMonth(key);
  return new Date(Date.UTC(year, month, 0));
};

/** Data rows for one indicator: numerators of 200, oldest first, ending at April 2017. */
function series(id: number, numerators: number[]): Row[] {
  return numerators.map((numerator, i) => ({
    'Indicator ID': id,
    Area: 'Kent',
    'Month end': monthEnd(addMonths(APRIL_2017, i - numerators.length + 1)),
    Basis: 'Period',
    Numerator: numerator,
    Denominator: 200,
  }));
}

/** 85%, 87%, 85%, … for `n` months. */
const noise = (n: number, low: number, high: number): number[] => Array.from({ length: n }, (_, i) => (i % 2 ? high : low));
const noRefs = { 'Numerator ref': null, 'Denominator ref': null };

/**
 * 1 (H): 16 months of 85–87%, then 8 at 95%: beyond the upper limit and a shift, improving.
 * 2 (L): 16 months of 20–22%, then 8 at 30%: the same pattern, concerning; flagged for a page.
 * 3 (H): 14 months of noise: common cause, limits provisional.
 * 4 (H): 5 months: too few to chart.
 */
function workbook(): ExcelJS.Workbook {
  return miniWorkbook({
    catalogue: [
      catalogueRow({ ID: 1, Indicator: 'Visits in timescale', ...noRefs }),
      catalogueRow({
        ID: 2,
        Indicator: 'Re-referrals',
        Polarity: 'L',
        Target: 0.2,
        Floor: 0.3,
        'Exception page': 'Yes',
        ...noRefs,
      }),
      catalogueRow({ ID: 3, Indicator: 'Plans reviewed', ...noRefs }),
      catalogueRow({ ID: 4, Indicator: 'New measure', ...noRefs }),
    ],
    data: [
      ...series(1, [...noise(16, 170, 174), ...Array<number>(8).fill(190)]),
      ...series(2, [...noise(16, 40, 44), ...Array<number>(8).fill(60)]),
      ...series(3, noise(14, 170, 176)),
      ...series(4, noise(5, 170, 176)),
    ],
  });
}

let outcome: Ok;
let written: ExcelJS.Workbook;
beforeAll(async () => {
  const wb = workbook();
  const run = await recalculate(new ExcelJsGateway(wb));
  if (!run.ok) throw new Error(JSON.stringify(run.issues));
  outcome = run;
  written = (await writeAndReload(wb)).written;
});

const sheetOf = (role: SheetPlan['role']): SheetPlan => outcome.plan.sheets.find((s) => s.role === role)!;
const resultOf = (id: string): IndicatorResult => outcome.results.byArea.get('Kent')!.find((r) => r.indicator.id === id)!;
const chartOf = (spc: SpcResult) => {
  if (spc.status !== 'ok') throw new Error('expected a chart');
  return spc;
};

describe('the engine attaches SPC to each result, from up to 24 months', () => {
  test('improving, concerning, common cause (provisional) and too few months', () => {
    const one = chartOf(resultOf('1').spc);
    expect([one.points, one.variation, one.provisional, one.assurance]).toEqual([
      24,
      'specialCauseImproving',
      false,
      'hitAndMiss',
    ]);
    expect(one.latestRules).toEqual(['beyondLimit', 'shift']);
    expect(chartOf(resultOf('2').spc).variation).toBe('specialCauseConcerning');
    const three = chartOf(resultOf('3').spc);
    expect([three.points, three.variation, three.provisional]).toEqual([14, 'commonCause', true]);
    expect(resultOf('4').spc).toEqual({ status: 'notEnoughData', points: 5, needed: 12, basis: 'period' });
  });
});

describe('the scorecard', () => {
  const rowOf = (sheet: SheetPlan, id: number) => sheet.cells.find((r) => r[C.id - 1]?.value === id)!;

  test('SPC variation and Assurance columns between the rolling 3 months and the notes, in words', () => {
    const sheet = sheetOf('scorecard');
    const header = sheet.cells.find((r) => r[0]?.value === 'ID')!;
    expect(header.slice(C.rolling3Rag - 1).map((c) => c.value)).toEqual(['RAG', 'SPC variation', 'Assurance', 'Notes']);
    const spc = (id: number) =>
      rowOf(sheet, id)
        .slice(C.spcVariation - 1, C.spcAssurance)
        .map((c) => c.value);
    expect(spc(1)).toEqual(['Improving ↑', 'Hit and miss']);
    expect(spc(2)).toEqual(['Concerning ↑', 'Hit and miss']);
    expect(spc(3)).toEqual(['Common cause', 'Hit and miss']);
    expect(spc(4)).toEqual(['Too few months', null]);
    // Values, not formulas: Excel does not recompute SPC, and the sheet says so.
    for (const id of [1, 2, 3, 4]) expect(rowOf(sheet, id)[C.spcVariation - 1]?.formula).toBeUndefined();
    expect(sheet.cells.some((r) => r[1]?.value === SPC_FOOTNOTE)).toBe(true);
    expect(sheet.cells.some((r) => r[C.spcVariation - 1]?.value === 'SPC (not live)')).toBe(true);
  });

  test('provisional limits are noted; settled ones are not', () => {
    const sheet = sheetOf('scorecard');
    expect(rowOf(sheet, 3)[C.notes - 1]?.value).toBe('SPC provisional: 14 months.');
    expect(rowOf(sheet, 1)[C.notes - 1]?.value).toBeNull();
  });

  test('conditional formats key on the words: blue for improving, orange for concerning', () => {
    const sheet = sheetOf('scorecard');
    const column = (c: number) => `${String.fromCharCode(64 + c)}`;
    const variation = sheet.conditionalFormats.find((f) => f.range.startsWith(column(C.spcVariation)))!;
    const format = (text: string) => variation.rules.find((r) => r.type === 'textEquals' && r.text === text)?.format;
    expect(format('Improving ↑')).toMatchObject({ fill: '#DDEBF7' });
    expect(format('Concerning ↑')).toMatchObject({ fill: '#FCE4D6' });
    const assurance = sheet.conditionalFormats.find((f) => f.range.startsWith(column(C.spcAssurance)))!;
    expect(assurance.rules.map((r) => (r.type === 'textEquals' ? r.text : ''))).toEqual(['Met', 'Missed', 'Hit and miss']);
  });

  test('every label the engine can give is one the Summary counts', () => {
    const labels = Object.values(SPC_VARIATION_LABELS).flat();
    const variations = ['commonCause', 'specialCauseImproving', 'specialCauseConcerning', 'specialCauseNeither'] as const;
    for (const variation of variations) {
      for (const side of variation === 'commonCause' ? [undefined] : (['high', 'low'] as const)) {
        const result = { ...chartOf(resultOf('1').spc), variation, side };
        expect(labels).toContain(spcVariationLabel(result));
      }
    }
    expect(labels).toContain(spcVariationLabel(resultOf('4').spc));
  });
});

describe('the Summary', () => {
  test('counts improving, concerning, common cause and too few months as COUNTIFs over the scorecard', () => {
    const sheet = sheetOf('summary');
    const title = sheet.cells.findIndex((r) => r[0]?.value === SPC_SUMMARY_TITLE);
    expect(title).toBeGreaterThan(0);
    const rows = sheet.cells.slice(title + 1, title + 6).map((r) => [r[0]?.value, r[1]?.value]);
    expect(rows).toEqual([
      ['Variation', 'Indicators'],
      ['Special cause improvement', 1],
      ['Special cause concern', 1],
      ['Common cause variation', 1],
      ['Too few months to chart', 1],
    ]);
    expect(sheet.cells[title + 2]?.[1]?.formula).toBe(
      `=COUNTIF('Scorecard'!$P$7:$P$10,"Improving ↑")+COUNTIF('Scorecard'!$P$7:$P$10,"Improving ↓")`,
    );
  });

  test('HyperFormula calculates every written formula to the engine values', () => {
    const hf = loadIntoHyperFormula(written);
    for (const role of ['scorecard', 'summary'] as const) {
      const checks = evaluatePlanned(hf, sheetOf(role));
      expect(checks.length).toBeGreaterThan(0);
      expect(mismatches(checks)).toEqual([]);
    }
  });
});

describe('the narrative', () => {
  test('one sentence names the special causes, improving then concerning', () => {
    expect(outcome.narrative).toContain(
      'Statistical process control (SPC) over the latest months shows special cause improvement in 1 Visits in timescale; special cause concern in 2 Re-referrals.',
    );
  });

  test('no sentence when there is no special cause', async () => {
    const run = await recalculate(
      new ExcelJsGateway(miniWorkbook({ catalogue: [catalogueRow({ ...noRefs })], data: series(1, noise(24, 170, 174)) })),
    );
    if (!run.ok) throw new Error(JSON.stringify(run.issues));
    expect(run.narrative.some((p) => p.includes('special cause'))).toBe(false);
  });
});

describe('the exception page', () => {
  test('the trend table gains the process mean and limits, inside the chart', () => {
    const sheet = sheetOf('exceptions');
    const spc = chartOf(resultOf('2').spc);
    const labelled = (label: string) => sheet.cells.findIndex((r) => r[0]?.value === label);
    const [mean, upper, lower] = [labelled('Process mean'), labelled('Upper process limit'), labelled('Lower process limit')];
    expect([upper - mean, lower - upper]).toEqual([1, 1]);
    const values = (row: number) =>
      itemAt(sheet.cells, row)
        .slice(1)
        .map((c) => c.value)
        .filter((v) => v !== null);
    expect(values(mean)).toEqual(Array<number>(13).fill(spc.chart.mean));
    expect(values(upper)).toEqual(Array<number>(13).fill(spc.chart.upper));
    expect(values(lower)).toEqual(Array<number>(13).fill(spc.chart.lower));
    const chart = itemAt(sheet.charts);
    expect(chart.source.endsWith(`${lower + 1}`)).toBe(true);
    expect(sheet.cells[lower + 1]?.[0]?.value).toBe('RAG Rating');
    expect(sheet.cells.some((r) => String(r[0]?.value).startsWith('SPC: Special cause: concerning. Target hit and miss.'))).toBe(
      true,
    );
  });
});
