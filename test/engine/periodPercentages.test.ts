import { checkPeriodPercentages, IssueList } from '../../src/engine';
import type { IndicatorResult } from '../../src/engine';

const indicator = {
  id: '7',
  unit: 'percentage',
  period: 'R12M',
  at: { numeratorKind: { sheet: 'Catalogue', cell: 'V8' } },
  row: { sheet: 'Catalogue', cell: 'A8' },
};

function result(value: number, numerator: number, denominator: number): IndicatorResult {
  return {
    indicator,
    area: 'Town',
    month: '2025-03',
    current: { value, numerator, denominator, text: '', small: false },
    notes: [],
  } as unknown as IndicatorResult;
}

const said = (rows: IndicatorResult[]) => {
  const issues = new IssueList();
  checkPeriodPercentages({ byArea: new Map([['Town', rows]]) }, issues);
  return issues.items;
};

test('a period result past 100% (a year of events over one month end) stops the run at the indicator (repros L1, L2)', () => {
  const issues = said([result(1170 / 515, 1170, 515)]);
  expect(issues).toMatchObject([
    { severity: 'error', code: 'numerator-above-denominator', indicatorId: '7', at: { cell: 'V8' } },
  ]);
  expect(issues[0]?.message).toContain('The R12M result for Town comes to 227.2%: 1170 over 515');
});

test('100% exactly, and float noise above it, are within; a count is not a percentage', () => {
  expect(said([result(1, 515, 515), result(1 + 1e-12, 3, 3)])).toEqual([]);
  const count = { ...result(2.5, 5, 2), indicator: { ...indicator, unit: 'count' } } as unknown as IndicatorResult;
  expect(said([count])).toEqual([]);
});
