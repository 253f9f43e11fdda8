import type { Issue } from '../../engine';
import { boxAddress, ScorecardError } from '../../engine';
import type { CfFormat, CfRule, SheetPlan, Style, WorkbookPlan } from '../../plan';
import { markerName } from '../gateway';
import { formulasOf, numberFormatsOf, pointsForCharacters } from './cells';
import type { WorkbookState } from './read';
import { splitAddress } from './read';

/** Office rejects requests over 5 MB; stay well under it, counting the JSON we send. */
export const MAX_REQUEST_BYTES = 4 * 1024 * 1024;

export interface Target {
  plan: SheetPlan;
  /** The sheet to rewrite in place, when earlier output exists. */
  existing?: string;
}

/** Decides where each sheet goes, refusing (before any write) sheets that are not ours or are protected. */
export function locateTargets(plan: WorkbookPlan, state: WorkbookState): Target[] {
  const issues: Issue[] = [];
  const lower = new Map(state.sheetNames.map((n) => [n.toLowerCase(), n]));
  const targets = plan.sheets.map((sheet): Target => {
    const marked = state.outputSheets.get(sheet.role);
    const existing = marked ? lower.get(marked.toLowerCase()) : undefined;
    if (existing) return { plan: sheet, existing };
    const clash = lower.get(sheet.name.toLowerCase());
    if (clash) {
      issues.push({
        severity: 'error',
        code: 'sheet-not-ours',
        message: `A sheet called "${clash}" already exists and was not written by the scorecard, so it will not be replaced.`,
        fix: 'Rename or move that sheet, then recalculate.',
        at: { sheet: clash, cell: 'A1' },
      });
    }
    return { plan: sheet };
  });
  for (const t of targets) {
    if (t.existing && state.protectedSheets.has(t.existing)) {
      issues.push({
        severity: 'error',
        code: 'sheet-protected',
        message: `The output sheet "${t.existing}" is protected, so it cannot be rewritten.`,
        fix: 'Unprotect it (Review > Unprotect Sheet), then recalculate.',
        at: { sheet: t.existing, cell: 'A1' },
      });
    }
  }
  if (issues.length) throw new ScorecardError(issues);
  return targets;
}

const H_ALIGN = { left: 'Left', center: 'Center', right: 'Right' } as const;
const V_ALIGN = { top: 'Top', center: 'Center', bottom: 'Bottom' } as const;

function applyStyle(range: Excel.Range, style: Style): void {
  const { format } = range;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.fontSize) format.font.size = style.fontSize;
  if (style.fontColor) format.font.color = style.fontColor;
  if (style.fill) format.fill.color = style.fill;
  if (style.hAlign) format.horizontalAlignment = H_ALIGN[style.hAlign];
  if (style.vAlign) format.verticalAlignment = V_ALIGN[style.vAlign];
  if (style.wrap) format.wrapText = true;
  if (style.borderBottom) format.borders.getItem('EdgeBottom').style = 'Continuous';
}

function applyCfFormat(format: Excel.ConditionalRangeFormat, cf: CfFormat): void {
  if (cf.fill) format.fill.color = cf.fill;
  if (cf.fontColor) format.font.color = cf.fontColor;
  if (cf.bold) format.font.bold = true;
}

function addRule(range: Excel.Range, rule: CfRule): void {
  const cf = range.conditionalFormats.add('CellValue');
  applyCfFormat(cf.cellValue.format, rule.format);
  cf.cellValue.rule =
    rule.type === 'textEquals'
      ? { formula1: `="${rule.text.replace(/"/g, '""')}"`, operator: 'EqualTo' }
      : { formula1: `=${rule.min}`, formula2: `=${rule.max}`, operator: 'Between' };
}

/** Rows of the grid cut into blocks whose JSON stays under the request limit. */
export function rowBlocks(plan: SheetPlan, maxBytes = MAX_REQUEST_BYTES): { from: number; to: number; bytes: number }[] {
  const blocks: { from: number; to: number; bytes: number }[] = [];
  const formulas = formulasOf(plan.cells);
  const formats = numberFormatsOf(plan.cells);
  let from = 0;
  let bytes = 0;
  formulas.forEach((row, i) => {
    const rowBytes = JSON.stringify(row).length + JSON.stringify(formats[i]).length;
    if (i > from && bytes + rowBytes > maxBytes) {
      blocks.push({ from, to: i - 1, bytes });
      from = i;
      bytes = 0;
    }
    bytes += rowBytes;
  });
  if (formulas.length) blocks.push({ from, to: formulas.length - 1, bytes });
  return blocks;
}

/**
 * Earlier output is copied to a hidden sheet before it is rewritten, so that a write Excel
 * refuses half-way can be undone: the copy is pasted back and nothing is left half-written.
 */
export const BACKUP_PREFIX = '~scorecard backup ';

export function backupName(role: string): string {
  return `${BACKUP_PREFIX}${role}`;
}

/** The name Excel gives a copy before it is renamed: "Scorecard (2)", or the next free number. */
function copyName(sheet: string, taken: string[]): string {
  const lower = new Set(taken.map((n) => n.toLowerCase()));
  let n = 2;
  while (lower.has(`${sheet} (${n})`.toLowerCase())) n++;
  return `${sheet} (${n})`;
}

/** Queues one sheet's setup: created or cleared, with widths, styles, merges, rules and marker; cells come in blocks. */
function queueSheet(
  context: Excel.RequestContext,
  target: Target,
  markerExists: boolean,
  stale: boolean,
  stamp: string,
): Excel.Worksheet {
  const { plan } = target;
  const sheets = context.workbook.worksheets;
  let sheet: Excel.Worksheet;
  if (target.existing) {
    sheet = sheets.getItem(target.existing);
    const all = sheet.getRange();
    all.conditionalFormats.clearAll();
    all.unmerge();
    all.clear('All');
    all.format.useStandardHeight = true;
    all.format.useStandardWidth = true;
    sheet.freezePanes.unfreeze();
  } else {
    sheet = sheets.add(plan.name);
  }

  plan.columnWidths.forEach((chars, i) => {
    sheet.getRangeByIndexes(0, i, 1, 1).format.columnWidth = pointsForCharacters(chars);
  });
  for (const [row, height] of Object.entries(plan.rowHeights)) sheet.getRange(`${row}:${row}`).format.rowHeight = height;
  for (const { range, style } of plan.styles) applyStyle(sheet.getRange(range), style);
  for (const range of plan.merges) sheet.getRange(range).merge(false);
  for (const cf of plan.conditionalFormats) {
    const range = sheet.getRange(cf.range);
    for (const rule of cf.rules) addRule(range, rule);
  }
  for (const chart of plan.charts ?? []) {
    const added = sheet.charts.add('Line', sheet.getRange(chart.source), 'Rows');
    // A name of this run's own: the last run's charts stay until the write is complete.
    added.name = `${chart.name} ${stamp}`;
    added.title.text = chart.title;
    added.setPosition(chart.from, chart.to);
  }
  if (plan.freeze) sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, plan.freeze.rows, plan.freeze.columns));
  if (plan.tabColor) sheet.tabColor = plan.tabColor;
  if (plan.landscape) sheet.pageLayout.orientation = 'Landscape';
  if (!markerExists && stale) context.workbook.names.getItem(markerName(plan.role)).delete();
  if (!markerExists)
    context.workbook.names.add(
      markerName(plan.role),
      sheet.getRange('A1'),
      'Scorecard output sheet: lets the add-in find it again if renamed',
    );
  return sheet;
}

function writeBlock(sheet: Excel.Worksheet, plan: SheetPlan, from: number, to: number, width: number): void {
  const rows = plan.cells.slice(from, to + 1);
  const range = sheet.getRange(boxAddress({ top: from + 1, left: 1, bottom: to + 1, right: width }));
  range.numberFormat = numberFormatsOf(rows);
  range.formulas = formulasOf(rows);
}

/**
 * After Excel refused part of a write. Backups are all made before the first change and deleted
 * only after the last, so: if every backup is still there, the output may be half-written, and
 * each backup is pasted back over its sheet (keeping the sheet itself, so formulas elsewhere
 * that point at it still work) and sheets and markers this run added are removed; if some backup
 * is gone, the write had finished (or had not begun) and only the remaining backups go.
 * Two round trips, on the failure path only.
 */
export async function restoreAfterFailure(context: Excel.RequestContext, targets: Target[], state: WorkbookState): Promise<void> {
  const sheets = context.workbook.worksheets;
  context.runtime.enableEvents = true;
  const probes = targets.map((t) => {
    if (t.existing) {
      const backup = sheets.getItemOrNullObject(backupName(t.plan.role));
      backup.load('tabColor');
      const freeze = backup.freezePanes.getLocationOrNullObject();
      freeze.load('address');
      // Excel may have made the copy and refused its new name.
      const unnamed = sheets.getItemOrNullObject(copyName(t.existing, state.sheetNames));
      const charts = sheets.getItem(t.existing).charts;
      charts.load('items/name');
      return { t, backup, freeze, unnamed, charts };
    }
    const marker = context.workbook.names.getItemOrNullObject(markerName(t.plan.role));
    return { t, added: sheets.getItemOrNullObject(t.plan.name), marker };
  });
  await context.sync();
  const restore = probes.every((p) => !p.backup || (!p.backup.isNullObject && p.unnamed.isNullObject));
  for (const probe of probes) {
    if (probe.charts) {
      // Restoring: this run's charts go. Complete (this run's charts were drawn and a backup is
      // gone): what is left of the last run's charts goes. Failed before writing: nothing goes.
      const before = new Set(state.charts.get(probe.t.plan.role) ?? []);
      const old = new Set(oldCharts(probe.t, state));
      const added = probe.charts.items.filter((c) => !before.has(c.name));
      if (restore) added.forEach((c) => c.delete());
      else if (added.length) probe.charts.items.filter((c) => old.has(c.name)).forEach((c) => c.delete());
    }
    if (probe.unnamed && !probe.unnamed.isNullObject) probe.unnamed.delete();
    if (probe.backup && !probe.backup.isNullObject) {
      if (restore) {
        const sheet = sheets.getItem(probe.t.existing!);
        const all = sheet.getRange();
        all.conditionalFormats.clearAll();
        all.unmerge();
        all.clear('All');
        sheet.freezePanes.unfreeze();
        all.copyFrom(probe.backup.getRange(), 'All');
        if (!probe.freeze.isNullObject) sheet.freezePanes.freezeAt(sheet.getRange(splitAddress(probe.freeze.address).address));
        sheet.tabColor = probe.backup.tabColor;
      }
      probe.backup.delete();
    }
    if (restore && probe.added && !probe.added.isNullObject) {
      probe.added.delete();
      if (!probe.marker.isNullObject && !state.outputSheets.has(probe.t.plan.role)) probe.marker.delete();
    }
  }
  await context.sync();
}

/**
 * Cell blocks packed in order into requests of at most `maxBytes`: the first request also
 * carries every sheet's setup, which is small; a workbook that fits is written in one.
 */
export function packBlocks<B extends { block: { bytes: number } }>(blocks: B[], maxBytes: number): B[][] {
  const requests: B[][] = [[]];
  let bytes = 0;
  for (const b of blocks) {
    if (requests[requests.length - 1].length > 0 && bytes + b.block.bytes > maxBytes) {
      requests.push([]);
      bytes = 0;
    }
    requests[requests.length - 1].push(b);
    bytes += b.block.bytes;
  }
  return requests;
}

/** A chart the add-in drew: its plan name and a run's stamp. Charts people add are left alone. */
const OUR_CHART = / #[0-9a-z]+$/;

/** Charts an earlier run drew on a sheet this run rewrites. */
function oldCharts(t: Target, state: WorkbookState): string[] {
  const mine = t.existing && state.outputSheets.get(t.plan.role) === t.existing;
  return mine ? (state.charts.get(t.plan.role) ?? []).filter((name) => OUR_CHART.test(name)) : [];
}

/** Copies every existing output sheet to a hidden backup, before anything is changed. */
function queueBackups(context: Excel.RequestContext, targets: Target[]): Excel.Worksheet[] {
  return targets
    .filter((t) => t.existing)
    .map((t) => {
      const backup = context.workbook.worksheets.getItem(t.existing!).copy('End');
      backup.name = backupName(t.plan.role);
      backup.visibility = 'Hidden';
      return backup;
    });
}

/**
 * Round trip 3: writes every output sheet in one batch with calculation, screen updating and
 * events suspended. Only sheets too large for one request add round trips. The batch runs in
 * three phases: back up the existing output sheets, write, delete the backups. If Excel refuses
 * any part, restoreAfterFailure puts the output back as it was (or, if only a backup's deletion
 * failed, tidies up after a write that did complete), and the error is passed on.
 */
export async function applyPlan(context: Excel.RequestContext, plan: WorkbookPlan, state: WorkbookState): Promise<void> {
  const targets = locateTargets(plan, state);
  const stamp = `#${Date.now().toString(36)}`;
  context.application.suspendApiCalculationUntilNextSync();
  context.application.suspendScreenUpdatingUntilNextSync();
  context.runtime.enableEvents = false;
  try {
    // A backup left by a run that lost its connection mid-write is out of date: this run replaces it.
    for (const name of state.sheetNames.filter((n) => n.toLowerCase().startsWith(BACKUP_PREFIX))) {
      context.workbook.worksheets.getItem(name).delete();
    }
    const backups = queueBackups(context, targets);
    const sheets = targets.map((t) =>
      queueSheet(
        context,
        t,
        Boolean(t.existing && state.outputSheets.get(t.plan.role) === t.existing),
        state.staleMarkers.has(t.plan.role),
        stamp,
      ),
    );
    sheets[0]?.activate();
    const blocks = targets.flatMap((t, i) => rowBlocks(t.plan).map((block) => ({ t, sheet: sheets[i], block })));
    const requests = packBlocks(blocks, MAX_REQUEST_BYTES);
    for (const [i, request] of requests.entries()) {
      if (i > 0) context.application.suspendApiCalculationUntilNextSync();
      for (const { t, sheet, block } of request) writeBlock(sheet, t.plan, block.from, block.to, t.plan.cells[0].length);
      if (i === requests.length - 1) {
        context.runtime.enableEvents = true;
        // Once one backup is gone the write counts as complete, so the last run's charts go after it.
        backups[0]?.delete();
        targets.forEach((t, k) => {
          for (const name of oldCharts(t, state)) sheets[k].charts.getItem(name).delete();
        });
        for (const backup of backups.slice(1)) backup.delete();
      }
      // Each request is as full as Office's 5 MB limit allows: together they would pass it.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    }
  } catch (error) {
    await restoreAfterFailure(context, targets, state).catch(() => undefined);
    throw error;
  }
}
