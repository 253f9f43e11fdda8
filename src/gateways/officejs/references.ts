import type { RangeBox, RangeLookup, Reference } from '../../engine';
import { boxAddress, MAX_REFERENCE_CELLS, parseRangeAddress, parseReference, wholeLines } from '../../engine';
import { nameEntry } from './listing';
import type { WorkbookState } from './read';
import { rawRange } from './read';

/** Worded as the file gateway words it, so a message reads the same in Excel and from the CLI. */
function tooLarge(box: RangeBox, sheet: string): string {
  const cells = (box.bottom - box.top + 1) * (box.right - box.left + 1);
  return `it reaches ${boxAddress(box)} on "${sheet}", ${cells.toLocaleString('en-GB')} cells, more than the ${MAX_REFERENCE_CELLS.toLocaleString('en-GB')} read behind one reference`;
}

/**
 * Round trip 3: every range the catalogue refers to, by address or by name, in one sync. A name
 * the listing did not show is reported without asking Excel for it.
 */
export async function readReferences(
  context: Excel.RequestContext,
  references: Reference[],
  state: WorkbookState,
): Promise<Map<string, RangeLookup>> {
  const { sheetNames } = state;
  const found = new Map<string, RangeLookup>();
  const pending: { ref: Reference; range: Excel.Range; sheet?: string; address?: string }[] = [];
  const byLower = new Map(sheetNames.map((n) => [n.toLowerCase(), n]));
  /**
   * A range of the sheet: whole columns or rows (a monthly series that grows) only where they
   * meet the sheet's used range, so a column is read to its last filled row, never to row
   * 1,048,576; an ordinary range as it is, unless it is too big to be a reference at all.
   */
  const rangeOn = (ref: Reference, sheet: string, address: string): Excel.Range | undefined => {
    const ws = context.workbook.worksheets.getItem(sheet);
    if (wholeLines(address)) return ws.getRange(address).getIntersectionOrNullObject(ws.getUsedRange(true));
    const box = parseRangeAddress(address);
    if (box && (box.bottom - box.top + 1) * (box.right - box.left + 1) > MAX_REFERENCE_CELLS) {
      found.set(ref.text, { ok: false, problem: 'too-large', detail: tooLarge(box, sheet) });
      return undefined;
    }
    return ws.getRange(address);
  };
  for (const ref of references) {
    if (ref.kind === 'range') {
      const sheet = byLower.get(ref.sheet.toLowerCase());
      if (!sheet) {
        const names = sheetNames.map((n) => `"${n}"`).join(', ');
        found.set(ref.text, {
          ok: false,
          problem: 'missing-sheet',
          detail: `there is no sheet called "${ref.sheet}" (the sheets are ${names})`,
        });
        continue;
      }
      const range = rangeOn(ref, sheet, ref.address);
      range?.load('address,values,valueTypes');
      if (range) pending.push({ ref, range, sheet, address: ref.address });
    } else {
      const entry = nameEntry(state.listing, ref.name);
      if (!entry) {
        found.set(ref.text, { ok: false, problem: 'missing-name', detail: `the workbook has no name "${ref.text}"` });
        continue;
      }
      // A name for whole columns is read like a whole-column reference; any other through Excel.
      const target = parseReference(entry.formula.replace(/^=/, ''));
      const sheet = target?.kind === 'range' ? byLower.get(target.sheet.toLowerCase()) : undefined;
      const range =
        target?.kind === 'range' && sheet && wholeLines(target.address)
          ? rangeOn(ref, sheet, target.address)
          : context.workbook.names.getItem(entry.name).getRangeOrNullObject();
      range?.load('address,values,valueTypes');
      if (range) pending.push({ ref, range, sheet, address: target?.kind === 'range' ? target.address : undefined });
    }
  }
  if (pending.length) await context.sync();
  for (const { ref, range, sheet, address } of pending) {
    const lines = address && wholeLines(address) ? parseRangeAddress(address) : undefined;
    if (range.isNullObject && lines && sheet) {
      // Whole columns on a sheet with nothing in them yet: an empty series, not an error.
      found.set(ref.text, {
        ok: true,
        range: {
          sheet,
          address: boxAddress({ ...lines, bottom: lines.top, right: lines.left }),
          top: lines.top,
          left: lines.left,
          cells: [[null]],
        },
      });
    } else if (range.isNullObject) {
      found.set(ref.text, {
        ok: false,
        problem: 'unreadable',
        detail: `the name "${ref.text}" does not refer to one block of cells`,
      });
    } else {
      const read = rawRange(range);
      const rows = read.cells.length;
      const columns = read.cells[0]?.length ?? 0;
      state.inputSheets.add(read.sheet);
      if (rows * columns > MAX_REFERENCE_CELLS) {
        found.set(ref.text, {
          ok: false,
          problem: 'too-large',
          detail: tooLarge(
            { top: read.top, left: read.left, bottom: read.top + rows - 1, right: read.left + columns - 1 },
            read.sheet,
          ),
        });
      } else found.set(ref.text, { ok: true, range: read });
    }
  }
  return found;
}
