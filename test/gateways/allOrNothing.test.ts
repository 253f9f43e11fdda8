/**
 * All or nothing: Excel may refuse any command of the write batch (a sheet protected meanwhile,
 * a lost connection, a limit). The fake host fails the Nth write of a run, for every N, and the
 * workbook must come back exactly as it was before the run — or, when only the deletion of a
 * backup failed, exactly as a successful run leaves it: never half-written, no leftover sheets
 * or names, events on.
 */
import { buildKentWorkbook } from '../../src/example/kentExample';
import { cloneDocument, snapshotDocument } from '../fakes/excel/document';
import type { DocumentState } from '../fakes/excel/document';
import { OfficeJsHost } from '../fakes/officejs/host';
import { hostFor, recalcOnHost } from '../helpers/office';

const RUN = { now: () => new Date(Date.UTC(2017, 4, 3, 9, 30)), user: 'Analyst' };

/** What a successful run from this document leaves, and how many write commands it queues. */
async function successfulRun(doc: DocumentState): Promise<{ writes: number; after: unknown }> {
  const host = new OfficeJsHost(cloneDocument(doc));
  const outcome = await recalcOnHost(host, RUN);
  expect(outcome.ok).toBe(true);
  return { writes: host.stats.requests.reduce((n, r) => n + r.writes, 0), after: snapshotDocument(host.doc) };
}

/** Fails write 1, 1 + every, 1 + 2 × every, … and always the last one. */
async function failEveryWrite(
  start: DocumentState,
  every = 1,
): Promise<{ points: number; tried: number; restored: number; completed: number }> {
  const before = snapshotDocument(start);
  const { writes: points, after } = await successfulRun(start);
  const tried = new Set<number>([points]);
  for (let n = 1; n <= points; n += every) tried.add(n);
  let restored = 0;
  let completed = 0;
  for (const n of [...tried].sort((a, b) => a - b)) {
    const host = new OfficeJsHost(cloneDocument(start));
    host.faults = { failOnWrite: n };
    await expect(recalcOnHost(host, RUN)).rejects.toThrow(`Injected failure at write ${n}:`);
    const state = snapshotDocument(host.doc);
    if (JSON.stringify(state) === JSON.stringify(after)) completed += 1;
    else {
      expect({ n, state }).toEqual({ n, state: before });
      restored += 1;
    }
  }
  return { points, tried: tried.size, restored, completed };
}

/** The county scorecard alone (no area, UASC or activity figures): three output sheets, every write point tried. */
const countyOnly = () => buildKentWorkbook(undefined, [], []);

describe('a write that Excel refuses part-way leaves the workbook as it was', () => {
  test('first run (no earlier output): every failure point leaves no sheet, name or cell behind', async () => {
    const start = hostFor(countyOnly()).doc;
    const { points, restored, completed } = await failEveryWrite(start);
    expect(points).toBeGreaterThan(100);
    expect(restored).toBe(points);
    expect(completed).toBe(0);
  }, 120_000);

  test('rerun (earlier output exists): every failure point restores the earlier scorecard and summary', async () => {
    const host = hostFor(countyOnly());
    expect((await recalcOnHost(host)).ok).toBe(true);
    // The earlier output differs from what this run writes, so a half-written sheet would show.
    host.doc.sheet('Catalogue')!.edit(3, 8).value = 0.95;
    const outputs = host.doc.names.filter((n) => n.name.startsWith('ScorecardOutput_')).length;
    const charts = host.doc.sheet('Exceptions')!.charts.length;
    const { points, restored, completed } = await failEveryWrite(host.doc);
    expect(points).toBeGreaterThan(100);
    // Only failures after the first backup is deleted (the last run's charts, the other backups)
    // come after the write is complete.
    expect([outputs, charts]).toEqual([4, 5]);
    expect(completed).toBe(charts + outputs - 1);
    expect(restored).toBe(points - completed);
  }, 120_000);

  test('the full example (eleven output sheets), rerun: every 17th failure point and the last restore or complete', async () => {
    const host = hostFor(buildKentWorkbook());
    expect((await recalcOnHost(host)).ok).toBe(true);
    host.doc.sheet('Catalogue')!.edit(3, 8).value = 0.95;
    const { points, tried, restored, completed } = await failEveryWrite(host.doc, 17);
    expect(points).toBeGreaterThan(500);
    expect(restored + completed).toBe(tried);
    expect(completed).toBeGreaterThanOrEqual(1);
  }, 120_000);

  test('after a failed run the next run succeeds and leaves no backup sheet', async () => {
    const host = hostFor(buildKentWorkbook());
    await recalcOnHost(host);
    host.faults = { failOnWrite: 40 };
    await expect(recalcOnHost(host)).rejects.toThrow('Injected failure');
    host.faults = {};
    const outcome = await recalcOnHost(host);
    expect(outcome.ok).toBe(true);
    expect(host.doc.sheets.map((s) => s.name).filter((n) => n.startsWith('~'))).toEqual([]);
  });

  test('a backup left by a run that lost its connection is cleared by the next run', async () => {
    const host = hostFor(buildKentWorkbook());
    await recalcOnHost(host);
    host.doc.sheets.push(host.doc.sheet('Scorecard')!.cloneAs('~scorecard backup scorecard'));
    const outcome = await recalcOnHost(host);
    expect(outcome.ok).toBe(true);
    expect(host.doc.sheet('~scorecard backup scorecard')).toBeUndefined();
  });
});
