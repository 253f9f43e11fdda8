import type { RangeLookup, Reference, WorkbookInput } from '../engine';
import type { WorkbookPlan } from '../plan';

/**
 * What the recalculation needs from a workbook, whichever client holds it:
 * read the contract tables, read every referenced range in one batch, apply a plan.
 */
export interface WorkbookGateway {
  readInput(): Promise<WorkbookInput>;
  readReferences(references: Reference[]): Promise<Map<string, RangeLookup>>;
  /**
   * Writes the plan's sheets, replacing earlier output found by role. Checks everything
   * first and throws a ScorecardError, having written nothing, when it cannot write.
   */
  apply(plan: WorkbookPlan): Promise<void>;
}

/** A workbook name that marks an output sheet by role, so a renamed output sheet is still found. */
export const OUTPUT_MARKER_PREFIX = 'ScorecardOutput_';

export function markerName(role: string): string {
  return `${OUTPUT_MARKER_PREFIX}${role.replace(/[^A-Za-z0-9_]/g, '_')}`;
}
