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
   * first and throws an InputProblem (engine/errors.ts), having written nothing, when it cannot write.
   */
  apply(plan: WorkbookPlan): Promise<void>;
  /**
   * Checks what `apply` would refuse (a sheet that is not the scorecard's, a protected output
   * sheet, people's cells where the output now reaches), throwing the same InputProblem, and
   * changes nothing: for a check that must not pass a workbook the run then refuses. Only a
   * gateway that can do so without touching the workbook has it (the CLI's works on the file's
   * package in memory); Office.js does not.
   */
  rehearse?(plan: WorkbookPlan): Promise<void>;
}

/** A workbook name that marks an output sheet by role, so a renamed output sheet is still found. */
const OUTPUT_MARKER_PREFIX = 'ScorecardOutput_';

const AREA_ROLE = 'area:';

/**
 * The marker name for an output role. An area's role carries the area's own name, which may
 * hold any character: it is spelt in hex so the name is valid and the role can be read back.
 */
export function markerName(role: string): string {
  if (role.startsWith(AREA_ROLE)) {
    const hex = [...new TextEncoder().encode(role.slice(AREA_ROLE.length))].map((b) => b.toString(16).padStart(2, '0'));
    return `${OUTPUT_MARKER_PREFIX}area_${hex.join('')}`;
  }
  return `${OUTPUT_MARKER_PREFIX}${role.replace(/[^A-Za-z0-9_]/g, '_')}`;
}

/** The output role a marker name stands for, or undefined when it is not one of ours. */
export function roleOfMarker(name: string): string | undefined {
  if (!name.startsWith(OUTPUT_MARKER_PREFIX)) return undefined;
  const rest = name.slice(OUTPUT_MARKER_PREFIX.length);
  const area = /^area_((?:[0-9a-f]{2})+)$/.exec(rest);
  if (!area) return rest;
  const bytes = new Uint8Array((area[1]?.match(/../g) ?? []).map((h) => parseInt(h, 16)));
  return `${AREA_ROLE}${new TextDecoder().decode(bytes)}`;
}
