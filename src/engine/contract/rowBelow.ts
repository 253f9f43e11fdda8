import type { IssueList } from '../issues';
import { boxAddress, cellAddress } from '../address';
import type { RawCell } from '../rawCell';
import { cellText } from '../rawCell';
import { normaliseHeader } from './tables';
import type { RawTable, WorkbookInput } from './tables';
import { SETTING_KEYS } from './settings';

const SETTING_NAMES = new Set(Object.values(SETTING_KEYS).map(normaliseHeader));

/**
 * A row typed just below an Excel table is outside it where the file was edited by a tool that
 * does not grow tables as Excel does (LibreOffice, openpyxl), and it is not read: an indicator,
 * a month's figures or a setting left out without a word. Each table's filled row below is named.
 *
 * A catalogue, data or activity row below is a warning: the run goes on without it, and the
 * output shows what it has. A setting below (a cell naming one: Reporting month, Areas …) is an
 * error: it decides which month and areas the whole scorecard reports, so a run without it
 * reports another month than the one typed, and nothing on the scorecard says it was left out.
 */
export function checkRowsBelow(input: WorkbookInput, issues: IssueList): void {
  for (const key of ['catalogue', 'data', 'settings', 'activity'] as const) {
    const table = input[key];
    if (table) checkRowBelow(table, key === 'settings', issues);
  }
}

/** A cell as typed, near enough: a date as 31/12/2024, not the ISO text cellText gives. */
function shownText(cell: RawCell): string {
  if (!(cell instanceof Date)) return cellText(cell);
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${two(cell.getUTCDate())}/${two(cell.getUTCMonth() + 1)}/${cell.getUTCFullYear()}`;
}

function checkRowBelow(table: RawTable, isSettings: boolean, issues: IssueList): void {
  const below = table.rowBelow;
  if (!below || table.tooLarge) return;
  const { range } = table;
  const row = range.top + range.cells.length + (table.totalsRows ?? 0);
  const filled = below.flatMap((cell, i) => (cellText(cell) === '' ? [] : [{ column: range.left + i, text: shownText(cell) }]));
  const first = filled[0];
  if (!first) return;
  const shown = filled
    .slice(0, 3)
    .map((f) => `"${f.text.length > 40 ? `${f.text.slice(0, 39)}…` : f.text}"`)
    .join(', ');
  const more = filled.length > 3 ? ', …' : '';
  const resized = boxAddress({ top: range.top, left: range.left, bottom: row, right: range.left + below.length - 1 });
  const at = { sheet: range.sheet, cell: cellAddress(row, first.column) };
  const setting = isSettings && filled.some((f) => SETTING_NAMES.has(normaliseHeader(f.text)));
  const message = `Row ${row}, just below the ${table.name} table, holds ${shown}${more}, but the table ends at row ${row - 1}, so the row is not read${setting ? ': the scorecard would be run without that setting' : ''}.`;
  const fix = `If the row belongs to the table, resize the table to ${resized} (click in the table, then Table Design > Resize Table; Excel grows a table over a row typed under it, other tools do not), then run again${setting ? '' : '; if it is a note of your own, leave a blank row between it and the table'}.`;
  if (setting) issues.error('row-below-table', message, fix, at);
  else issues.warn('row-below-table', message, fix, at);
}
