/**
 * The cells the catalogue may refer to, read ahead in round trip 2 with the contract tables, so
 * that the referenced cells usually need no round trip of their own: a recalculation is then the
 * listing, one read, and the write. Only sheets the listing showed are asked for, each through
 * Worksheet.getItem and Range.getUsedRangeOrNullObject on a range that exists, so nothing is
 * asked of a null object (what Excel does with a null object's children is not documented:
 * https://learn.microsoft.com/en-us/office/dev/add-ins/develop/application-specific-api-model#ornullobject-methods-and-properties
 * documents isNullObject only on the object an *OrNullObject call returns).
 * Range.getUsedRangeOrNullObject(valuesOnly): "If there are no used cells within the range, then
 * this function will return an object with its isNullObject property set to true."
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-getusedrangeornullobject-member(1)
 *
 * Each sheet is read in a window from A1 whose size shares a fixed number of cells between the
 * sheets, so the response stays far under Office's 5 MB; a reference outside its sheet's window,
 * or a name that is not a plain range, is read from Excel in round trip 3 as before.
 */
import type { RangeBox, RawCell, RawRange } from '../../engine';
import { boxAddress, parseRangeAddress, parseReference } from '../../engine';
import { formulaCells, toRawCells } from './cells';

/** Cells read ahead in all (about 27 bytes each as values, value types and formulas: ~1.3 MB). */
export const READ_AHEAD_CELLS = 50_000;
/**
 * Cells read ahead when the workbook has no data table: the catalogue's references are then where
 * all its figures are, and they take the data table's share of the response (~3.4 MB of ordinary
 * figures; a read-ahead Excel refuses as over 5 MB is dropped, read.ts).
 */
export const READ_AHEAD_CELLS_WITHOUT_DATA = 128_000;
/** Columns of each sheet's window. */
const READ_AHEAD_COLUMNS = 64;

/** What was read of one sheet: its whole used range, and its used cells within the window. */
export interface SheetWindow {
  sheet: string;
  window: RangeBox;
  /** The sheet's used range (values only); absent for a blank sheet. */
  used?: RangeBox;
  /** The used cells within the window; absent when there are none. */
  cells?: RawRange;
}

/** The box of an address Excel returns ("'Sheet 1'!A1:B2"). */
function boxOf(address: string): RangeBox | undefined {
  const ref = parseReference(address);
  return ref?.kind === 'range' ? parseRangeAddress(ref.address.replace(/\$/g, '')) : undefined;
}

function within(inner: RangeBox, outer: RangeBox): boolean {
  return inner.top >= outer.top && inner.left >= outer.left && inner.bottom <= outer.bottom && inner.right <= outer.right;
}

/** Queues, without a sync, the window of each sheet; the function returned reads them after the sync. */
export function queueReadAhead(
  context: Excel.RequestContext,
  sheetNames: string[],
  cells: number,
): () => Map<string, SheetWindow> {
  const rows = Math.max(1, Math.floor(cells / Math.max(1, sheetNames.length) / READ_AHEAD_COLUMNS));
  const window: RangeBox = { top: 1, left: 1, bottom: rows, right: READ_AHEAD_COLUMNS };
  const queued = sheetNames.map((sheet) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    const used = ws.getUsedRangeOrNullObject(true);
    used.load('address');
    const part = ws.getRange(boxAddress(window)).getUsedRangeOrNullObject(true);
    // With formulas, for the engine to judge saved values by (circular references, links).
    part.load('address,values,valueTypes,formulas');
    return { sheet, used, part };
  });
  return () =>
    new Map(
      queued.map(({ sheet, used, part }) => {
        const read: SheetWindow = { sheet, window };
        if (!used.isNullObject) read.used = boxOf(used.address);
        const box = part.isNullObject ? undefined : boxOf(part.address);
        if (box)
          read.cells = {
            sheet,
            address: boxAddress(box),
            top: box.top,
            left: box.left,
            cells: toRawCells(part.values, part.valueTypes),
            formulas: formulaCells(part, box.top, box.left),
          };
        return [sheet.toLowerCase(), read];
      }),
    );
}

/** The cells of `box` from a window that holds them (empty cells are null), with their formulas. */
function slice(read: SheetWindow, box: RangeBox): RawRange {
  const from = read.cells;
  const cells: RawCell[][] = [];
  for (let r = box.top; r <= box.bottom; r++) {
    const row: RawCell[] = [];
    for (let c = box.left; c <= box.right; c++) row.push(from ? (from.cells[r - from.top]?.[c - from.left] ?? null) : null);
    cells.push(row);
  }
  const range: RawRange = { sheet: read.sheet, address: boxAddress(box), top: box.top, left: box.left, cells };
  const formulas = from?.formulas?.filter((f) => within({ top: f.row, left: f.column, bottom: f.row, right: f.column }, box));
  return formulas ? { ...range, formulas } : range;
}

/**
 * A reference answered from what was read ahead, or undefined when Excel must be asked. Whole
 * columns or rows are what meets the sheet's used range (null when nothing does), and can be
 * answered only when that used range lies in the window.
 */
export function fromReadAhead(
  read: SheetWindow | undefined,
  box: RangeBox,
  lines: boolean,
): { range: RawRange | null } | undefined {
  if (!read) return undefined;
  if (!lines) return within(box, read.window) ? { range: slice(read, box) } : undefined;
  if (!read.used) return { range: null };
  if (!within(read.used, read.window)) return undefined;
  const meet: RangeBox = {
    top: Math.max(box.top, read.used.top),
    left: Math.max(box.left, read.used.left),
    bottom: Math.min(box.bottom, read.used.bottom),
    right: Math.min(box.right, read.used.right),
  };
  return meet.top > meet.bottom || meet.left > meet.right ? { range: null } : { range: slice(read, meet) };
}
