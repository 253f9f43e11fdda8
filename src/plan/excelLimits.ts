/**
 * The last step of every plan: what is written keeps to Excel's specifications and limits
 * (https://support.microsoft.com/en-us/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3),
 * whichever gateway writes it. Nothing is cut silently: each change is a warning naming the cell.
 *
 * - a text longer than a cell holds is cut, and ends with a visible note saying so;
 * - a number Excel cannot hold (Infinity, NaN) is written as "-", never as a value;
 * - a formula longer than Excel accepts is written as its value (plans avoid it; this is the net);
 * - rows no taller and columns no wider than Excel allows.
 */
import type { Issue } from '../engine';
import { cellAddress } from '../engine';
import { NO_RESULT } from './formulas';
import type { PlanCell, SheetPlan, WorkbookPlan } from './types';

const EXCEL_LIMITS = {
  cellCharacters: 32_767,
  /** What a text may take: one character fewer, for the quote prefix Office.js writes text with. */
  textCharacters: 32_766,
  formulaCharacters: 8_192,
  rowHeightPoints: 409,
  columnWidthCharacters: 255,
} as const;

const count = (n: number): string => n.toLocaleString('en-GB');

/** The note a cut text ends with, so whoever reads the cell knows there was more. */
function cutNote(fullLength: number): string {
  return ` … [cut short: the full text is ${count(fullLength)} characters, more than the ${count(EXCEL_LIMITS.cellCharacters)} an Excel cell holds]`;
}

/** A text cut to fit one cell, ending with the note; a surrogate pair is never split. */
export function cutToCell(text: string): string {
  const note = cutNote(text.length);
  let end = EXCEL_LIMITS.textCharacters - note.length;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return text.slice(0, end) + note;
}

/** The start of a text, to say which one is meant. */
const opening = (text: string): string => {
  const start = text.slice(0, 40).replace(/\s+/g, ' ').trim();
  return text.length > 40 ? `${start}…` : start;
};

interface Where {
  sheet: string;
  cell: string;
}

function cutText(cell: PlanCell, text: string, at: Where): Issue {
  cell.value = cutToCell(text);
  return {
    severity: 'warning',
    code: 'text-cut',
    message: `The text written to this cell ("${opening(text)}") is ${count(text.length)} characters long, more than the ${count(EXCEL_LIMITS.cellCharacters)} an Excel cell holds, so it is cut short and ends with a note saying so.`,
    fix: 'Shorten the text where it comes from (the catalogue, the commentary or the narrative), then recalculate.',
    at,
  };
}

function notANumber(cell: PlanCell, value: number, at: Where): Issue {
  cell.value = NO_RESULT;
  return {
    severity: 'warning',
    code: 'number-too-large',
    message: `The result here works out as ${String(value)}, which Excel cannot hold, so it is shown as "${NO_RESULT}"${cell.formula ? ' (and as #NUM! once Excel recalculates its formula)' : ''}.`,
    fix: 'Check the figures behind it: a numerator or denominator is far too large or too small (a value typed in the wrong units, perhaps).',
    at,
  };
}

function formulaTooLong(cell: PlanCell, formula: string, at: Where): Issue {
  delete cell.formula;
  return {
    severity: 'warning',
    code: 'formula-too-long',
    message: `The live formula for this cell would be ${count(formula.length)} characters, more than the ${count(EXCEL_LIMITS.formulaCharacters)} Excel accepts, so the value is written instead and will not follow edits until the next recalculation.`,
    fix: 'Nothing to do for this run; please tell us, as the scorecard should never need so long a formula.',
    at,
  };
}

function breaksLimits({ value, formula }: PlanCell): boolean {
  return (
    (formula !== undefined && formula.length > EXCEL_LIMITS.formulaCharacters) ||
    (typeof value === 'string' && value.length > EXCEL_LIMITS.textCharacters) ||
    (typeof value === 'number' && !Number.isFinite(value))
  );
}

function cellIssues(cell: PlanCell, at: Where): Issue[] {
  const issues: Issue[] = [];
  if (cell.formula && cell.formula.length > EXCEL_LIMITS.formulaCharacters) issues.push(formulaTooLong(cell, cell.formula, at));
  const { value } = cell;
  if (typeof value === 'string' && value.length > EXCEL_LIMITS.textCharacters) issues.push(cutText(cell, value, at));
  if (typeof value === 'number' && !Number.isFinite(value)) issues.push(notANumber(cell, value, at));
  return issues;
}

/** Row heights and column widths within Excel's range (a taller row shows its text when selected). */
function clampSizes(sheet: SheetPlan): void {
  for (const [row, height] of Object.entries(sheet.rowHeights)) {
    sheet.rowHeights[Number(row)] = Math.min(Math.max(height, 0), EXCEL_LIMITS.rowHeightPoints);
  }
  sheet.columnWidths = sheet.columnWidths.map((w) => Math.min(Math.max(w, 0), EXCEL_LIMITS.columnWidthCharacters));
}

/** On a scorecard sheet, the indicator a row is for: its ID, in column A. */
function indicatorOfRow(sheet: SheetPlan, row: PlanCell[]): string | undefined {
  if (sheet.role !== 'scorecard' && !sheet.role.startsWith('area:')) return undefined;
  const id = row[0]?.value;
  return row[2]?.value && (typeof id === 'number' || typeof id === 'string') ? String(id) : undefined;
}

/** Brings a plan within Excel's limits, in place; returns a warning for each cell changed. */
export function keepWithinExcelLimits(plan: WorkbookPlan): Issue[] {
  const issues: Issue[] = [];
  for (const sheet of plan.sheets) {
    clampSizes(sheet);
    const { cells } = sheet;
    for (let r = 0; r < cells.length; r++) {
      const row = cells[r] ?? [];
      for (let c = 0; c < row.length; c++) {
        const cell = row[c];
        if (!cell || !breaksLimits(cell)) continue;
        // A copy: a cell object may be shared, and the plan's callers keep nothing else of it.
        const fixed = { ...cell };
        const found = cellIssues(fixed, { sheet: sheet.name, cell: cellAddress(r + 1, c + 1) });
        const indicatorId = indicatorOfRow(sheet, row);
        issues.push(...found.map((issue) => (indicatorId ? { ...issue, indicatorId } : issue)));
        row[c] = fixed;
      }
    }
  }
  return issues;
}
