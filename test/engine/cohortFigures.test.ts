import { IssueList } from '../../src/engine';
import type { Observation } from '../../src/engine';
import { checkCohortFigures } from '../../src/engine/contract/cohortFigures';

const figure = (numerator: number, denominator: number, row: number, excluding?: string): Observation => ({
  indicatorId: '16',
  area: 'North Kent',
  month: '2017-04',
  basis: 'period',
  numerator,
  denominator,
  ...(excluding ? { excluding } : {}),
  at: { sheet: 'Data', cell: `A${row}` },
  sources: { numerator: { sheet: 'Data', cell: `E${row}` }, denominator: { sheet: 'Data', cell: `F${row}` } },
});

const said = (observations: Observation[]) => {
  const issues = new IssueList();
  checkCohortFigures(observations, issues);
  return issues.items;
};

test('a figure excluding a cohort larger than the one for every child warns at its cell (repro AL)', () => {
  const issues = said([figure(120, 150, 2), figure(90, 160, 3, 'UASC')]);
  expect(issues).toHaveLength(1);
  expect(issues[0]).toMatchObject({ severity: 'warning', code: 'cohort-larger-than-all', at: { sheet: 'Data', cell: 'F3' } });
  expect(issues[0]?.message).toContain('(160) is larger than the denominator for every child (150, Data!F2)');
});

test('a cohort left out that is smaller or equal, or with no figure for every child to compare, is no question', () => {
  expect(said([figure(120, 150, 2), figure(110, 150, 3, 'UASC')])).toEqual([]);
  expect(said([figure(110, 150, 3, 'UASC')])).toEqual([]);
  expect(said([figure(120, 150, 2), { ...figure(130, 140, 3, 'UASC'), month: '2017-03' }])).toEqual([]);
});
