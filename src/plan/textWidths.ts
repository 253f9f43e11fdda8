/**
 * How wide a text is, in characters of a column: the measure fitToContent (widths.ts) sizes
 * columns and rows with. A letter is about a digit wide, capitals and bold wider, 'i' and spaces
 * narrower. Each text is measured once however often it recurs (bounded caches), and a column's
 * numbers through its widest only.
 */
import type { CellStyle } from './cellStyles';
import { formatNumber } from './shownText';

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
export function widthFor(text: string, style: Pick<CellStyle, 'bold' | 'fontSize'> = {}): number {
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
 * Results by a text and the two numbers they depend on (a scale, and a width or 0): the same
 * wrapped texts (indicator names, notes, headers) recur on every area's sheet, each split into
 * words once. Keyed by the numbers themselves, nested: a key text made from them for every cell
 * showed in the profile (two numbers written out as text per wrapped cell).
 */
class Memo {
  private readonly byKey = new Map<number, Map<number, Map<string, number>>>();
  private size = 0;

  get(scale: number, width: number, text: string, work: () => number): number {
    let byWidth = this.byKey.get(scale);
    if (!byWidth) this.byKey.set(scale, (byWidth = new Map()));
    let texts = byWidth.get(width);
    if (!texts) byWidth.set(width, (texts = new Map()));
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

export const longestWord = (text: string, style: CellStyle): number =>
  longestWords.get(scaleOf(style), 0, text, () => Math.max(0, ...text.split(/\s+/).map((word) => widthFor(word, style))));

/** linesFor, each text measured once for a width and a scale. */
export const linesAt = (text: string, width: number, style: CellStyle): number =>
  wrappedLines.get(scaleOf(style), width, text, () => linesFor(text, width, style));

/**
 * The widest numbers of each column, by style and format (showsFixedDecimals says why the largest
 * and the most negative are the widest): two texts made and measured per column, not one a cell.
 */
export class WidestNumbers {
  private readonly groups: { column: number; style: CellStyle; format: string; high?: number; low?: number }[] = [];
  /** Each column's group last added to: a column's numbers come row after row in one style and format. */
  private readonly last: ({ column: number; style: CellStyle; format: string; high?: number; low?: number } | undefined)[] = [];

  add(column: number, style: CellStyle, format: string, value: number): void {
    let group = this.last[column];
    if (group?.style !== style || group.format !== format) {
      group = this.groups.find((g) => g.column === column && g.style === style && g.format === format);
      if (!group) this.groups.push((group = { column, style, format }));
      this.last[column] = group;
    }
    if (value < 0) {
      if (group.low === undefined || value < group.low) group.low = value;
    } else if (group.high === undefined || value > group.high) group.high = value;
  }

  /** Each column's need at least as wide as its widest number. */
  widen(need: number[]): void {
    for (const { column, style, format, high, low } of this.groups) {
      for (const value of [high, low]) {
        if (value !== undefined) need[column] = Math.max(need[column] ?? 0, widthFor(formatNumber(value, format), style));
      }
    }
  }
}

/**
 * Widths of a column's cells, remembering the last one: a column repeats its texts row after row
 * (a period, a RAG letter, an arrow), each then measured once.
 */
export class ColumnMeasure {
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
