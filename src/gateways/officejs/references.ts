import type { RangeBox, RangeLookup, RawRange, Reference } from '../../engine';
import { boxAddress, MAX_REFERENCE_CELLS, parseRangeAddress, parseReference, wholeLines } from '../../engine';
import { formulaCells } from './cells';
import { nameEntry } from './listing';
import type { WorkbookState } from './read';
import { rawRange } from './read';
import { fromReadAhead as readAhead } from './readAhead';

/** What is read of a referenced range: with formulas, for the engine to judge saved values by (circular references, links). */
const READ = 'address,values,valueTypes,formulas';

/** Worded as the file gateway words it, so a message reads the same in Excel and from the CLI. */
function tooLarge(box: RangeBox, sheet: string): string {
  const cells = (box.bottom - box.top + 1) * (box.right - box.left + 1);
  return `it reaches ${boxAddress(box)} on "${sheet}", ${cells.toLocaleString('en-GB')} cells, more than the ${MAX_REFERENCE_CELLS.toLocaleString('en-GB')} read behind one reference`;
}

/** Whole columns or rows on a sheet with nothing in them yet: an empty series, not an error. */
function emptySeries(sheet: string, lines: RangeBox): RawRange {
  return {
    sheet,
    address: boxAddress({ ...lines, bottom: lines.top, right: lines.left }),
    top: lines.top,
    left: lines.left,
    cells: [[null]],
  };
}

/** A reference answered from the sheets read ahead in round trip 2, if they hold it. */
function fromReadAhead(state: WorkbookState, sheet: string, address: string): RangeLookup | undefined {
  const box = parseRangeAddress(address.replace(/\$/g, ''));
  const answer = box && readAhead(state.readAhead.get(sheet.toLowerCase()), box, Boolean(wholeLines(address)));
  if (!box || !answer) return undefined;
  if (answer.range) state.inputSheets.add(answer.range.sheet);
  return { ok: true, range: answer.range ?? emptySeries(sheet, box) };
}

/** A name that Excel says is not a range (a constant, an error). */
function notOneBlock(ref: Reference): RangeLookup {
  return { ok: false, problem: 'unreadable', detail: `the name "${ref.text}" does not refer to one block of cells` };
}

/**
 * A name defined by a formula, answered from where round trip 2 found it points
 * (formulaNames.ts) and the sheets read ahead, if they hold those cells. Whole columns or rows
 * are left for Excel, which reads such a name's range as it is.
 */
function fromFormulaName(
  state: WorkbookState,
  ref: Reference,
  name: string,
  byLower: Map<string, string>,
): RangeLookup | undefined {
  const address = state.formulaNames.get(name.toLowerCase());
  if (address === undefined) return undefined;
  if (address === null) return notOneBlock(ref);
  const at = parseReference(address);
  const sheet = at?.kind === 'range' ? byLower.get(at.sheet.toLowerCase()) : undefined;
  if (at?.kind !== 'range' || !sheet || wholeLines(at.address)) return undefined;
  return fromReadAhead(state, sheet, at.address);
}

/** What Excel answered for one reference, after the sync. */
function answerOf(
  { ref, range, sheet, address }: { ref: Reference; range: Excel.Range; sheet?: string; address?: string },
  state: WorkbookState,
): RangeLookup {
  const lines = address && wholeLines(address) ? parseRangeAddress(address) : undefined;
  // Whole columns on a sheet with nothing in them yet: an empty series, not an error.
  if (range.isNullObject && lines && sheet) return { ok: true, range: emptySeries(sheet, lines) };
  if (range.isNullObject) return notOneBlock(ref);
  const read = rawRange(range);
  read.formulas = formulaCells(range, read.top, read.left);
  const rows = read.cells.length;
  const columns = read.cells[0]?.length ?? 0;
  state.inputSheets.add(read.sheet);
  if (rows * columns <= MAX_REFERENCE_CELLS) return { ok: true, range: read };
  const box = { top: read.top, left: read.left, bottom: read.top + rows - 1, right: read.left + columns - 1 };
  return { ok: false, problem: 'too-large', detail: tooLarge(box, read.sheet) };
}

/**
 * The ranges the catalogue refers to, by address or by name (a name defined by a formula where
 * round trip 2 found it points): from the sheets read ahead in round trip 2 where they hold them
 * (readAhead.ts), the rest from Excel in one sync (round trip 3, none when nothing is left). A name the listing did not show is reported without asking Excel for it.
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
  const served = (ref: Reference, sheet: string, address: string): boolean => {
    const answer = fromReadAhead(state, sheet, address);
    if (answer) found.set(ref.text, answer);
    return Boolean(answer);
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
      if (served(ref, sheet, ref.address)) continue;
      const range = rangeOn(ref, sheet, ref.address);
      range?.load(READ);
      if (range) pending.push({ ref, range, sheet, address: ref.address });
    } else {
      const entry = nameEntry(state.listing, ref.name);
      if (!entry) {
        found.set(ref.text, { ok: false, problem: 'missing-name', detail: `the workbook has no name "${ref.text}"` });
        continue;
      }
      // A name for a range is read like that range; any other (a formula) through Excel.
      const target = parseReference(entry.formula.replace(/^=/, ''));
      const sheet = target?.kind === 'range' ? byLower.get(target.sheet.toLowerCase()) : undefined;
      if (target?.kind === 'range' && sheet && served(ref, sheet, target.address)) continue;
      const pointed = target?.kind === 'range' ? undefined : fromFormulaName(state, ref, entry.name, byLower);
      if (pointed) {
        found.set(ref.text, pointed);
        continue;
      }
      const range =
        target?.kind === 'range' && sheet && wholeLines(target.address)
          ? rangeOn(ref, sheet, target.address)
          : context.workbook.names.getItem(entry.name).getRangeOrNullObject();
      range?.load(READ);
      if (range) pending.push({ ref, range, sheet, address: target?.kind === 'range' ? target.address : undefined });
    }
  }
  if (pending.length) await context.sync();
  for (const read of pending) found.set(read.ref.text, answerOf(read, state));
  return found;
}
