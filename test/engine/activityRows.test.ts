import { IssueList } from '../../src/engine';
import type { RawTable } from '../../src/engine';
import { parseActivity } from '../../src/engine/contract/activity';

const april = new Date(Date.UTC(2017, 3, 30));
const march = new Date(Date.UTC(2017, 2, 31));

function table(rows: (string | number | Date)[][]): RawTable {
  return {
    name: 'ScorecardActivity',
    range: { sheet: 'Activity', address: 'A1', top: 1, left: 1, cells: [['Team', 'Measure', 'Month end', 'Count'], ...rows] },
  };
}

test('a team spelt with other capitals or spaces is counted with its first spelling, and pointed out once (repro AA2)', () => {
  const issues = new IssueList();
  const figures = parseActivity(
    table([
      ['Team A', 'Referrals', march, 10],
      ['team a ', 'Referrals', april, 12],
      ['team a ', 'Visits', april, 3],
    ]),
    issues,
  );
  expect(new Set(figures.map((f) => f.team))).toEqual(new Set(['Team A']));
  expect(issues.items.map((i) => `${i.code} ${i.at?.cell}`)).toEqual(['activity-spelling A3']);
  expect(issues.items[0]?.message).toContain('"team a" is counted as "Team A" (Activity!A2)');
});

test('the same team, measure and month spelt two ways is given twice', () => {
  const issues = new IssueList();
  parseActivity(
    table([
      ['Team A', 'Referrals', april, 10],
      ['TEAM A', 'referrals', april, 12],
    ]),
    issues,
  );
  expect(issues.items.map((i) => i.code)).toEqual(['activity-spelling', 'activity-spelling', 'activity-duplicate']);
});

test('a negative count stops the run at its cell', () => {
  const issues = new IssueList();
  const figures = parseActivity(table([['Team A', 'Referrals', april, -3]]), issues);
  expect(figures).toEqual([]);
  expect(issues.items).toMatchObject([{ severity: 'error', code: 'activity-negative', at: { sheet: 'Activity', cell: 'D2' } }]);
});
