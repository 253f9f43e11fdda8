import type { Issue } from '../../engine';
import { ScorecardError } from '../../engine';
import type { SheetPlan, WorkbookPlan } from '../../plan';
import type { WorkbookState } from './read';

export interface Target {
  plan: SheetPlan;
  /** The sheet to rewrite in place, when earlier output exists. */
  existing?: string;
}

/** Decides where each sheet goes, refusing (before any write) sheets that are not ours or are protected. */
export function locateTargets(plan: WorkbookPlan, state: WorkbookState): Target[] {
  const issues: Issue[] = [];
  if (state.structureProtected) {
    throw new ScorecardError([
      {
        severity: 'error',
        code: 'workbook-structure-protected',
        message: "The workbook's structure is protected, so the scorecard cannot add, copy or replace its sheets.",
        fix: 'Unprotect the workbook structure (Review > Protect Workbook), then recalculate.',
      },
    ]);
  }
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
