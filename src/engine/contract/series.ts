import { quoteSheet } from '../issues';
import type { IssueList } from '../issues';
import { cellAddress } from '../address';
import { compareMonths, monthLabel } from '../months';
import type { RawCell, RawRange } from '../rawCell';
import { isBlank, readNumber } from '../rawCell';
import type { CellLocation, Indicator, MonthKey } from '../types';
import type { MonthLine, MonthSearch } from './monthAxis';
import { findMonths, monthsAlong } from './monthAxis';
import type { Located, RangeLookup } from './references';
import { rangeBehind } from './references';
import type { ReferenceShape, SeriesAxis } from './seriesShape';
import { blockLabels } from './areaLabels';
import type { Unreadable } from './unreadableCells';
import { reportUnreadable } from './unreadableCells';
import type { AreaLabel } from './areaLabels';
import { shapeOfField } from './seriesShape';
import { checkMonthlessLines } from './monthlessFigures';

/** One reference read as a monthly series: for each area (column when down), its figure by month. */
export interface SeriesSide {
  text: string;
  /** "Numerator ref" or "Denominator ref", for messages. */
  label: string;
  width: number;
  byArea: Map<MonthKey, Located>[];
  /** What heads each column (row, across) of a block of several, where text sits above the months. */
  labels?: AreaLabel[];
  /** Whether the areas run across the columns (months down) or down the rows (months across). */
  along?: 'column' | 'row';
  /** The blank cells among the months reported, by column (row, across) of the block. */
  blanks: { k: number; month: MonthKey; at: CellLocation }[];
}

export interface SeriesContext {
  lookups: Map<string, RangeLookup>;
  issues: IssueList;
  date1904: boolean;
  areaCount: number;
  /** Cells a message has already named, so a cause many references share is said once. */
  said?: Set<string>;
}

/**
 * Whether a reference is read as a monthly series: a whole column or row, or any range with a
 * Months ref, always; another range of several cells when months are found beside it.
 */
export function isSeries(indicator: Indicator, field: 'numeratorRef' | 'denominatorRef', ctx: SeriesContext): boolean {
  const shape = seriesShape(indicator, field, ctx);
  return shape?.kind === 'series' && (!shape.tentative || monthsFound(shape, ctx));
}

/** Whether months are found beside a series shape (its months block read). */
function monthsFound(shape: Extract<ReferenceShape, { kind: 'series' }>, ctx: SeriesContext): boolean {
  const block = shape.monthsBlock ? ctx.lookups.get(shape.monthsBlock.text) : undefined;
  return block?.ok === true && findMonths(block.range, shape.axis ?? 'down', shape.lines, ctx.date1904).ok;
}

/**
 * The shape a reference is read with: a block of rows and columns whose months are not beside it
 * down the rows is tried the other way, months across the columns and areas down the rows.
 */
function seriesShape(
  indicator: Indicator,
  field: 'numeratorRef' | 'denominatorRef',
  ctx: SeriesContext,
): ReferenceShape | undefined {
  const shape = shapeOfField(indicator, field, ctx.areaCount, ctx.lookups);
  if (shape?.kind !== 'series' || !shape.tentative || monthsFound(shape, ctx)) return shape;
  const turned = shapeOfField(indicator, field, ctx.areaCount, ctx.lookups, true);
  return turned?.kind === 'series' && monthsFound(turned, ctx) ? turned : shape;
}

/** Whether the indicator's figures are a monthly series (either reference is one). */
export function readsSeries(indicator: Indicator, ctx: SeriesContext): boolean {
  return isSeries(indicator, 'numeratorRef', ctx) || (indicator.unit !== 'count' && isSeries(indicator, 'denominatorRef', ctx));
}

const LABEL = { numeratorRef: 'Numerator ref', denominatorRef: 'Denominator ref' } as const;

/** Reads a numerator or denominator reference as a monthly series; undefined having said why not. */
export function readSeriesSide(
  indicator: Indicator,
  field: 'numeratorRef' | 'denominatorRef',
  ctx: SeriesContext,
): SeriesSide | undefined {
  const shape = seriesShape(indicator, field, ctx);
  const range = rangeBehind(indicator, field, ctx.lookups, ctx.issues);
  if (!range || shape?.kind !== 'series') return undefined;
  const height = range.cells.length;
  const width = range.cells[0]?.length ?? 0;
  const axis: SeriesAxis = shape.axis ?? (height >= width ? 'down' : 'across');
  const lines = Array.from(
    { length: axis === 'down' ? height : width },
    (_, i) => i + (axis === 'down' ? range.top : range.left),
  );
  const found = monthsOf(indicator, shape.monthsBlock?.text, range, axis, lines, ctx);
  const text = indicator[field]!;
  if (!found) return undefined;
  const { search, block } = found;
  if (!search.ok) {
    ctx.issues.error(
      'series-no-months',
      `${LABEL[field]} ${text} is read as monthly figures, but the months beside it could not be found: ${search.why}.`,
      `Put the month ends in a column left of the figures (a row above, for months across), one a ${axis === 'down' ? 'row' : 'column'}, or say where they are in the catalogue's Months ref column (for example ${quoteSheet(range.sheet)}!A:A).`,
      indicator.at[field] ?? indicator.row,
      indicator.id,
    );
    return undefined;
  }
  const across = axis === 'down' ? width : height;
  const cellOf = (line: number, k: number): { cell: RawCell; at: CellLocation } => {
    const [row, column] = axis === 'down' ? [line, range.left + k] : [range.top + k, line];
    return {
      cell: range.cells[row - range.top]?.[column - range.left] ?? null,
      at: { sheet: range.sheet, cell: cellAddress(row, column) },
    };
  };
  const reported = reportedMonths(search.months, across, cellOf);
  if (reported.length === 0) {
    ctx.issues.error(
      'series-blank',
      `${LABEL[field]} ${text} has no figures in any of its ${search.months.length} months${spanOf(search.months)}.`,
      'Fill in the figures, or point the reference at the column that holds them.',
      indicator.at[field] ?? indicator.row,
      indicator.id,
    );
    return undefined;
  }
  if (field === 'numeratorRef' && block) {
    const what = `${LABEL[field]} ${text}`;
    const said = (ctx.said ??= new Set());
    checkMonthlessLines({
      indicator,
      what,
      block,
      monthsRef: indicator.monthsRef,
      axis,
      lines,
      months: search.months,
      across,
      cellOf,
      issues: ctx.issues,
      said,
    });
  }
  const side = readFigures(indicator, field, reported, across, cellOf, ctx.issues);
  if (!side || across === 1) return side;
  const beside = shape.labelBlock ? ctx.lookups.get(shape.labelBlock.text) : undefined;
  const firstLine = Math.min(...search.months.map((m) => m.line));
  return {
    ...side,
    along: axis === 'down' ? 'column' : 'row',
    labels: blockLabels(range, beside?.ok ? beside.range : undefined, axis, firstLine, across),
  };
}

/** The months named by the catalogue's Months ref, or found beside the series, and the cells they were read from. */
function monthsOf(
  indicator: Indicator,
  blockText: string | undefined,
  range: RawRange,
  axis: SeriesAxis,
  lines: number[],
  ctx: SeriesContext,
): { search: MonthSearch; block?: RawRange } | undefined {
  if (indicator.monthsRef) {
    const months = rangeBehind(indicator, 'monthsRef', ctx.lookups, ctx.issues);
    if (!months) return undefined;
    if (months.sheet.toLowerCase() !== range.sheet.toLowerCase()) {
      const why = `the Months ref ${indicator.monthsRef} is on ${quoteSheet(months.sheet)}, not on ${quoteSheet(range.sheet)} beside the figures`;
      return { search: { ok: false, why } };
    }
    return { search: monthsAlong(months, axis, axis === 'down' ? months.left : months.top, lines, ctx.date1904), block: months };
  }
  const block = blockText ? ctx.lookups.get(blockText) : undefined;
  if (!block?.ok) {
    const why = axis === 'down' ? 'there is no column to the left of the figures' : 'there is no row above the figures';
    return { search: { ok: false, why } };
  }
  return { search: findMonths(block.range, axis, lines, ctx.date1904), block: block.range };
}

/**
 * The months reported so far: up to the latest month with a figure in any area. Later months
 * (set up ahead, still blank) are next month's rows, not gaps.
 */
function reportedMonths(
  months: MonthLine[],
  across: number,
  cellOf: (line: number, k: number) => { cell: RawCell },
): MonthLine[] {
  const filled = months.filter((m) => Array.from({ length: across }, (_, k) => cellOf(m.line, k).cell).some((c) => !isBlank(c)));
  if (filled.length === 0) return [];
  const latest = filled.reduce((a, b) => (compareMonths(a.month, b.month) >= 0 ? a : b)).month;
  return months.filter((m) => compareMonths(m.month, latest) <= 0);
}

function readFigures(
  indicator: Indicator,
  field: 'numeratorRef' | 'denominatorRef',
  months: MonthLine[],
  across: number,
  cellOf: (line: number, k: number) => { cell: RawCell; at: CellLocation },
  issues: IssueList,
): SeriesSide | undefined {
  const text = indicator[field]!;
  const byArea = Array.from({ length: across }, () => new Map<MonthKey, Located>());
  const blanks: { k: number; month: MonthKey; at: CellLocation }[] = [];
  const bad: Unreadable[] = [];
  let ok = true;
  for (const { line, month } of months) {
    for (let k = 0; k < across; k++) {
      const { cell, at } = cellOf(line, k);
      const reading = readNumber(cell);
      if (reading.ok) byArea[k]?.set(month, { value: reading.value, at });
      else if (reading.problem === 'blank') blanks.push({ k, month, at });
      else {
        ok = false;
        bad.push({ at, month, reading });
      }
    }
  }
  reportUnreadable(indicator, `${LABEL[field]} ${text}`, text, bad, issues);
  if (blanks.length > 0) {
    const shown = blanks.slice(0, 3).map((b) => `${monthLabel(b.month)} (${b.at.cell})`);
    const more = blanks.length > 3 ? ` and ${blanks.length - 3} more` : '';
    issues.warn(
      'series-blank',
      `${LABEL[field]} ${text} has no figure for ${shown.join(', ')}${more}: results that need ${blanks.length === 1 ? 'that month' : 'those months'} are shown as "-".`,
      'Fill in the figures (0 where there were none), or nothing to do if the months are before the period the scorecard shows.',
      blanks[0]?.at,
      indicator.id,
    );
  }
  return ok ? { text, label: LABEL[field], width: across, byArea, blanks } : undefined;
}

/** " (Apr 2023 to Mar 2025)": the first and last of a series' months, for messages. */
function spanOf(months: MonthLine[]): string {
  const first = months[0];
  const last = months[months.length - 1];
  return first && last ? ` (${monthLabel(first.month)} to ${monthLabel(last.month)})` : '';
}
