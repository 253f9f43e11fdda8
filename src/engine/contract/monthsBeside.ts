/**
 * A single cell (or one per area) with no months beside it is read as the indicator's figure for
 * the reporting month: a lone cell cannot say which month it is for. But many lone cells sit in a
 * row labelled with a month (months down column A): a reference left pointing at March's row when
 * the scorecard moves on to April would give March's figure as April's, looking right. So the
 * cells left of such a figure in its row are read with it, and when the row's label (its first
 * filled cell) is a month other than the reporting month, the figure gets a warning.
 *
 * A label is a month when it is a date, a month typed as text ("Mar 2025", "31/03/2025"), or a
 * date's serial (Office.js gives dates as serials), within five years of the reporting month: IDs
 * and row numbers are far from any such serial. Months heading columns are not looked for: in
 * Excel they arrive as serials, which cannot be told from the figures above a cell.
 */
import type { RangeBox, Reference } from '../address';
import { cellAddress, parseRangeAddress, parseReference } from '../address';
import type { IssueList } from '../issues';
import { addMonths, compareMonths, monthLabel, parseMonth } from '../months';
import type { RawRange } from '../rawCell';
import type { Catalogue } from './catalogue';
import type { RangeLookup } from './references';
import { monthsBlockOf, shapeOf } from './seriesShape';
import type { MonthKey } from '../types';

const LABEL_WINDOW_MONTHS = 60;

/** The cells left of a range in its rows, where its rows' labels are: where a series' months would be. */
function besideBlocks(sheet: string, box: RangeBox): Reference[] {
  const left = monthsBlockOf(sheet, box, 'down');
  return left ? [left] : [];
}

/** Each catalogue figure read as one cell (or one per area) by address: its reference and box. */
function plainFigures(
  catalogue: Catalogue,
  areaCount: number,
): { ref: Reference & { kind: 'range' }; box: RangeBox; indicatorId: string; field: string }[] {
  const found: { ref: Reference & { kind: 'range' }; box: RangeBox; indicatorId: string; field: string }[] = [];
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
  return plainFigures(catalogue, areaCount).flatMap(({ ref, box }) => besideBlocks(ref.sheet, box));
}

/** The rows' labels (each row's first filled cell) in a block read beside a figure that are months. */
function labelsIn(range: RawRange, month: MonthKey, date1904: boolean): { month: MonthKey; cell: string }[] {
  const earliest = addMonths(month, -LABEL_WINDOW_MONTHS);
  const latest = addMonths(month, LABEL_WINDOW_MONTHS);
  const labels: { month: MonthKey; cell: string }[] = [];
  range.cells.forEach((row, r) => {
    const c = row.findIndex((value) => value !== null && value !== '');
    const value = row[c];
    if (value === undefined || value === null || typeof value === 'boolean') return;
    if (typeof value === 'object' && !(value instanceof Date)) return;
    const found = parseMonth(value, date1904);
    if (found && compareMonths(found, earliest) >= 0 && compareMonths(found, latest) <= 0)
      labels.push({ month: found, cell: cellAddress(range.top + r, range.left + c) });
  });
  return labels;
}

/** Warns at each single-cell figure whose row is labelled with a month that is not the reporting month. */
export function checkMonthsBeside(
  catalogue: Catalogue,
  areaCount: number,
  month: MonthKey,
  lookups: Map<string, RangeLookup>,
  issues: IssueList,
  date1904 = false,
): void {
  const warned = new Set<string>();
  for (const { ref, box, indicatorId, field } of plainFigures(catalogue, areaCount)) {
    const labels = besideBlocks(ref.sheet, box).flatMap((block) => {
      const lookup = lookups.get(block.text);
      return lookup?.ok ? labelsIn(lookup.range, month, date1904) : [];
    });
    if (labels.length === 0 || labels.some((l) => l.month === month)) continue;
    const cell = cellAddress(box.top, box.left);
    // One warning an indicator: its denominator is almost always on the same row.
    if (warned.has(indicatorId)) continue;
    warned.add(indicatorId);
    const label = labels[0]!;
    issues.warn(
      'figure-month-differs',
      `${field} ${ref.text} is read as the figure for ${monthLabel(month)}, the reporting month, but it sits beside ` +
        `${monthLabel(label.month)} (${label.cell}): it may be an earlier month's figure.`,
      `If the scorecard is for ${monthLabel(month)}, point ${field} at ${monthLabel(month)}'s cell; if it is for ` +
        `${monthLabel(label.month)}, set "Reporting month" in the Settings table to it.`,
      { sheet: ref.sheet, cell },
      indicatorId,
    );
  }
}
