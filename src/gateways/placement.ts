import type { Issue } from '../engine';
import { ScorecardError } from '../engine';
import type { SheetPlan, WorkbookPlan } from '../plan';

/** What a gateway knows about the workbook when it places the output sheets. */
export interface WorkbookFacts {
  sheetNames: string[];
  /** The sheet each output role was last written to, as its marker name says. */
  marked: Map<string, string>;
  protectedSheets: Set<string>;
  /** Sheets cannot be added, copied or deleted while the workbook's structure is protected. */
  structureProtected: boolean;
  /** Sheets this run reads: the contract tables' and every referenced range's. Never output. */
  inputSheets: Set<string>;
}

/** Where one planned sheet goes: over the earlier output sheet, or onto a new sheet. */
export interface Placement {
  plan: SheetPlan;
  existing?: string;
}

const lower = (names: Iterable<string>) => new Set([...names].map((n) => n.toLowerCase()));

/** Marker names the run must not trust: they claim an input sheet, or a sheet another role claims. */
function untrustedMarkers(facts: WorkbookFacts): { issues: Issue[]; trusted: Map<string, string> } {
  const inputs = lower(facts.inputSheets);
  const issues: Issue[] = [];
  const trusted = new Map<string, string>();
  const claims = new Map<string, string[]>();
  for (const [role, sheet] of facts.marked) claims.set(sheet.toLowerCase(), [...(claims.get(sheet.toLowerCase()) ?? []), role]);
  for (const [role, sheet] of facts.marked) {
    if (inputs.has(sheet.toLowerCase())) {
      issues.push({
        severity: 'error',
        code: 'output-marker-on-input',
        message: `A workbook name marks "${sheet}" as the scorecard's ${role} sheet, but the scorecard reads that sheet as input, so it will not write there.`,
        fix: `Delete the name ScorecardOutput_… that points at "${sheet}" (Formulas > Name Manager), then recalculate.`,
        at: { sheet, cell: 'A1' },
      });
    } else if ((claims.get(sheet.toLowerCase()) ?? []).length > 1) {
      issues.push({
        severity: 'error',
        code: 'output-marker-twice',
        message: `Workbook names mark "${sheet}" as the scorecard's ${claims.get(sheet.toLowerCase())!.join(' and ')} sheets; one sheet cannot be both.`,
        fix: 'Keep the one name that belongs (Formulas > Name Manager), delete the others, then recalculate.',
        at: { sheet, cell: 'A1' },
      });
    } else trusted.set(role, sheet);
  }
  return { issues: issues.filter((x, i) => issues.findIndex((y) => y.message === x.message) === i), trusted };
}

/**
 * Decides, before anything is written, where each planned sheet goes, and refuses the whole
 * write when a sheet is not the scorecard's to replace: a sheet of that name it did not write, a
 * protected output sheet, a marker name that claims an input sheet or a sheet another role
 * claims, or a workbook whose structure is protected. One policy for both gateways.
 */
export function placeSheets(plan: WorkbookPlan, facts: WorkbookFacts): Placement[] {
  if (facts.structureProtected) {
    throw new ScorecardError([
      {
        severity: 'error',
        code: 'workbook-structure-protected',
        message: "The workbook's structure is protected, so the scorecard cannot add, copy or replace its sheets.",
        fix: 'Unprotect the workbook structure (Review > Protect Workbook), then recalculate.',
      },
    ]);
  }
  const { issues, trusted } = untrustedMarkers(facts);
  // A sheet an untrusted marker claims is already reported: one root cause, one message.
  const disputed = lower([...facts.marked.values()].filter((s) => ![...trusted.values()].includes(s)));
  const present = new Map(facts.sheetNames.map((n) => [n.toLowerCase(), n]));
  const placements = plan.sheets.map((sheet): Placement => {
    const marked = trusted.get(sheet.role);
    const existing = marked ? present.get(marked.toLowerCase()) : undefined;
    if (existing) return { plan: sheet, existing };
    const clash = present.get(sheet.name.toLowerCase());
    if (clash && !disputed.has(clash.toLowerCase())) {
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
  const protectedSheets = lower(facts.protectedSheets);
  for (const p of placements) {
    if (p.existing && protectedSheets.has(p.existing.toLowerCase())) {
      issues.push({
        severity: 'error',
        code: 'sheet-protected',
        message: `The output sheet "${p.existing}" is protected, so it cannot be rewritten.`,
        fix: 'Unprotect it (Review > Unprotect Sheet), then recalculate.',
        at: { sheet: p.existing, cell: 'A1' },
      });
    }
  }
  if (issues.length) throw new ScorecardError(issues);
  return placements;
}
