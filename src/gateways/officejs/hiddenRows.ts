/**
 * Which rows of the catalogue are hidden. `Range.rowHidden` is true when every row of a range is
 * hidden, false when none is, and null when some are
 * (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-rowhidden-member,
 * ExcelApi 1.2): loaded with the table's first read, it costs nothing when no row is hidden, and
 * only a catalogue with some rows hidden takes one more round trip, to ask row by row.
 */
import { parseRangeAddress, parseReference } from '../../engine';

/** The sheet rows of a loaded range (address and rowHidden) that are hidden. */
export async function hiddenRows(context: Excel.RequestContext, range: Excel.Range): Promise<number[]> {
  const ref = parseReference(range.address);
  const box = ref?.kind === 'range' ? parseRangeAddress(ref.address.replace(/\$/g, '')) : undefined;
  if (!ref || ref.kind !== 'range' || !box || range.rowHidden === false) return [];
  const all = Array.from({ length: box.bottom - box.top + 1 }, (_, i) => box.top + i);
  if (range.rowHidden === true) return all;
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
