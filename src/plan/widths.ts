/**
 * Column widths and row heights from what the cells show: the one home for "characters →
 * width". Excel measures a column in characters of the default font's digit; a letter is about a
 * digit wide, capitals and bold wider, 'i' and spaces narrower. Every planned sheet goes through
 * fitToContent, so no sheet sizes its columns by hand:
 * - a column is as wide as its widest cell that does not wrap (a number never spills; text
 *   that ends its row spills into the empty cells to its right, as in Excel);
 * - a column whose cells wrap is as wide as its widest wrapped text, up to the width the sheet
 *   planned for it (its cap), and never narrower than its longest word;
 * - a row with wrapped text is as tall as its tallest wrapped cell needs.
 */
import { styleLookup } from './cellStyles';
import type { CellStyle } from './cellStyles';
import { shownText } from './shownText';
import type { PlanCell, SheetPlan } from './types';

/** Points per line of 11-point text, and the default row height Excel gives it. */
export const LINE_POINTS = 15;
/** Room for the cell's margins, in characters. */
const PADDING = 2;
const NARROW = new Set(" .,:;'|!iljtfrI()[]-–");
const WIDE = new Set('MWmw@%');

/** The scale textWidth gives a style: the one thing about a style that measuring depends on. */
const scaleOf = (style: Pick<CellStyle, 'bold' | 'fontSize'>): number => ((style.fontSize ?? 11) / 11) * (style.bold ? 1.1 : 1);

/** Width in characters of `text` in a cell of the given style, margins not included. */
const measured = new Map<string, number>();

function textWidth(text: string, style: Pick<CellStyle, 'bold' | 'fontSize'> = {}): number {
  const scale = scaleOf(style);
  let units = measured.get(text);
  if (units === undefined) {
    units = characterUnits(text);
    // The same texts recur on a sheet (periods, RAG letters, headers): measured once each, to a bound.
    if (measured.size > 50_000) measured.clear();
    measured.set(text, units);
  }
  return units * scale;
}

function characterUnits(text: string): number {
  let units = 0;
  for (const ch of text) {
    if (NARROW.has(ch)) units += 0.7;
    else if (WIDE.has(ch)) units += 1.4;
    else if (ch >= 'A' && ch <= 'Z') units += 1.2;
    else units += 1;
  }
  return units;
}

/** The column width that shows `text` whole. */
function widthFor(text: string, style: Pick<CellStyle, 'bold' | 'fontSize'> = {}): number {
  return Math.ceil((textWidth(text, style) + PADDING) * 10) / 10;
}

/** Lines wrapped text needs in `width` characters, word by word as Excel wraps. */
function linesFor(text: string, width: number, style: Pick<CellStyle, 'bold' | 'fontSize'> = {}): number {
  const room = Math.max(1, width - PADDING);
  const space = textWidth(' ', style);
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    lines += 1;
    let used = 0;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const w = textWidth(word, style);
      if (used > 0 && used + space + w > room) {
        lines += 1;
        used = w;
      } else used += (used > 0 ? space : 0) + w;
    }
  }
  return lines;
}

/**
 * Results by a text and what else they depend on (a scale, a width): the same wrapped texts
 * (indicator names, notes, headers) recur on every area's sheet, each split into words once.
 */
class Memo {
  private readonly byKey = new Map<string | number, Map<string, number>>();
  private size = 0;

  get(key: string | number, text: string, work: () => number): number {
    let texts = this.byKey.get(key);
    if (!texts) this.byKey.set(key, (texts = new Map()));
    let known = texts.get(text);
    if (known === undefined) {
      known = work();
      if (++this.size > 50_000) {
        this.byKey.clear();
        this.size = 0;
      } else texts.set(text, known);
    }
    return known;
  }
}

const longestWords = new Memo();
const wrappedLines = new Memo();

const longestWord = (text: string, style: CellStyle): number =>
  longestWords.get(scaleOf(style), text, () => Math.max(0, ...text.split(/\s+/).map((word) => widthFor(word, style))));

/** linesFor, each text measured once for a width and a scale. */
const linesAt = (text: string, width: number, style: CellStyle): number =>
  wrappedLines.get(`${scaleOf(style)} ${width}`, text, () => linesFor(text, width, style));

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
  for (let r = 0; r < texts.length; r++) {
    const row = texts[r] ?? [];
    const merges = spans.rows.has(r + 1);
    for (let c = 0; c < row.length; c++) {
      const text = row[c];
      if (!text || (merges && spans.covered.has(key(r + 1, c + 1)))) continue;
      const style = styleOf(r + 1, c + 1);
      const last = merges ? spans.from.get(key(r + 1, c + 1)) : undefined;
      if (last !== undefined) {
        if (!style.wrap) merged.push({ column: c, last, width: widthFor(text, style) });
        continue;
      }
      if (style.wrap) {
        wrapped[c] = Math.max(wrapped[c] ?? 0, Math.min(widthFor(text, style), MAX_COLUMN));
        need[c] = Math.max(need[c] ?? 0, longestWord(text, style));
      } else if (typeof sheet.cells[r]?.[c]?.value === 'string' && showsPastItsCell(style) && !row[c + 1]) {
        spills.push({ column: c, to: emptyRunEnd(row, c), width: widthFor(text, style) });
      } else need[c] = Math.max(need[c] ?? 0, measure.width(c, text, style));
    }
  }
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

/** What every cell shows, row by row. */
function shownTexts(cells: PlanCell[][]): string[][] {
  const texts: string[][] = [];
  for (const row of cells) {
    const shown: string[] = [];
    for (const cell of row) shown.push(shownText(cell));
    texts.push(shown);
  }
  return texts;
}

/**
 * Widths of a column's cells, remembering the last one: a column repeats its texts row after row
 * (a period, a RAG letter, an arrow), each then measured once.
 */
class ColumnMeasure {
  private readonly texts: string[] = [];
  private readonly styles: CellStyle[] = [];
  private readonly widths: number[] = [];

  width(column: number, text: string, style: CellStyle): number {
    const known = this.widths[column];
    if (known !== undefined && this.texts[column] === text && this.styles[column] === style) return known;
    const measured = widthFor(text, style);
    this.texts[column] = text;
    this.styles[column] = style;
    this.widths[column] = measured;
    return measured;
  }
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
  return (style.hAlign ?? 'left') === 'left' && !/^#?F{6}$/i.test(style.fontColor ?? '');
}

/** The 0-based column after the run of empty cells that follows column `c` (the row's end, if all are). */
function emptyRunEnd(row: string[], c: number): number {
  let end = c + 1;
  while (end < row.length && !row[end]) end++;
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
  texts: string[][],
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
