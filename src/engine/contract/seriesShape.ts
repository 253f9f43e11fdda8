import type { RangeBox, Reference } from '../address';
import { boxAddress, lineAddress, parseRangeAddress, parseReference, sheetRef, wholeLines } from '../address';
import type { RawRange } from '../rawCell';
import type { RangeLookup } from './references';
import type { Indicator } from '../types';

/** Months down the rows (one row a month) or across the columns (one column a month). */
export type SeriesAxis = 'down' | 'across';

/**
 * What a catalogue reference points at:
 * - plain: one cell (the reporting month's figure), or a range with one cell per area in the
 *   Settings table's Areas, as before;
 * - series: a column (or row) of monthly figures, read with the months beside it. A whole column
 *   ('Monthly return'!C:C) or row always is one; so is any other range once the catalogue names
 *   its Months ref. Several columns of a series are the Areas, in order.
 */
export type ReferenceShape =
  | { kind: 'plain' }
  | {
      kind: 'series';
      /** Undefined for a name: known once its range is read (taller than wide: down). */
      axis?: SeriesAxis;
      /** Where the months are looked for when the catalogue does not name them. */
      monthsBlock?: Reference;
      /**
       * A range of set size with no Months ref: a series only if months are found beside it;
       * otherwise it is read as before (one cell per area), with the same messages.
       */
      tentative: boolean;
      /** The rows (down) or columns (across) the range spans. */
      lines: number[];
      /** The cells above a block's columns (left of its rows, across), where headers naming its areas are looked for. */
      labelBlock?: Reference;
    };

/** How an indicator's reference reads, from its text alone, so the gateway reads everything in one batch. */
export function shapeOf(indicator: Indicator, ref: Reference, areaCount: number, turned = false): ReferenceShape {
  const named = Boolean(indicator.monthsRef);
  if (ref.kind === 'name') return named ? { kind: 'series', tentative: false, lines: [] } : { kind: 'plain' };
  const box = parseRangeAddress(ref.address)!;
  const lines = wholeLines(ref.address);
  const height = box.bottom - box.top + 1;
  const width = box.right - box.left + 1;
  if (!lines) {
    if (height * width === 1) return { kind: 'plain' };
    const oneLine = height === 1 || width === 1;
    if (!named && oneLine && areaCount > 1 && height * width === areaCount) return { kind: 'plain' };
  }
  const axis: SeriesAxis =
    lines === 'rows' || (!lines && height === 1) || (!lines && width > 1 && (turned || monthsAcross(indicator)))
      ? 'across'
      : 'down';
  const [first, last] = axis === 'down' ? [box.top, box.bottom] : [box.left, box.right];
  const across = axis === 'down' ? width : height;
  return {
    kind: 'series',
    axis,
    monthsBlock: named ? undefined : monthsBlockOf(ref.sheet, box, axis),
    tentative: !named && !lines,
    lines: lines ? [] : Array.from({ length: last - first + 1 }, (_, i) => first + i),
    labelBlock: across > 1 && !lines ? labelBlockOf(ref.sheet, box, axis) : undefined,
  };
}

/** The cells above a block's columns (left of its rows, across): where its area headers are. */
function labelBlockOf(sheet: string, box: RangeBox, axis: SeriesAxis): Reference | undefined {
  const block: RangeBox =
    axis === 'down'
      ? { top: 1, bottom: box.top - 1, left: box.left, right: box.right }
      : { top: box.top, bottom: box.bottom, left: 1, right: box.left - 1 };
  if (block.right < block.left || block.bottom < block.top) return undefined;
  const address = lineAddress(block);
  return { kind: 'range', sheet, address, text: `${sheetRef(sheet)}!${address}` };
}

/** Whether the catalogue's Months ref is one row of months (a block's months then run across its columns). */
function monthsAcross(indicator: Indicator): boolean {
  const ref = indicator.monthsRef ? parseReference(indicator.monthsRef) : undefined;
  if (ref?.kind !== 'range') return false;
  const box = parseRangeAddress(ref.address);
  return wholeLines(ref.address) === 'rows' || (box !== undefined && box.top === box.bottom && box.right > box.left);
}

/**
 * A block of several rows and columns with no Months ref can hold its months either way: down
 * the rows (areas across the columns) or across the columns (areas down the rows, months in the
 * row above). The second reading, for the engine to try where the first finds no months.
 */
export function turnedShape(indicator: Indicator, ref: Reference, areaCount: number): ReferenceShape | undefined {
  if (ref.kind !== 'range' || indicator.monthsRef || wholeLines(ref.address)) return undefined;
  const box = parseRangeAddress(ref.address);
  if (!box || box.top === box.bottom || box.left === box.right) return undefined;
  return shapeOf(indicator, ref, areaCount, true);
}

/** The columns left of a series (rows above one across), where its months are looked for. */
export function monthsBlockOf(sheet: string, box: RangeBox, axis: SeriesAxis): Reference | undefined {
  const block: RangeBox =
    axis === 'down'
      ? { top: box.top, bottom: box.bottom, left: 1, right: box.left - 1 }
      : { top: 1, bottom: box.top - 1, left: box.left, right: box.right };
  if (block.right < block.left || block.bottom < block.top) return undefined;
  const address = lineAddress(block);
  return { kind: 'range', sheet, address, text: `${sheetRef(sheet)}!${address}` };
}

/**
 * The shape of an indicator's numerator or denominator reference, when it has one. A workbook
 * name, once read, has the shape of the range it stands for (lookups given): a name over a month
 * column is a monthly series exactly as the address typed out would be.
 */
export function shapeOfField(
  indicator: Indicator,
  field: 'numeratorRef' | 'denominatorRef',
  areaCount: number,
  lookups?: Map<string, RangeLookup>,
  turned = false,
): ReferenceShape | undefined {
  const text = indicator[field];
  const ref = text ? parseReference(text) : undefined;
  if (!ref) return undefined;
  const lookup = ref.kind === 'name' ? lookups?.get(ref.text) : undefined;
  const range = lookup?.ok ? rangeOfName(lookup.range) : ref;
  return turned ? turnedShape(indicator, range, areaCount) : shapeOf(indicator, range, areaCount);
}

/** The range a name was read as, as a reference typed out. */
function rangeOfName(range: RawRange): Reference {
  const box: RangeBox = {
    top: range.top,
    left: range.left,
    bottom: range.top + Math.max(range.cells.length, 1) - 1,
    right: range.left + Math.max(range.cells[0]?.length ?? 0, 1) - 1,
  };
  const address = boxAddress(box);
  return { kind: 'range', sheet: range.sheet, address, text: `${sheetRef(range.sheet)}!${address}` };
}

/**
 * What to read once the names are known: the cells beside each name read as a range (its months,
 * its area headers), which could not be named before the name was resolved.
 */
export function referencesBesideNames(
  indicators: Indicator[],
  areaCount: number,
  lookups: Map<string, RangeLookup>,
): Reference[] {
  const more = new Map<string, Reference>();
  for (const indicator of indicators) {
    for (const field of ['numeratorRef', 'denominatorRef'] as const) {
      const text = indicator[field];
      if (!text || parseReference(text)?.kind !== 'name') continue;
      for (const turned of [false, true]) {
        const shape = shapeOfField(indicator, field, areaCount, lookups, turned);
        if (shape?.kind !== 'series') continue;
        for (const ref of [shape.monthsBlock, shape.labelBlock]) if (ref && !lookups.has(ref.text)) more.set(ref.text, ref);
      }
    }
  }
  return [...more.values()];
}
