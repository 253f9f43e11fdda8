import type { Issue, RangeBox } from '../engine';
import { boxAddress, cellAddress, InputProblem, unionBox as union } from '../engine';
import type { SheetPlan, WorkbookPlan } from '../plan';
import { OUTPUT_SHEET_NAMES, ownedBox } from '../plan';
import { markerName } from './gateway';

/** A cell on an output sheet that the scorecard did not write: outside the block its marker records. */
export interface ForeignCell {
  row: number;
  column: number;
  text: string;
}

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
  /** The block each role's earlier output owns, as its marker records it (absent: the whole sheet, as before). */
  owned?: Map<string, RangeBox>;
  /** What people typed on each role's output sheet outside that block. */
  foreign?: Map<string, ForeignCell[]>;
}

/** Where one planned sheet goes: over the earlier output sheet, or onto a new sheet. */
export interface Placement {
  plan: SheetPlan;
  existing?: string;
  /** The block this run's output owns. */
  box: RangeBox;
  /** On an existing sheet, the block to clear before writing: last run's and this run's; absent: the whole sheet. */
  clear?: RangeBox;
}

const inside = (c: ForeignCell, b: RangeBox) => c.row >= b.top && c.row <= b.bottom && c.column >= b.left && c.column <= b.right;

/** People's cells where this run would write: the run stops and names them rather than overwrite them. */
function coveredCells(p: Placement, facts: WorkbookFacts): Issue | undefined {
  const covered = (facts.foreign?.get(p.plan.role) ?? []).filter((c) => inside(c, p.box));
  const [first] = covered;
  if (!first || !p.existing) return undefined;
  const named = covered.slice(0, 5).map((c) => `${cellAddress(c.row, c.column)} ("${c.text.slice(0, 40)}")`);
  const more = covered.length > 5 ? ` and ${covered.length - 5} more` : '';
  return {
    severity: 'error',
    code: 'output-covers-people-cells',
    message: `"${p.existing}" has cells the scorecard did not write where this run's output now reaches (${boxAddress(p.box)}): ${named.join(', ')}${more}.`,
    fix: `Move them outside ${boxAddress(p.box)} or delete them, then recalculate. Anything typed outside the scorecard's block is kept.`,
    at: { sheet: p.existing, cell: cellAddress(first.row, first.column) },
  };
}

const lower = (names: Iterable<string>) => new Set([...names].map((n) => n.toLowerCase()));

/** "Scorecard", "Summary", "the North Kent scorecard": an output role as a reader knows it. */
export function roleWords(role: string): string {
  if (role.startsWith('area:')) return `${role.slice(5)} scorecard`;
  return OUTPUT_SHEET_NAMES[role as keyof typeof OUTPUT_SHEET_NAMES] ?? role;
}

/**
 * The earlier output sheets the plan may name its sheets after: those only one role claims. (Two
 * roles claiming one sheet stop the run at placement; the plan must not name two sheets alike.)
 */
export function singlyClaimed(marked: Map<string, string>): Record<string, string> {
  const count = new Map<string, number>();
  for (const sheet of marked.values()) count.set(sheet.toLowerCase(), (count.get(sheet.toLowerCase()) ?? 0) + 1);
  return Object.fromEntries([...marked].filter(([, sheet]) => count.get(sheet.toLowerCase()) === 1));
}

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
        message: `The workbook name ${markerName(role)} marks "${sheet}" as the ${roleWords(role)} sheet, but the scorecard reads that sheet as input, so it will not write there.`,
        fix: `Delete the name ${markerName(role)} (Formulas > Name Manager), then recalculate.`,
        at: { sheet, cell: 'A1' },
      });
    } else if ((claims.get(sheet.toLowerCase()) ?? []).length > 1) {
      issues.push({
        severity: 'error',
        code: 'output-marker-twice',
        message: `Workbook names mark "${sheet}" as the ${claims.get(sheet.toLowerCase())!.map(roleWords).join(' and ')} sheets; one sheet cannot be both.`,
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
    throw new InputProblem([
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
    const box = ownedBox(sheet);
    if (existing) {
      const old = facts.owned?.get(sheet.role);
      return { plan: sheet, existing, box, clear: old && union(old, box) };
    }
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
    return { plan: sheet, box };
  });
  for (const p of placements) {
    const covered = coveredCells(p, facts);
    if (covered) issues.push(covered);
  }
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
  if (issues.length) throw new InputProblem(issues);
  return placements;
}
