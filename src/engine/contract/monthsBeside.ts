/**
 * A single cell (or one per area) with no months beside it is read as the indicator's figure for
 * the reporting month: a lone cell cannot say which month it is for. But many lone cells sit in a
 * row labelled with a month (months down column A), or under a column headed with one (months
 * across a heading row): a reference left pointing at March's row or column when the scorecard
 * moves on to April would give March's figure as April's, looking right. So the cells left of such
 * a figure in its row, and above it in its column, are read with it, and when the row's label or
 * the column's heading is a month other than the reporting month (and neither is the reporting
 * month), the figure gets a warning.
 *
 * A row's label is its first filled cell. It is a month when it is a date, a month typed as text
 * ("Mar 2025", "31/03/2025"), or a date's serial (Office.js gives dates as serials), within five
 * years of the reporting month: IDs and row numbers are far from any such serial.
 *
 * A column's heading is the nearest cell above the figure (within 250 rows) that is not a number
 * or blank: figures of other measures above it are passed over, and the first text, date, logical
 * or error cell ends the search. It is a month only when it is a date or a month typed as text,
 * within five years of the reporting month; a title ("Monthly return 2025"), a label ("Measure", "Num") or a
 * sub-heading row between the months and the figure is no month, and nothing is said. A serial is
 * never a heading: it cannot be told from the figures above a cell. So the file gateways (the CLI
 * and ExcelJS, which give a cell with a date number format as a date) tell a month heading typed
 * as a date or as text; Office.js, which gives dates as serials, tells only one typed as text.
 * The cells read beside and above a figure are read with the figures (no round trip of their
 * own in Office.js) and are not judged as figures (a formula there is no figure's).
 */
import type { RangeBox, Reference } from '../address';
import { boxAddress, cellAddress, parseRangeAddress, parseReference, sheetRef } from '../address';
import type { IssueList } from '../issues';
import { addMonths, compareMonths, monthLabel, parseMonth } from '../months';
import type { RawRange } from '../rawCell';
import type { Catalogue } from './catalogue';
import type { RangeLookup } from './references';
import { monthsBlockOf, shapeOf } from './seriesShape';
import type { MonthKey } from '../types';

const LABEL_WINDOW_MONTHS = 60;

/** Where a month said beside a figure was found: its row's label, or its column's heading. */
interface MonthBeside {
  month: MonthKey;
  cell: string;
  where: 'beside' | 'under';
}

/** A catalogue figure read as one cell (or one per area) by address. */
interface PlainFigure {
  ref: Reference & { kind: 'range' };
  box: RangeBox;
  indicatorId: string;
  field: string;
}

/** The cells left of a range in its rows, where its rows' labels are: where a series' months would be. */
function besideBlock(sheet: string, box: RangeBox): Reference | undefined {
  return monthsBlockOf(sheet, box, 'down');
}

/** A block of cells read above figures, where their columns' headings are. */
interface HeadingBlock {
  ref: Reference & { kind: 'range' };
  box: RangeBox;
}

/** The most rows above a figure its column's heading is looked for in (a longer list of measures is not searched). */
const HEADING_ROWS = 250;

/**
 * The cells above the figures in their columns, where their headings are: up to HEADING_ROWS rows
 * above each, those of figures in the same columns of a sheet joined where they meet or overlap,
 * so a column of single-cell figures is one block read once, never a block for each.
 */
function headingBlocks(figures: PlainFigure[]): HeadingBlock[] {
  const spans = new Map<string, { sheet: string; left: number; right: number; top: number; bottom: number }[]>();
  for (const { ref, box } of figures) {
    if (box.top <= 1) continue;
    const key = `${ref.sheet}\u0000${box.left}:${box.right}`;
    const list = spans.get(key) ?? [];
    spans.set(key, list);
    list.push({
      sheet: ref.sheet,
      left: box.left,
      right: box.right,
      top: Math.max(1, box.top - HEADING_ROWS),
      bottom: box.top - 1,
    });
  }
  const blocks: HeadingBlock[] = [];
  for (const list of spans.values()) {
    list.sort((a, b) => a.top - b.top);
    const joined: typeof list = [];
    for (const span of list) {
      const last = joined[joined.length - 1];
      if (last && span.top <= last.bottom + 1) last.bottom = Math.max(last.bottom, span.bottom);
      else joined.push({ ...span });
    }
    for (const { sheet, ...box } of joined) {
      const address = boxAddress(box);
      blocks.push({ ref: { kind: 'range', sheet, address, text: `${sheetRef(sheet)}!${address}` }, box });
    }
  }
  return blocks;
}

/** Each catalogue figure read as one cell (or one per area) by address: its reference and box. */
function plainFigures(catalogue: Catalogue, areaCount: number): PlainFigure[] {
  const found: PlainFigure[] = [];
  for (const indicator of catalogue.indicators) {
    // A single cell beside a monthly series is one figure for every month (a population): no month of its own.
    const refs = [indicator.numeratorRef, indicator.denominatorRef].map((text) => (text ? parseReference(text) : undefined));
    if (refs.some((ref) => ref?.kind === 'range' && shapeOf(indicator, ref, areaCount).kind === 'series')) continue;
    for (const [field, text] of [
      ['Numerator ref', indicator.numeratorRef],
      ['Denominator ref', indicator.denominatorRef],
    ] as const) {
      const ref = text ? parseReference(text) : undefined;
      if (ref?.kind !== 'range' || shapeOf(indicator, ref, areaCount).kind !== 'plain') continue;
      const box = parseRangeAddress(ref.address);
      if (box) found.push({ ref, box, indicatorId: indicator.id, field });
    }
  }
  return found;
}

/** What to read beside the catalogue's single-cell figures (for referencesOf). */
export function monthLabelReferences(catalogue: Catalogue, areaCount: number): Reference[] {
  const figures = plainFigures(catalogue, areaCount);
  const beside = figures.map(({ ref, box }) => besideBlock(ref.sheet, box)).filter((block) => block !== undefined);
  return [...beside, ...headingBlocks(figures).map((block) => block.ref)];
}

/** Whether a month lies within five years of the reporting month, as a label or heading must. */
function nearMonth(found: MonthKey | undefined, month: MonthKey): found is MonthKey {
  if (!found) return false;
  return (
    compareMonths(found, addMonths(month, -LABEL_WINDOW_MONTHS)) >= 0 &&
    compareMonths(found, addMonths(month, LABEL_WINDOW_MONTHS)) <= 0
  );
}

/** The rows' labels (each row's first filled cell) in a block read beside a figure that are months. */
function labelsIn(range: RawRange, month: MonthKey, date1904: boolean): MonthBeside[] {
  const labels: MonthBeside[] = [];
  range.cells.forEach((row, r) => {
    const c = row.findIndex((value) => value !== null && value !== '');
    const value = row[c];
    if (value === undefined || value === null || typeof value === 'boolean') return;
    if (typeof value === 'object' && !(value instanceof Date)) return;
    const found = parseMonth(value, date1904);
    if (nearMonth(found, month)) labels.push({ month: found, cell: cellAddress(range.top + r, range.left + c), where: 'beside' });
  });
  return labels;
}

/**
 * The columns' headings above a figure whose top row is `below`, in a block read above it, that
 * are months: in each column, the nearest cell above the figure that is not a number or blank,
 * when it is a date or a month typed as text (never a serial, which cannot be told from a figure).
 */
function headingsIn(range: RawRange, below: number, month: MonthKey): MonthBeside[] {
  const headings: MonthBeside[] = [];
  const width = range.cells[0]?.length ?? 0;
  for (let c = 0; c < width; c++) {
    for (let r = Math.min(below - 1 - range.top, range.cells.length - 1); r >= 0; r--) {
      const value = range.cells[r]?.[c] ?? null;
      if (value === null || value === '' || typeof value === 'number') continue;
      const found = value instanceof Date || typeof value === 'string' ? parseMonth(value) : undefined;
      if (nearMonth(found, month))
        headings.push({ month: found, cell: cellAddress(range.top + r, range.left + c), where: 'under' });
      break;
    }
  }
  return headings;
}

/** The months said beside a figure: its rows' labels and its columns' headings (in the blocks read above the figures). */
function monthsBeside(
  { ref, box }: PlainFigure,
  above: HeadingBlock[],
  month: MonthKey,
  lookups: Map<string, RangeLookup>,
  date1904: boolean,
): MonthBeside[] {
  const read = (block: Reference | undefined): RawRange | undefined => {
    const lookup = block ? lookups.get(block.text) : undefined;
    return lookup?.ok ? lookup.range : undefined;
  };
  const beside = read(besideBlock(ref.sheet, box));
  const block = above.find(
    (b) =>
      b.ref.sheet === ref.sheet &&
      b.box.left === box.left &&
      b.box.right === box.right &&
      b.box.top < box.top &&
      b.box.bottom >= box.top - 1,
  );
  const headings = read(block?.ref);
  return [...(beside ? labelsIn(beside, month, date1904) : []), ...(headings ? headingsIn(headings, box.top, month) : [])];
}

/**
 * Warns at each single-cell figure whose row is labelled, or whose column is headed, with a month
 * that is not the reporting month. A figure with the reporting month on either side is on its
 * month's row or column, whatever else is beside it (a title that reads as a month, say).
 */
export function checkMonthsBeside(
  catalogue: Catalogue,
  areaCount: number,
  month: MonthKey,
  lookups: Map<string, RangeLookup>,
  issues: IssueList,
  date1904 = false,
): void {
  const warned = new Set<string>();
  const figures = plainFigures(catalogue, areaCount);
  const above = headingBlocks(figures);
  for (const figure of figures) {
    const { ref, box, indicatorId, field } = figure;
    // One warning an indicator: its denominator is almost always on the same row or column.
    if (warned.has(indicatorId)) continue;
    const found = monthsBeside(figure, above, month, lookups, date1904);
    const other = found[0];
    if (!other || found.some((f) => f.month === month)) continue;
    warned.add(indicatorId);
    const said = other.where === 'beside' ? 'it sits beside' : 'its column is headed';
    issues.warn(
      'figure-month-differs',
      `${field} ${ref.text} is read as the figure for ${monthLabel(month)}, the reporting month, but ${said} ` +
        `${monthLabel(other.month)} (${other.cell}): it may be an earlier month's figure.`,
      `If the scorecard is for ${monthLabel(month)}, point ${field} at ${monthLabel(month)}'s cell; if it is for ` +
        `${monthLabel(other.month)}, set "Reporting month" in the Settings table to it.`,
      { sheet: ref.sheet, cell: cellAddress(box.top, box.left) },
      indicatorId,
    );
  }
}
