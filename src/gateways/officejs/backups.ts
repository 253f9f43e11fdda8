import { excelCopyName, uniqueSheetName } from '../../engine';
import { markerName } from '../gateway';
import type { WorkbookState } from './read';
import { splitAddress } from './cells';
import type { Placement } from '../placement';

/**
 * Earlier output is copied to a hidden sheet before it is rewritten, so that a write Excel
 * refuses half-way can be undone: the copy is pasted back and nothing is left half-written.
 */
export const BACKUP_PREFIX = '~scorecard backup ';

/**
 * A short, valid name for each existing output sheet's backup, by role: "~scorecard backup 1", …,
 * none of them a name the workbook already has (stale backups are deleted before these are made).
 */
export function backupNames(placements: Placement[], taken: string[]): Map<string, string> {
  const used = taken.filter((n) => !n.toLowerCase().startsWith(BACKUP_PREFIX));
  const names = new Map<string, string>();
  placements
    .filter((t) => t.existing)
    .forEach((t, i) => {
      const name = uniqueSheetName(`${BACKUP_PREFIX}${i + 1}`, used);
      used.push(name);
      names.set(t.plan.role, name);
    });
  return names;
}

/** A chart the add-in drew: its plan name and a run's stamp. Charts people add are left alone. */
const OUR_CHART = / #[0-9a-z]+$/;

/** Charts an earlier run drew on a sheet this run rewrites. */
export function oldCharts(t: Placement, state: WorkbookState): string[] {
  const mine = t.existing && state.outputSheets.get(t.plan.role) === t.existing;
  return mine ? (state.charts.get(t.plan.role) ?? []).filter((name) => OUR_CHART.test(name)) : [];
}

/** Copies every existing output sheet to a hidden backup, before anything is changed. */
export function queueBackups(
  context: Excel.RequestContext,
  placements: Placement[],
  names: Map<string, string>,
): Excel.Worksheet[] {
  return placements
    .filter((t) => t.existing)
    .map((t) => {
      const backup = context.workbook.worksheets.getItem(t.existing!).copy('End');
      backup.name = names.get(t.plan.role)!;
      backup.visibility = 'Hidden';
      return backup;
    });
}

/**
 * After Excel refused part of a write. Backups are all made before the first change and deleted
 * only after the last, so: if every backup is still there, the output may be half-written, and
 * each backup is pasted back over its sheet (keeping the sheet itself, so formulas elsewhere
 * that point at it still work) and sheets and markers this run added are removed; if some backup
 * is gone, the write had finished (or had not begun) and only the remaining backups go.
 * Three round trips, on the failure path only: what is there now, the backups' freeze panes and
 * tab colours, then the repair. Nothing is asked of an object that may not exist.
 */
export async function restoreAfterFailure(
  context: Excel.RequestContext,
  placements: Placement[],
  state: WorkbookState,
  backups: Map<string, string>,
): Promise<void> {
  const { workbook } = context;
  const sheets = workbook.worksheets;
  context.runtime.enableEvents = true;
  sheets.load('items/name');
  workbook.names.load('items/name');
  const charts = new Map(
    placements
      .filter((t) => t.existing)
      .map((t) => {
        const list = sheets.getItem(t.existing!).charts;
        list.load('items/name');
        return [t.plan.role, list] as const;
      }),
  );
  await context.sync();
  const present = new Set(sheets.items.map((s) => s.name.toLowerCase()));
  const has = (name: string) => present.has(name.toLowerCase());
  const names = new Set(workbook.names.items.map((n) => n.name.toLowerCase()));
  const existing = placements.filter((t) => t.existing);
  // Excel may have made a copy and refused its new name.
  const unnamed = existing.map((t) => excelCopyName(t.existing!, state.sheetNames)).filter(has);
  const restore = existing.every((t) => has(backups.get(t.plan.role)!)) && unnamed.length === 0;

  const kept = existing
    .filter((t) => has(backups.get(t.plan.role)!))
    .map((t) => {
      const backup = sheets.getItem(backups.get(t.plan.role)!);
      backup.load('tabColor');
      const freeze = backup.freezePanes.getLocationOrNullObject();
      freeze.load('address');
      return { t, backup, freeze };
    });
  if (restore && kept.length) await context.sync();

  for (const t of existing) {
    // Restoring: this run's charts go. Complete (this run's charts were drawn and a backup is
    // gone): what is left of the last run's charts goes. Failed before writing: nothing goes.
    const list = charts.get(t.plan.role)!;
    const before = new Set(state.charts.get(t.plan.role) ?? []);
    const old = new Set(oldCharts(t, state));
    const added = list.items.filter((c) => !before.has(c.name));
    if (restore) added.forEach((c) => c.delete());
    else if (added.length) list.items.filter((c) => old.has(c.name)).forEach((c) => c.delete());
  }
  for (const name of unnamed) sheets.getItem(name).delete();
  for (const { t, backup, freeze } of kept) {
    if (restore) {
      const sheet = sheets.getItem(t.existing!);
      const all = sheet.getRange();
      all.conditionalFormats.clearAll();
      all.unmerge();
      all.clear('All');
      sheet.freezePanes.unfreeze();
      all.copyFrom(backup.getRange(), 'All');
      if (!freeze.isNullObject) sheet.freezePanes.freezeAt(sheet.getRange(splitAddress(freeze.address).address));
      sheet.tabColor = backup.tabColor;
      // The marker goes back to the block it recorded before this run.
      const marker = markerName(t.plan.role);
      const before = state.listing.names.find((n) => n.name === marker)?.formula;
      if (before && names.has(marker.toLowerCase())) workbook.names.getItem(marker).formula = before;
    }
    backup.delete();
  }
  if (restore) {
    for (const t of placements.filter((x) => !x.existing && has(x.plan.name))) {
      sheets.getItem(t.plan.name).delete();
      const marker = markerName(t.plan.role);
      if (names.has(marker.toLowerCase()) && !state.outputSheets.has(t.plan.role)) workbook.names.getItem(marker).delete();
    }
  }
  await context.sync();
}
