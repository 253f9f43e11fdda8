/**
 * Column widths and row heights from what the cells show: with textWidths.ts (how wide a text
 * is), the one home for "characters → width". Excel measures a column in characters of the
 * default font's digit. Every planned sheet goes through fitToContent, so no sheet sizes its
 * columns by hand:
 * - a column is as wide as its widest cell that does not wrap (a number never spills; text
 *   that ends its row spills into the empty cells to its right, as in Excel);
 * - a column whose cells wrap is as wide as its widest wrapped text, up to the width the sheet
 *   planned for it (its cap), and never narrower than its longest word;
 * - a row with wrapped text is as tall as its tallest wrapped cell needs.
 */
import { styleLookup } from './cellStyles';
import type { CellStyle } from './cellStyles';
import { showsFixedDecimals, shownText } from './shownText';
import { ColumnMeasure, linesAt, longestWord, WidestNumbers, widthFor } from './textWidths';
import type { PlanCell, SheetPlan } from './types';

/** Points per line of 11-point text, and the default row height Excel gives it. */
export const LINE_POINTS = 15;
const MAX_COLUMN = 255;
const MIN_COLUMN = 4;

/**
 * The sheet with its column widths and wrapped rows' heights worked out from its cells. The
 * widths the sheet planned are the caps of wrapped columns and the widths of empty ones.
 */
export function fitToContent(sheet: SheetPlan): SheetPlan {
  const width = sheet.cells[0]?.length ?? 0;
  const styleOf = styleLookup(sheet);
  const spans = mergedSpans(sheet.merges);
  const need: number[] = Array.from({ length: width }, () => 0);
  const wrapped: number[] = Array.from({ length: width }, () => 0);
  // Left-aligned text spills into the empty cells to its right, as Excel shows it.
  const spills: { column: number; to: number; width: number }[] = [];
  const merged: { column: number; last: number; width: number }[] = [];
  const texts = shownTexts(sheet.cells);
  const measure = new ColumnMeasure();
  const numbers = new WidestNumbers();
  for (let r = 0; r < texts.length; r++) {
    const row = texts[r] ?? [];
    const merges = spans.rows.has(r + 1);
    for (let c = 0; c < row.length; c++) {
      let text = row[c];
      if (text === '' || text === undefined || (merges && spans.covered.has(key(r + 1, c + 1)))) continue;
      const style = styleOf(r + 1, c + 1);
      const last = merges ? spans.from.get(key(r + 1, c + 1)) : undefined;
      if (text === LATER) {
        const cell = sheet.cells[r]?.[c] ?? { value: null };
        // A number in a plain cell counts only through the widest of its column; any other is shown now.
        if (last === undefined && !style.wrap && typeof cell.value === 'number' && cell.numberFormat) {
          numbers.add(c, style, cell.numberFormat, cell.value);
          continue;
        }
        row[c] = text = shownText(cell);
        if (!text) continue;
      }
      if (last !== undefined) {
        if (!style.wrap) merged.push({ column: c, last, width: widthFor(text, style) });
        continue;
      }
      if (style.wrap) {
        wrapped[c] = Math.max(wrapped[c] ?? 0, Math.min(widthFor(text, style), MAX_COLUMN));
        need[c] = Math.max(need[c] ?? 0, longestWord(text, style));
      } else if (isEmpty(row[c + 1]) && typeof sheet.cells[r]?.[c]?.value === 'string' && showsPastItsCell(style)) {
        // (The cheapest test first: in a table most cells have a neighbour, and the style test is a lookup.)
        spills.push({ column: c, to: emptyRunEnd(row, c), width: widthFor(text, style) });
      } else need[c] = Math.max(need[c] ?? 0, measure.width(c, text, style));
    }
  }
  numbers.widen(need);
  const columnWidths = need.map((n, c) => {
    const planned = sheet.columnWidths[c] ?? 8.43;
    // A wrapped column: its widest text up to the planned cap, never under its longest word.
    const fitted = Math.max(n, Math.min(wrapped[c] ?? 0, planned));
    return fitted > 0 ? Math.min(MAX_COLUMN, Math.max(MIN_COLUMN, fitted)) : planned;
  });
  // A merged heading that does not wrap: its last column takes what the others leave short.
  for (const m of merged) {
    const room = sumOf(columnWidths, m.column, m.last);
    const own = columnWidths[m.last - 1] ?? 0;
    if (room < m.width) columnWidths[m.last - 1] = Math.min(MAX_COLUMN, own + m.width - room);
  }
  for (const spill of spills) {
    const room = sumOf(columnWidths, spill.column, spill.to);
    const own = columnWidths[spill.column] ?? 0;
    if (room < spill.width) columnWidths[spill.column] = Math.min(MAX_COLUMN, own + spill.width - room);
  }
  return { ...sheet, columnWidths, rowHeights: fittedHeights(sheet, texts, columnWidths, styleOf, spans) };
}

/** A number with fixed decimals, not shown yet: a column needs only its widest (WidestNumbers). */
const LATER = null;

/** A cell's text, LATER for a number, a text, for a shown cell whose text is never empty. */
type Shown = string | typeof LATER;

const isEmpty = (text: Shown | undefined): boolean => text === '' || text === undefined;

/** What every cell shows, row by row; LATER for numbers with fixed decimals. */
function shownTexts(cells: PlanCell[][]): Shown[][] {
  const texts: Shown[][] = new Array<Shown[]>(cells.length);
  for (let r = 0; r < cells.length; r++) {
    const row = cells[r] ?? [];
    const shown: Shown[] = new Array<Shown>(row.length);
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      const value = cell?.value;
      // A text shows as itself (shownText's own answer), without the call.
      if (typeof value === 'string') shown[c] = value;
      else if (cell === undefined) shown[c] = '';
      else shown[c] = typeof value === 'number' && showsFixedDecimals(value, cell.numberFormat) ? LATER : shownText(cell);
    }
    texts[r] = shown;
  }
  return texts;
}

/** The sum of values[from..to), added in order, as reduce would (the same float at every step). */
function sumOf(values: readonly number[], from: number, to: number): number {
  let sum = 0;
  for (let i = Math.max(0, from); i < Math.min(to, values.length); i++) sum += values[i] ?? 0;
  return sum;
}

const key = (row: number, column: number): number => row * 16_384 + column;

/** Whether text may show past its cell: left-aligned, and not light text made for a header fill (it would vanish on white). */
function showsPastItsCell(style: CellStyle): boolean {
  let shows = PAST_ITS_CELL.get(style);
  if (shows === undefined) {
    shows = (style.hAlign ?? 'left') === 'left' && !/^#?F{6}$/i.test(style.fontColor ?? '');
    PAST_ITS_CELL.set(style, shows);
  }
  return shows;
}

/** showsPastItsCell by style: a sheet has a few styles and thousands of cells, so each is tested once. */
const PAST_ITS_CELL = new WeakMap<CellStyle, boolean>();

/** The 0-based column after the run of empty cells that follows column `c` (the row's end, if all are). */
function emptyRunEnd(row: Shown[], c: number): number {
  let end = c + 1;
  while (end < row.length && isEmpty(row[end])) end++;
  return end;
}

interface Spans {
  /** Top-left cell of each merge → its last column. */
  from: Map<number, number>;
  /** Every other cell of a merge. */
  covered: Set<number>;
  /** The rows any merge covers: the only ones whose cells need looking up in the two above. */
  rows: Set<number>;
}

function mergedSpans(merges: string[]): Spans {
  const from = new Map<number, number>();
  const covered = new Set<number>();
  const rows = new Set<number>();
  for (const range of merges) {
    const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(range);
    if (!m) continue;
    const [left, top, right, bottom] = [letters(m[1] ?? 'A'), Number(m[2]), letters(m[3] ?? 'A'), Number(m[4])];
    from.set(key(top, left), right);
    for (let r = top; r <= bottom; r++) {
      rows.add(r);
      for (let c = left; c <= right; c++) if (r !== top || c !== left) covered.add(key(r, c));
    }
  }
  return { from, covered, rows };
}

function letters(text: string): number {
  let n = 0;
  for (const ch of text) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

/** Heights of the rows with wrapped text, at the fitted widths; other rows keep what the sheet planned. */
function fittedHeights(
  sheet: SheetPlan,
  texts: Shown[][],
  widths: number[],
  styleOf: (row: number, column: number) => CellStyle,
  spans: Spans,
): Record<number, number> {
  const heights: Record<number, number> = { ...sheet.rowHeights };
  for (let r = 0; r < texts.length; r++) {
    const row = texts[r] ?? [];
    const merges = spans.rows.has(r + 1);
    let points = 0;
    for (let c = 0; c < row.length; c++) {
      const text = row[c];
      if (!text) continue;
      const style = styleOf(r + 1, c + 1);
      if (!style.wrap || (merges && spans.covered.has(key(r + 1, c + 1)))) continue;
      const last = (merges ? spans.from.get(key(r + 1, c + 1)) : undefined) ?? c + 1;
      const room = sumOf(widths, c, last);
      const lineHeight = LINE_POINTS * Math.max(1, (style.fontSize ?? 11) / 11);
      points = Math.max(points, linesAt(text, room, style) * lineHeight);
    }
    // Rows with wrapped text get the height it needs at these widths; blank rows keep theirs.
    if (points > LINE_POINTS) heights[r + 1] = points;
    else if (points > 0) delete heights[r + 1];
  }
  return heights;
}
