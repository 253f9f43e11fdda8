/**
 * A cell of a contract table (a setting, a catalogue row, a data row) that holds a formula with no
 * saved result. openpyxl and other generators write formulas without their results; the file
 * gateways hand such a cell over as the error UNCALCULATED. Read as text, that error's words
 * became the title, an area's name, even a sheet's name: every such cell is an error at the cell,
 * text or figure alike, with one message for every table.
 */
import type { IssueList } from '../issues';
import { isUncalculated } from '../rawCell';
import { foldRepeated } from './repeatedIssues';
import type { ColumnSpec, TableRow } from './tables';

const UNCALCULATED_FIX =
  'Open the file in Excel (or LibreOffice) and save it, which saves each formula with its result, then run again; or type the value in place of the formula.';

/**
 * Reports each of the row's cells, in the columns the scorecard reads, that holds a formula with no
 * saved result; true when there is none. A row with one is not read further, so a figure there is
 * reported once, by this message, not again as a figure.
 */
export function rowCalculated<F extends string>(
  row: TableRow<F>,
  specs: readonly ColumnSpec<F>[],
  issues: IssueList,
  indicatorId?: string,
): boolean {
  let calculated = true;
  for (const { field, header } of specs) {
    if (!row.has(field) || !isUncalculated(row.cell(field))) continue;
    calculated = false;
    const at = row.at(field);
    issues.error(
      'uncalculated-formula',
      `The ${header} cell holds a formula with no saved result (the file was saved by a program that does not calculate formulas, such as openpyxl), which the scorecard cannot read.`,
      UNCALCULATED_FIX,
      at,
      indicatorId,
    );
  }
  return calculated;
}

/** The rows whose cells can all be read; the others are reported at the cell and left out. */
export function calculatedRows<F extends string>(
  rows: TableRow<F>[] | undefined,
  specs: readonly ColumnSpec<F>[],
  issues: IssueList,
): TableRow<F>[] {
  const from = issues.items.length;
  const calculated = (rows ?? []).filter((row) => rowCalculated(row, specs, issues));
  foldRepeated(issues, from, 'uncalculated-formula', 'cells', 'Saving the file once mends them all.');
  return calculated;
}
