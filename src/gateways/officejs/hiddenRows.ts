/**
 * Which rows of the catalogue are hidden. `Range.rowHidden` is true when every row of a range is
 * hidden, false when none is, and null when some are
 * (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-rowhidden-member,
 * ExcelApi 1.2). The whole table's flag is loaded with the first read, and so is each of the
 * catalogue sheet's first rows' own (a cell each), since the table's size is not known yet: a
 * catalogue with some rows hidden is then answered from them, and only one reaching past them
 * takes one more round trip, to ask row by row.
 */
import { parseRangeAddress, parseReference } from '../../engine';

/** Sheet rows whose hidden flag the first read asks ahead: more than any catalogue we have seen. */
const ROWS_ASKED_AHEAD = 512;

/**
 * Queues, without a sync, the hidden flag of each of the sheet's first rows (a cell in column A
 * each: the sheet exists, as the listing showed, so nothing is asked of a null object).
 */
export function queueRowsHidden(sheet: Excel.Worksheet): Excel.Range[] {
  return Array.from({ length: ROWS_ASKED_AHEAD }, (_, r) => {
    const cell = sheet.getRangeByIndexes(r, 0, 1, 1);
    cell.load('rowHidden');
    return cell;
  });
}

/**
 * The sheet rows of a loaded range (address and rowHidden) that are hidden, from the rows asked
 * ahead (`ahead`, loaded in the same sync) where they cover it, else row by row in a round trip.
 */
export async function hiddenRows(
  context: Excel.RequestContext,
  range: Excel.Range,
  ahead: Excel.Range[] = [],
): Promise<number[]> {
  const ref = parseReference(range.address);
  const box = ref?.kind === 'range' ? parseRangeAddress(ref.address.replace(/\$/g, '')) : undefined;
  if (!ref || ref.kind !== 'range' || !box || range.rowHidden === false) return [];
  const all = Array.from({ length: box.bottom - box.top + 1 }, (_, i) => box.top + i);
  if (range.rowHidden === true) return all;
  if (box.bottom <= ahead.length) return all.filter((row) => ahead[row - 1]?.rowHidden === true);
  // A range object lives for one batch; each row is asked of its sheet afresh.
  const sheet = context.workbook.worksheets.getItem(ref.sheet);
  const rows = all.map((row) => {
    const line = sheet.getRangeByIndexes(row - 1, box.left - 1, 1, box.right - box.left + 1);
    line.load('rowHidden');
    return { row, line };
  });
  await context.sync();
  return rows.filter(({ line }) => line.rowHidden).map(({ row }) => row);
}
