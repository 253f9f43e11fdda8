import { IssueList } from '../../src/engine';
import type { Indicator, Observation } from '../../src/engine';
import type { Catalogue } from '../../src/engine/contract/catalogue';
import { checkGivenAgainstCounts } from '../../src/engine/contract/givenAgainstCounts';

const indicator = {
  id: '1',
  unit: 'percentage',
  period: 'Quarter',
  decimals: 1,
  numeratorKind: 'flow',
  denominatorKind: 'flow',
} as Indicator;
const catalogue = { byId: new Map([['1', indicator]]) } as unknown as Catalogue;

const month = (m: string, numerator: number, denominator: number): Observation => ({
  indicatorId: '1',
  area: 'Town',
  month: m,
  basis: 'month',
  numerator,
  denominator,
  at: { sheet: 'Data', cell: 'A2' },
});
const quarter = (value: number): Observation => ({
  indicatorId: '1',
  area: 'Town',
  month: '2025-03',
  basis: 'period',
  value,
  at: { sheet: 'Data', cell: 'A9' },
  sources: { value: { sheet: 'Data', cell: 'G9' } },
});
const counts = [month('2025-01', 80, 100), month('2025-02', 85, 100), month('2025-03', 88.5, 100)];

const said = (observations: Observation[]) => {
  const issues = new IssueList();
  checkGivenAgainstCounts(catalogue, observations, issues);
  return issues.items;
};

test('a Quarter figure given that the in-month counts of its three months do not add up to warns at the figure (repro H5)', () => {
  const issues = said([...counts, quarter(0.5)]);
  expect(issues).toMatchObject([{ severity: 'warning', code: 'given-disagrees-with-counts', at: { cell: 'G9' } }]);
  expect(issues[0]?.message).toContain('(50.0%) is not what the in-month counts for the same months add up to (84.5%)');
});

test('a given figure that agrees as shown, or whose period the counts do not cover, is no question', () => {
  expect(said([...counts, quarter(0.84512)])).toEqual([]);
  expect(said([...counts.slice(1), quarter(0.5)])).toEqual([]);
});
