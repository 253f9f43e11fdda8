import ExcelJS from 'exceljs';
import { recalculate } from '../../../src/app/recalculate';
import { checkInferredMonth, IssueList } from '../../../src/engine';
import type { Observation } from '../../../src/engine';
import { addMonthRow, buildMonthlyReturnWorkbook } from '../../../src/example/monthlyReturnExample';
import { FIRST_MONTH_ROW, LOCALITY_SHEET, MONTHLY_SHEET, returnColumn } from '../../../src/example/monthlyReturnFigures';
import { ExcelJsGateway } from '../../../src/gateways/exceljs';

/** April 2025 set up ahead on both sheets (month ends, no figures) and one count typed in early. */
const EARLY_COLUMN = returnColumn('Unallocated cases (month end)');

function monthsAheadOneEarlyFigure(): ExcelJS.Workbook {
  const wb = buildMonthlyReturnWorkbook();
  const april = FIRST_MONTH_ROW + 24;
  for (const name of [MONTHLY_SHEET, LOCALITY_SHEET]) {
    const cell = wb.getWorksheet(name)!.getCell(april, 1);
    cell.value = new Date(Date.UTC(2025, 3, 30));
    cell.numFmt = 'mmm yyyy';
  }
  wb.getWorksheet(MONTHLY_SHEET)!.getCell(`${EARLY_COLUMN}${april}`).value = 170;
  return wb;
}

describe('the inferred reporting month (repro 07d: months set up ahead, one early figure, no Reporting month)', () => {
  test('stops with a located error naming both months instead of moving the scorecard to the early month', async () => {
    const outcome = await recalculate(new ExcelJsGateway(monthsAheadOneEarlyFigure()), { checkOnly: true });
    expect(outcome.ok).toBe(false);
    const error = outcome.issues.find((i) => i.code === 'reporting-month-unclear');
    expect(error).toMatchObject({
      severity: 'error',
      at: { sheet: MONTHLY_SHEET, cell: `${EARLY_COLUMN}${FIRST_MONTH_ROW + 24}` },
    });
    expect(error?.message).toContain('Apr 2025');
    expect(error?.message).toContain('Mar 2025');
    expect(error?.fix).toContain('Reporting month');
  });

  test('a complete new month at the bottom still moves the scorecard on with no other edit', async () => {
    const wb = buildMonthlyReturnWorkbook(24);
    addMonthRow(wb, 24);
    const outcome = await recalculate(new ExcelJsGateway(wb), { checkOnly: true });
    expect(outcome.ok && outcome.results.month).toBe('2025-04');
  });

  test('with Reporting month set, the early figure is not a question', async () => {
    const wb = monthsAheadOneEarlyFigure();
    const settings = wb.getWorksheet('Settings')!.getTable('ScorecardSettings');
    settings.addRow(['Reporting month', new Date(Date.UTC(2025, 2, 31))]);
    settings.commit();
    const outcome = await recalculate(new ExcelJsGateway(wb), { checkOnly: true });
    expect(outcome.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(outcome.ok && outcome.results.month).toBe('2025-03');
  });
});

describe('checkInferredMonth: fewer than half the indicator x area results of the month before', () => {
  const at = { sheet: 'Data', cell: 'A2' };
  const obs = (indicatorId: string, area: string, month: string, value?: number): Observation => ({
    indicatorId,
    area,
    month,
    basis: 'period',
    value,
    at,
  });
  const before = ['2025-02', '2025-03'].flatMap((month) =>
    ['1', '2'].flatMap((id) => ['A', 'B'].map((area) => obs(id, area, month, 1))),
  );
  const codes = (observations: Observation[]): string[] => {
    const issues = new IssueList();
    checkInferredMonth(observations, '2025-04', issues);
    return issues.items.map((i) => i.code);
  };

  test('half of them is enough; one of four is not; blanks and cohort figures do not count', () => {
    expect(codes([...before, obs('1', 'A', '2025-04', 1), obs('2', 'B', '2025-04', 1)])).toEqual([]);
    expect(codes([...before, obs('1', 'A', '2025-04', 1)])).toEqual(['reporting-month-unclear']);
    expect(codes([...before, obs('1', 'A', '2025-04', 1), obs('2', 'B', '2025-04')])).toEqual(['reporting-month-unclear']);
    expect(codes([...before, obs('1', 'A', '2025-04', 1), { ...obs('2', 'B', '2025-04', 1), excluding: 'UASC' }])).toEqual([
      'reporting-month-unclear',
    ]);
  });

  test('no figures in the months before (a gap, or the first month): nothing to compare, no error', () => {
    expect(codes([obs('1', 'A', '2025-04', 1)])).toEqual([]);
  });

  test('months filled with 0 ahead of time (a template) stop the run, naming the last month with a figure that is not 0', () => {
    const ahead = ['2025-04', '2025-05', '2025-06'].flatMap((month) =>
      ['1', '2'].flatMap((id) => ['A', 'B'].map((area) => obs(id, area, month, 0))),
    );
    const issues = new IssueList();
    checkInferredMonth([...before, ...ahead], '2025-06', issues);
    expect(issues.items.map((i) => i.code)).toEqual(['reporting-month-unclear']);
    expect(issues.items[0]?.message).toContain('Jun 2025, holds only zeros: no month after Mar 2025');
    expect(issues.items[0]?.fix).toContain('Mar 2025');
  });

  test('a real 0 beside figures that are not, or zeros before the last figure, are not a question', () => {
    expect(codes([...before, obs('1', 'A', '2025-04', 0), obs('2', 'B', '2025-04', 3), obs('1', 'B', '2025-04', 0)])).toEqual([]);
    expect(codes([obs('1', 'A', '2025-02', 0), obs('1', 'A', '2025-03', 0), obs('1', 'A', '2025-04', 5)])).toEqual([]);
    expect(codes([obs('1', 'A', '2025-03', 0), obs('1', 'A', '2025-04', 0)])).toEqual([]);
  });

  test('figures given at quarter ends only are not expected every month', () => {
    const quarterly = ['3', '4', '5', '6', '7'].map((id) => obs(id, 'A', '2025-03', 1));
    const monthly = ['2025-02', '2025-03', '2025-04'].map((month) => obs('1', 'A', month, 1));
    expect(codes([...quarterly, ...monthly])).toEqual([]);
  });
});
