/**
 * The "SCS Activity" table of the April 2017 report: every team's counts, and every change
 * (this month minus last) as the report prints it, signed.
 */
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'fs';
import { join } from 'path';
import { activityKey, signedChange } from '../../src/engine';
import { evaluatePlanned, loadIntoHyperFormula, mismatches } from '../helpers/hyperformula';
import { runKent } from '../helpers/kent';

const published = parse(readFileSync(join(__dirname, '..', 'fixtures', 'kent-2017-04-activity.csv'), 'utf8'), {
  columns: true,
}) as { team: string; [column: string]: string }[];

test('all 28 teams: every count, and every change signed as published', async () => {
  const { outcome } = await runKent();
  const activity = outcome.results.activity!;
  expect(activity.teams).toEqual(published.map((r) => r.team));
  expect(activity.measures.filter((m) => m.compared).map((m) => m.name)).toEqual([
    'Caseloads',
    'CP Plans',
    'Total LAC',
    'UASC LAC',
    'PF Cases',
  ]);
  let changes = 0;
  for (const row of published) {
    for (const m of activity.measures) {
      const cell = activity.cells.get(activityKey(row.team, m.name))!;
      if (!m.compared) {
        expect({ team: row.team, measure: m.name, count: cell.now?.count }).toEqual({
          team: row.team,
          measure: m.name,
          count: Number(row[m.name]),
        });
        continue;
      }
      const change = signedChange(cell.now!.count - cell.before!.count);
      expect({ team: row.team, measure: m.name, change }).toEqual({
        team: row.team,
        measure: m.name,
        change: row[`${m.name} - Change`],
      });
      changes += 1;
    }
  }
  expect(changes).toBe(28 * 5);
});

test('the written activity sheet is live: HyperFormula calculates every count and change as the engine does', async () => {
  const { outcome, written } = await runKent();
  const sheet = outcome.plan.sheets.find((s) => s.role === 'activity')!;
  const checks = evaluatePlanned(loadIntoHyperFormula(written), sheet);
  // Per team: five measures compared (this month, last month, change) and six in-month flows.
  expect(checks.length).toBe(28 * (5 * 3 + 6));
  expect(mismatches(checks)).toEqual([]);
  const kent = sheet.cells.find((r) => r[0]?.value === 'Kent')!;
  expect(kent.slice(1, 4).map((c) => c.value)).toEqual([10080, 9840, 240]);
  expect(kent[3]?.numberFormat).toBe('+0;-0;0');
});
