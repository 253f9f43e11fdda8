/**
 * Output sheets an earlier run wrote that this run does not: an area no longer in the Areas
 * setting, area scorecards turned off, no exception page needed this month, no activity table.
 * The sheet stays the scorecard's (its marker is kept, and it is written over when the role comes
 * back), but until then it holds the earlier run's figures, and its live formulas point at
 * catalogue and data rows that may now hold other figures: a page that looks current and is not.
 * So each is named in a warning; nothing is deleted, as people may have written on it.
 */
import type { Issue } from '../engine';
import type { WorkbookPlan } from '../plan';
import { roleWords } from '../gateways/placement';

/** "North Kent scorecard", "exception pages", "Cohort impact sheet": a role as a reader knows it. */
function words(role: string): string {
  if (role === 'exceptions') return 'exception pages';
  return role.startsWith('area:') ? roleWords(role) : `${roleWords(role)} sheet`;
}

export function staleOutputWarnings(
  earlier: Record<string, string> | undefined,
  plan: Pick<WorkbookPlan, 'sheets'>,
  alsoWritten: readonly string[] = [],
): Issue[] {
  const written = new Set<string>([...plan.sheets.map((sheet) => sheet.role), ...alsoWritten]);
  return Object.entries(earlier ?? {})
    .filter(([role]) => !written.has(role))
    .map(([role, sheet]) => ({
      severity: 'warning' as const,
      code: 'output-not-rewritten' as const,
      message:
        `"${sheet}" holds the ${words(role)} from an earlier run, which this run does not write: it is left as it was, ` +
        `with that run's figures, and its formulas may now read rows that hold other figures.`,
      fix: `Delete the sheet if it is no longer wanted; if it comes back, the ${words(role)} will be written over it again.`,
      at: { sheet, cell: 'A1' },
    }));
}
