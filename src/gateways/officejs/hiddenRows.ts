/**
 * Which rows of the catalogue are hidden, asked in the first read with the table itself.
 * `Range.rowHidden` is true when every row of a range is hidden, false when none is, and null when
 * some are (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-rowhidden-member,
 * ExcelApi 1.2). For the last case the same read asks for the range's visible cells,
 * `Range.getSpecialCellsOrNullObject("Visible")` ("Cells that are visible", ExcelApi 1.9:
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.specialcelltype), as rectangles
 * whose address names each one ("Sheet1!A1:B4, Sheet1!D1:D4":
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.rangeareas#excel-excel-rangeareas-address-member):
 * a row is hidden when no rectangle covers it, whatever the table's size. Only when that cannot
 * tell (every column of the table hidden, so nothing is visible; or an address that does not
 * parse into as many rectangles as Excel counts) are the rows asked one by one, a round trip more.
 */
import type { RangeBox } from '../../engine';
import { parseRangeAddress, parseReference } from '../../engine';

/** Queues, without a sync, the visible cells of a range whose address and rowHidden are loaded with it. */
export function queueVisibleCells(range: Excel.Range): Excel.RangeAreas {
  const visible = range.getSpecialCellsOrNullObject('Visible');
  visible.load('address,areaCount');
  return visible;
}

/** The parts of a RangeAreas address: split at commas outside quoted sheet names. */
function addressParts(address: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < address.length; i++) {
    if (address[i] === "'") quoted = !quoted;
    else if (address[i] === ',' && !quoted) {
      parts.push(address.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(address.slice(start).trim());
  return parts.filter(Boolean);
}

function boxOf(address: string): RangeBox | undefined {
  const ref = parseReference(address);
  return ref?.kind === 'range' ? parseRangeAddress(ref.address.replace(/\$/g, '')) : undefined;
}

/** The rows no visible rectangle covers, or undefined when the visible cells cannot say. */
function notVisible(rows: number[], visible: Excel.RangeAreas | undefined): number[] | undefined {
  if (!visible || visible.isNullObject) return undefined;
  const parts = addressParts(visible.address);
  const boxes = parts.flatMap((part) => boxOf(part) ?? []);
  if (boxes.length !== parts.length || boxes.length !== visible.areaCount) return undefined;
  const shown = new Set<number>();
  for (const b of boxes) for (let r = b.top; r <= b.bottom; r++) shown.add(r);
  return rows.filter((row) => !shown.has(row));
}

/**
 * The sheet rows of a loaded range (address and rowHidden) that are hidden, from its visible
 * cells (`visible`, loaded in the same sync) where they tell, else row by row in a round trip.
 */
export async function hiddenRows(
  context: Excel.RequestContext,
  range: Excel.Range,
  visible?: Excel.RangeAreas,
): Promise<number[]> {
  const ref = parseReference(range.address);
  const box = ref?.kind === 'range' ? parseRangeAddress(ref.address.replace(/\$/g, '')) : undefined;
  if (!ref || ref.kind !== 'range' || !box || range.rowHidden === false) return [];
  const all = Array.from({ length: box.bottom - box.top + 1 }, (_, i) => box.top + i);
  if (range.rowHidden === true) return all;
  const answered = notVisible(all, visible);
  if (answered) return answered;
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
