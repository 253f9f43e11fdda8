/**
 * What an earlier output sheet holds outside the block the run owns (people's notes below the
 * scorecard, a column of comments beside it), taken from the sheet's part as the very cells they
 * are: values, formulas and style ids (the workbook's styles.xml keeps every existing id), with
 * the widths (and hiding) of their columns, the heights of their rows and their merged areas.
 */
import type { RangeBox } from '../../engine';
import { parseRangeAddress } from '../../engine';
import { slideFormula } from './sharedFormula';
import { attribute, decodeXml } from './xmlScan';

export interface KeptXml {
  /** Each row's kept cell elements, left to right. */
  cells: Map<number, { column: number; xml: string }[]>;
  /** Heights of kept rows below the block, by row. */
  heights: Map<number, number>;
  /** Columns right of the block with a width or hidden, by 1-based column: their <col> attributes. */
  columns: Map<number, string>;
  merges: string[];
  lastRow: number;
  lastColumn: number;
}

const outside = (row: number, column: number, box: RangeBox) =>
  row < box.top || row > box.bottom || column < box.left || column > box.right;

function position(ref: string): { row: number; column: number } {
  const m = /^([A-Z]+)(\d+)$/i.exec(ref);
  let column = 0;
  for (const ch of (m?.[1] ?? '').toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m?.[2] ?? 0), column };
}

/** A cell element without namespace prefixes on its elements, and a shared formula written out as its own. */
function ownCell(
  xml: string,
  at: { row: number; column: number },
  masters: Map<string, { text: string; row: number; column: number }>,
): string {
  const plain = xml.replace(/<(\/?)\w+:(\w)/g, '<$1$2');
  return plain.replace(/<f\b([^>]*?)(?:\/>|>([^<]*)<\/f>)/, (whole, attributes: string, text: string | undefined) => {
    if (attribute(attributes, 't') !== 'shared') return whole;
    const master = masters.get(attribute(attributes, 'si') ?? '');
    const own = text ? decodeXml(text) : master ? slideFormula(master.text, master, at) : undefined;
    return own === undefined ? '' : `<f>${own.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</f>`;
  });
}

export function keptXml(sheetPart: string, box: RangeBox): KeptXml {
  const kept: KeptXml = { cells: new Map(), heights: new Map(), columns: new Map(), merges: [], lastRow: 0, lastColumn: 0 };
  const masters = new Map<string, { text: string; row: number; column: number }>();
  const cellPattern = /<(?:\w+:)?c\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?c>)/g;
  for (const m of sheetPart.matchAll(cellPattern)) {
    const shared = /<(?:\w+:)?f\b([^>]*)>([^<]+)<\/(?:\w+:)?f>/.exec(m[0]);
    if (shared && attribute(shared[1] ?? '', 't') === 'shared' && attribute(shared[1] ?? '', 'ref')) {
      const at = position(attribute(m[0].slice(0, m[0].indexOf('>')), 'r') ?? '');
      masters.set(attribute(shared[1] ?? '', 'si') ?? '', { text: decodeXml(shared[2] ?? ''), ...at });
    }
  }
  for (const m of sheetPart.matchAll(cellPattern)) {
    const at = position(attribute(m[0].slice(0, m[0].indexOf('>')), 'r') ?? '');
    if (!at.row || !outside(at.row, at.column, box)) continue;
    const row = kept.cells.get(at.row) ?? [];
    row.push({ column: at.column, xml: ownCell(m[0], at, masters) });
    kept.cells.set(at.row, row);
    kept.lastRow = Math.max(kept.lastRow, at.row);
    kept.lastColumn = Math.max(kept.lastColumn, at.column);
  }
  for (const m of sheetPart.matchAll(/<(?:\w+:)?row\b[^>]*>/g)) {
    const row = Number(attribute(m[0], 'r'));
    const height = Number(attribute(m[0], 'ht'));
    if (row > box.bottom && height > 0 && attribute(m[0], 'customHeight')) kept.heights.set(row, height);
  }
  for (const m of sheetPart.matchAll(/<(?:\w+:)?col\b[^>]*>/g)) {
    const width = Number(attribute(m[0], 'width'));
    const hidden = attribute(m[0], 'hidden') === '1' || attribute(m[0], 'hidden') === 'true';
    const [min, max] = [Number(attribute(m[0], 'min')), Number(attribute(m[0], 'max'))];
    if (!(width > 0) && !hidden) continue;
    const attributes = `${width > 0 ? ` width="${width}" customWidth="1"` : ''}${hidden ? ' hidden="1"' : ''}`;
    for (let c = Math.max(min, box.right + 1); c <= Math.min(max, 16_384); c++) kept.columns.set(c, attributes);
  }
  for (const m of sheetPart.matchAll(/<(?:\w+:)?mergeCell\b[^>]*>/g)) {
    const ref = attribute(m[0], 'ref') ?? '';
    const merged = parseRangeAddress(ref);
    if (merged && (merged.top > box.bottom || merged.left > box.right)) kept.merges.push(ref);
  }
  return kept;
}
