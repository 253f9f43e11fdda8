/**
 * Figures whose saved value is not a figure. A gateway reads a formula cell by the value saved
 * with it (the engine evaluates no formulas); where it also hands over the formula text
 * (`RawRange.formulas`), two kinds of formula make that value untrustworthy:
 *
 * - A circular reference (a cell whose formula refers to itself, directly or through one other
 *   figure cell that refers back): Excel saves 0, or whatever its last iteration left, and
 *   LibreOffice an error. The saved value is no one's count, and a 0 makes a Red that looks right,
 *   so this is an error at the cell: the run stops.
 * - A link to another workbook: the saved value is the linked figure as of the last time the links
 *   were updated, which may be right (the usual way authorities pull a return together) or may be
 *   last month's. The run cannot tell or update it, so it goes on and warns, naming the cell and
 *   the workbook, so the analyst can update the links and run again.
 */
import type { RangeBox } from './address';
import { cellAddress, cellColumnOf, cellRowOf, packedCell } from './address';
import type { RangeLookup } from './contract/references';
import { boxHolds, externalWorkbook, formulaReferences } from './formulaText';
import type { IssueList } from './issues';
import type { RawCell, RawRange } from './rawCell';
import { cellText } from './rawCell';

interface FormulaCell {
  sheet: string;
  row: number;
  column: number;
  formula: string;
  saved: RawCell;
  /** The cells of its own sheet the formula refers to (references naming its sheet count too). */
  own: RangeBox[];
}

/** Above this many formula cells, only direct self-references are looked for (the pair check is quadratic). */
const PAIR_CHECK_LIMIT = 5000;

function ownSheetBoxes(sheet: string, formula: string): RangeBox[] {
  const lower = sheet.toLowerCase();
  return formulaReferences(formula)
    .filter((r) => r.sheet === undefined || r.sheet.toLowerCase() === lower)
    .map((r) => r.box);
}

/** Every formula cell behind the references, once each (ranges overlap), grouped by sheet. */
function formulaCells(lookups: Map<string, RangeLookup>): Map<string, Map<number, FormulaCell>> {
  const bySheet = new Map<string, Map<number, FormulaCell>>();
  const add = (range: RawRange): void => {
    const sheetKey = range.sheet.toLowerCase();
    const cells = bySheet.get(sheetKey) ?? new Map<number, FormulaCell>();
    bySheet.set(sheetKey, cells);
    for (const f of range.formulas ?? []) {
      const saved = range.cells[f.row - range.top]?.[f.column - range.left] ?? null;
      const own = ownSheetBoxes(range.sheet, f.formula);
      cells.set(packedCell(cellAddress(f.row, f.column)), { sheet: range.sheet, ...f, saved, own });
    }
  };
  for (const lookup of lookups.values()) if (lookup.ok) add(lookup.range);
  return bySheet;
}

function refersTo(cell: FormulaCell, row: number, column: number): boolean {
  return cell.own.some((box) => boxHolds(box, row, column));
}

/** Another formula cell on the sheet that this one refers to and that refers back to it. */
function partnerOf(cell: FormulaCell, sheetCells: Map<number, FormulaCell>): FormulaCell | undefined {
  for (const other of sheetCells.values()) {
    if (other === cell || !refersTo(cell, other.row, other.column)) continue;
    if (refersTo(other, cell.row, cell.column)) return other;
  }
  return undefined;
}

const shownValue = (cell: FormulaCell): string => (cell.saved === null ? 'nothing' : cellText(cell.saved));

function reportCircular(cell: FormulaCell, partner: FormulaCell | undefined, issues: IssueList): void {
  const through = partner
    ? `refers to ${cellAddress(partner.row, partner.column)}, whose formula (=${partner.formula}) refers back to this cell`
    : 'refers to its own cell';
  issues.error(
    'circular-figure',
    `This figure's formula, =${cell.formula}, ${through}: a circular reference. The value saved with it (${shownValue(cell)}) is what the last calculation left, not a figure.`,
    'Type the figure in the cell, or correct the formula so that it does not refer to itself, then run again.',
    { sheet: cell.sheet, cell: cellAddress(cell.row, cell.column) },
  );
}

function reportExternal(cell: FormulaCell, workbook: string, issues: IssueList): void {
  issues.warn(
    'external-link-figure',
    `This figure comes from another workbook (${workbook}) by the formula =${cell.formula}. Its saved value, ${shownValue(cell)}, is as it was when the links were last updated, and the run cannot update it.`,
    `Open the workbook, update the links (Data > Edit Links > Update Values) and save, then run again; or paste the figure in as a value.`,
    { sheet: cell.sheet, cell: cellAddress(cell.row, cell.column) },
  );
}

/**
 * Checks the formula cells behind the catalogue's references (see above) and hands the lookups on.
 * Cells a gateway gave no formula text for (Office.js reads values only) are not checked.
 */
export function checkReferencedFormulas(lookups: Map<string, RangeLookup>, issues: IssueList): Map<string, RangeLookup> {
  const bySheet = formulaCells(lookups);
  const total = [...bySheet.values()].reduce((n, cells) => n + cells.size, 0);
  for (const cells of bySheet.values()) {
    const ordered = [...cells.entries()].sort(([a], [b]) => cellRowOf(a) - cellRowOf(b) || cellColumnOf(a) - cellColumnOf(b));
    const reported = new Set<FormulaCell>();
    for (const [, cell] of ordered) {
      const workbook = externalWorkbook(cell.formula);
      if (workbook !== undefined) reportExternal(cell, workbook, issues);
      if (reported.has(cell)) continue;
      const self = refersTo(cell, cell.row, cell.column);
      const partner = self || total > PAIR_CHECK_LIMIT ? undefined : partnerOf(cell, cells);
      if (!self && !partner) continue;
      reportCircular(cell, partner, issues);
      reported.add(cell);
      if (partner) reported.add(partner);
    }
  }
  return lookups;
}
