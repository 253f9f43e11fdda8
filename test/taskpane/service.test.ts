/**
 * The what-if sandbox against the fake Excel host: scenarios saved in the workbook, changes
 * written to the catalogue's own cells, and the Baseline putting the original bandings back.
 */
import type { Override } from '../../src/engine';
import { BASELINE, SCENARIO_SHEET } from '../../src/engine';
import { buildKentWorkbook } from '../../src/example/kentExample';
import { InputProblem } from '../../src/engine';
import { ScorecardService } from '../../src/session/service';
import { Store } from '../../src/session/store';
import { hostFor } from '../helpers/office';

async function kentService() {
  const host = hostFor(buildKentWorkbook());
  const store = new Store();
  const service = new ScorecardService(host.run, store);
  await service.recalculate('recalculate');
  return { host, store, service };
}

const stretch = new Map<string, Override>([['2', { target: 0.916 }]]);

test('no preview before anything has been calculated', () => {
  const service = new ScorecardService(hostFor(buildKentWorkbook()).run, new Store());
  expect(service.preview(stretch)).toBeUndefined();
});

test('a saved scenario goes to its own sheet with a Baseline of every indicator, in two round trips', async () => {
  const { host, service } = await kentService();
  host.stats.reset();
  const saved = await service.saveScenario('Stretch', stretch);
  expect(host.stats.syncs).toBe(2);
  expect(saved.map((s) => s.name)).toEqual([BASELINE, 'Stretch']);
  expect(saved[0]?.changes.size).toBe(43);
  const sheet = host.doc.sheet(SCENARIO_SHEET)!;
  expect(sheet.usedBox()!.bottom).toBe(1 + 43 + 1);
  expect((await service.loadScenarios()).map((s) => [s.name, s.changes.size])).toEqual([
    [BASELINE, 43],
    ['Stretch', 1],
  ]);
  // A recalculation reads them with everything else: still three round trips.
  host.stats.reset();
  const report = await service.recalculate('recalculate');
  expect(host.stats.syncs).toBe(3);
  expect(report?.scenarios.map((s) => s.name)).toEqual([BASELINE, 'Stretch']);
});

test('applying writes the catalogue cell and recalculates; the Baseline puts it back', async () => {
  const { host, store, service } = await kentService();
  const targetCell = () => host.doc.sheet('Catalogue')!.cell(3, 8)!.value;
  expect(targetCell()).toBe(0.9);
  expect(service.preview(stretch)!.after).toMatchObject({ G: 18, A: 20, R: 5 });

  const report = await service.applyChanges(stretch);
  expect(targetCell()).toBe(0.916);
  expect(report?.total).toMatchObject({ G: 18, A: 20, R: 5 });
  expect(store.get().report?.total).toMatchObject({ G: 18, A: 20, R: 5 });

  const baseline = (await service.loadScenarios()).find((s) => s.name === BASELINE)!;
  expect(baseline.changes.get('2')).toMatchObject({ target: 0.9 });
  // Only the changed cell is written back: a formula elsewhere in the catalogue stays a formula.
  host.doc.sheet('Catalogue')!.edit(2, 8).formula = '=0.25';
  await service.applyChanges(baseline.changes);
  expect(targetCell()).toBe(0.9);
  expect(host.doc.sheet('Catalogue')!.cell(2, 8)!.formula).toBe('=0.25');
  expect(store.get().report?.total).toMatchObject({ G: 19, A: 19, R: 5 });
});

test('a change that makes no sense is refused and nothing is written', async () => {
  const { host, service } = await kentService();
  host.stats.reset();
  const refused = service.applyChanges(new Map([['2', { floor: 0.95 }]]));
  await expect(refused).rejects.toBeInstanceOf(InputProblem);
  await expect(refused).rejects.toMatchObject({
    issues: [
      {
        code: 'what-if-refused',
        indicatorId: '2',
        message: 'The floor 95.0% is above the target 90.0%.',
        at: { sheet: 'Catalogue' },
      },
    ],
  });
  expect(host.stats.requests.every((r) => r.writes === 0)).toBe(true);
  expect(host.doc.sheet('Catalogue')!.cell(3, 9)!.value).toBe(0.8);
});
