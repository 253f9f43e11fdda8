import type { WorkbookPlan } from '../../plan';
import { BACKUP_PREFIX, backupNames, oldCharts, queueBackups, restoreAfterFailure } from './backups';
import type { WorkbookState } from './read';
import { COMMAND_BYTES, packUnits, rowBlocks, setupBytes } from './requestSize';
import type { Unit } from './requestSize';
import { queueSheet, writeBlock } from './sheetSetup';
import { placeOutputSheets } from './placements';
import { markerName } from '../gateway';

/**
 * The last round trip: writes every output sheet in one batch with calculation, screen updating
 * and events suspended. Only what Office's 5 MB limit cannot take in one request adds round
 * trips, packed by the request's size as Office.js serialises it (requestSize.ts). The batch runs in
 * three phases: back up the existing output sheets, write, delete the backups. If Excel refuses
 * any part, restoreAfterFailure puts the output back as it was (or, if only a backup's deletion
 * failed, tidies up after a write that did complete), and the error is passed on.
 */
export async function applyPlan(context: Excel.RequestContext, plan: WorkbookPlan, state: WorkbookState): Promise<void> {
  const placements = placeOutputSheets(plan, state);
  const backupsByRole = backupNames(placements, state.sheetNames);
  const stamp = `#${Date.now().toString(36)}`;
  context.application.suspendApiCalculationUntilNextSync();
  context.application.suspendScreenUpdatingUntilNextSync();
  context.runtime.enableEvents = false;
  try {
    const sheets: Excel.Worksheet[] = [];
    // Each sheet is queued (created or cleared) in a unit before its blocks and charts, in the same or an earlier request.
    const sheetOf = (k: number): Excel.Worksheet => {
      const sheet = sheets[k];
      if (!sheet) throw new Error(`output sheet ${k + 1} was written before it was set up`);
      return sheet;
    };
    let backups: Excel.Worksheet[] = [];
    const units: Unit[] = [
      {
        bytes: COMMAND_BYTES * (4 + 3 * backupsByRole.size),
        queue: () => {
          // A backup left by a run that lost its connection mid-write is out of date: this run replaces it.
          for (const name of state.sheetNames.filter((n) => n.toLowerCase().startsWith(BACKUP_PREFIX))) {
            context.workbook.worksheets.getItem(name).delete();
          }
          backups = queueBackups(context, placements, backupsByRole);
        },
      },
    ];
    placements.forEach((t, i) => {
      const mine = Boolean(t.existing && state.outputSheets.get(t.plan.role) === t.existing);
      const formula = state.listing.names.find((n) => n.name === markerName(t.plan.role))?.formula;
      units.push({
        bytes: setupBytes(t.plan),
        queue: () => {
          sheets[i] = queueSheet(context, t, { exists: mine, stale: state.staleMarkers.has(t.plan.role), formula }, stamp);
          if (i === 0) sheetOf(0).activate();
        },
      });
      for (const block of rowBlocks(t.plan)) {
        units.push({
          bytes: block.bytes,
          queue: () => writeBlock(sheetOf(i), t.plan, block.from, block.to, t.plan.cells[0]?.length ?? 0),
        });
      }
    });
    const requests = packUnits(units);
    for (const [i, request] of requests.entries()) {
      if (i > 0) {
        context.application.suspendApiCalculationUntilNextSync();
        context.application.suspendScreenUpdatingUntilNextSync();
      }
      for (const unit of request) unit.queue();
      if (i === requests.length - 1) {
        context.runtime.enableEvents = true;
        // Once one backup is gone the write counts as complete, so the last run's charts go after it.
        backups[0]?.delete();
        placements.forEach((t, k) => {
          for (const name of oldCharts(t, state)) sheetOf(k).charts.getItem(name).delete();
        });
        for (const backup of backups.slice(1)) backup.delete();
      }
      // Each request is as full as Office's 5 MB limit allows: together they would pass it.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    }
  } catch (error) {
    await restoreAfterFailure(context, placements, state, backupsByRole).catch(() => undefined);
    throw error;
  }
}
