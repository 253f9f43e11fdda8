import type { IndicatorResult, Rag, ScorecardResults } from '../engine';
import { ARROW, monthLabel, numberFormatFor, RAG_WORDS } from '../engine';
import { Grid, num, wrappedRowHeights } from './grid';
import { ARROW_FORMAT, HEADER_FILL, HEADER_FONT, RAG_FORMAT, SECTION_FILL, SMALL_DENOMINATOR_FORMAT, TAB_COLOR } from './palette';
import type { ConditionalFormat, PlanCell, SheetPlan, StyledRange } from './types';

/** Columns of the county scorecard, as in the published 2017 report. */
export const SCORECARD_COLUMNS = {
  id: 1,
  indicator: 2,
  polarity: 3,
  period: 4,
  result: 5,
  rag: 6,
  numerator: 7,
  denominator: 8,
  target: 9,
  monthAgo: 10,
  monthAgoDot: 11,
  yearAgo: 12,
  yearAgoDot: 13,
  rolling3: 14,
  rolling3Rag: 15,
  notes: 16,
} as const;

const WIDTH = 16;
export const SCORECARD_HEADER_ROW = 5;
const C = SCORECARD_COLUMNS;

const HEADERS: string[] = [
  'ID',
  'Indicator',
  'Polarity',
  'Data Period',
  'Result',
  'RAG',
  'Num',
  'Denom',
  'Target',
  'Result',
  'DoT',
  'Result',
  'DoT',
  'Result',
  'RAG',
  'Notes',
];

export interface ScorecardLayout {
  sheet: SheetPlan;
  /** Row of each indicator's result, by indicator ID. */
  rowOf: Map<string, number>;
  firstDataRow: number;
  lastDataRow: number;
}

/** Whole-number IDs are written as numbers, so Excel does not flag "number stored as text". */
export function idCell(id: string): PlanCell {
  return { value: /^[1-9]\d{0,14}$/.test(id) ? Number(id) : id };
}

function ragCell(rag: Rag | undefined, hasValue: boolean): PlanCell {
  return { value: rag ?? (hasValue ? 'No RAG' : '-') };
}

function indicatorRow(result: IndicatorResult): (PlanCell | string | number)[] {
  const { indicator, current, monthAgo, yearAgo, rolling3 } = result;
  const format = numberFormatFor(indicator.unit, indicator.decimals);
  const counted = indicator.unit !== 'count';
  return [
    idCell(indicator.id),
    { value: indicator.name },
    indicator.polarity,
    indicator.period,
    num(current.value, format),
    ragCell(current.rag, current.value !== undefined),
    counted ? num(current.numerator) : '-',
    counted ? num(current.denominator) : '-',
    { value: indicator.target, numberFormat: format },
    num(monthAgo?.value, format),
    monthAgo ? ARROW[monthAgo.direction] : '-',
    num(yearAgo?.value, format),
    yearAgo ? ARROW[yearAgo.direction] : '-',
    indicator.period === 'SS' ? '-' : num(rolling3?.value, format),
    indicator.period === 'SS' ? '-' : ragCell(rolling3?.rag, rolling3?.value !== undefined),
    result.notes.join(' '),
  ];
}

function ragRules(range: string): ConditionalFormat {
  return {
    range,
    rules: (['G', 'A', 'R'] as Rag[]).map((rag) => ({ type: 'textEquals', text: rag, format: RAG_FORMAT[rag] })),
  };
}

function arrowRules(range: string): ConditionalFormat {
  return {
    range,
    rules: (['improved', 'same', 'worse'] as const).map((d) => ({ type: 'textEquals', text: ARROW[d], format: ARROW_FORMAT[d] })),
  };
}

/** The scorecard for one area: sections, one row per indicator, and RAG counts underneath. */
export function scorecardSheet(results: ScorecardResults, area: string, name: string): ScorecardLayout {
  const rows = results.byArea.get(area) ?? [];
  const grid = new Grid(WIDTH);
  const styles: StyledRange[] = [];
  const rowOf = new Map<string, number>();

  grid.add([`${results.title}${area && !results.title.includes(area) ? ` - ${area}` : ''}`]);
  grid.add([monthLabel(results.month)]);
  grid.add();
  const groupRow = grid.add([
    null,
    null,
    null,
    null,
    'Latest result',
    null,
    null,
    null,
    null,
    '1 month ago',
    null,
    '1 year ago',
    null,
    'Rolling 3 months',
    null,
    null,
  ]);
  const headerRow = grid.add(HEADERS);
  styles.push(
    { range: 'A1', style: { bold: true, fontSize: 14, fontColor: HEADER_FILL } },
    { range: 'A2', style: { bold: true } },
    { range: Grid.span(groupRow, 1, WIDTH), style: { bold: true, hAlign: 'center' } },
    {
      range: Grid.span(headerRow, 1, WIDTH),
      style: { bold: true, fill: HEADER_FILL, fontColor: HEADER_FONT, wrap: true, vAlign: 'center' },
    },
  );
  const merges = [
    Grid.span(groupRow, C.result, C.target),
    Grid.span(groupRow, C.monthAgo, C.monthAgoDot),
    Grid.span(groupRow, C.yearAgo, C.yearAgoDot),
    Grid.span(groupRow, C.rolling3, C.rolling3Rag),
  ];

  const firstDataRow = grid.nextRow;
  let section: string | undefined;
  const sectionRows: number[] = [];
  for (const result of rows) {
    if (result.indicator.section !== section) {
      section = result.indicator.section;
      sectionRows.push(grid.add([section]));
    }
    rowOf.set(result.indicator.id, grid.add(indicatorRow(result)));
  }
  const lastDataRow = Math.max(firstDataRow, grid.nextRow - 1);
  styles.push(
    { range: `${Grid.address(firstDataRow, 1)}:${Grid.address(lastDataRow, WIDTH)}`, style: { vAlign: 'center' } },
    { range: `${Grid.address(firstDataRow, C.id)}:${Grid.address(lastDataRow, C.id)}`, style: { hAlign: 'center' } },
    { range: `${Grid.address(firstDataRow, C.indicator)}:${Grid.address(lastDataRow, C.indicator)}`, style: { wrap: true } },
    { range: `${Grid.address(firstDataRow, C.polarity)}:${Grid.address(lastDataRow, C.period)}`, style: { hAlign: 'center' } },
    { range: `${Grid.address(firstDataRow, C.rag)}:${Grid.address(lastDataRow, C.rag)}`, style: { hAlign: 'center' } },
    {
      range: `${Grid.address(firstDataRow, C.monthAgoDot)}:${Grid.address(lastDataRow, C.monthAgoDot)}`,
      style: { hAlign: 'center' },
    },
    {
      range: `${Grid.address(firstDataRow, C.yearAgoDot)}:${Grid.address(lastDataRow, C.yearAgoDot)}`,
      style: { hAlign: 'center' },
    },
    {
      range: `${Grid.address(firstDataRow, C.rolling3Rag)}:${Grid.address(lastDataRow, C.rolling3Rag)}`,
      style: { hAlign: 'center' },
    },
    {
      range: `${Grid.address(firstDataRow, C.notes)}:${Grid.address(lastDataRow, C.notes)}`,
      style: { wrap: true, italic: true },
    },
    // After the column styles: a section title starts in the centred ID column and must not be cut off.
    ...sectionRows.map((row) => ({
      range: Grid.span(row, 1, WIDTH),
      style: { bold: true, fill: SECTION_FILL, hAlign: 'left' as const },
    })),
  );

  grid.add();
  const countsHeader = grid.add([null, 'Latest performance RAG rating', RAG_WORDS.G, RAG_WORDS.A, RAG_WORDS.R, 'No RAG']);
  const counted = { G: 0, A: 0, R: 0, none: 0 };
  for (const r of rows) counted[r.current.rag ?? 'none'] += 1;
  const countsRow = grid.add([null, null, counted.G, counted.A, counted.R, counted.none]);
  styles.push(
    { range: Grid.span(countsHeader, 2, 6), style: { bold: true, hAlign: 'center' } },
    { range: Grid.span(countsRow, 3, 6), style: { bold: true, hAlign: 'center', fontSize: 14 } },
    { range: Grid.address(countsHeader, 3), style: { fill: RAG_FORMAT.G.fill, fontColor: RAG_FORMAT.G.fontColor } },
    { range: Grid.address(countsHeader, 4), style: { fill: RAG_FORMAT.A.fill, fontColor: RAG_FORMAT.A.fontColor } },
    { range: Grid.address(countsHeader, 5), style: { fill: RAG_FORMAT.R.fill, fontColor: RAG_FORMAT.R.fontColor } },
  );

  const column = (c: number): string => Grid.column(c, firstDataRow, lastDataRow);
  const columnWidths = [6, 62, 8, 8, 9, 7, 9, 9, 9, 9, 5, 9, 5, 9, 7, 48];
  const sheet: SheetPlan = {
    name,
    role: 'scorecard',
    cells: grid.rows,
    columnWidths,
    rowHeights: { ...wrappedRowHeights(grid.rows, [C.indicator, C.notes], columnWidths, firstDataRow), [headerRow]: 30 },
    styles,
    merges,
    conditionalFormats: [
      ragRules(column(C.rag)),
      ragRules(column(C.rolling3Rag)),
      arrowRules(column(C.monthAgoDot)),
      arrowRules(column(C.yearAgoDot)),
      { range: column(C.denominator), rules: [{ type: 'between', min: 1, max: 9, format: SMALL_DENOMINATOR_FORMAT }] },
    ],
    freeze: { rows: headerRow, columns: 2 },
    tabColor: TAB_COLOR,
    landscape: true,
  };
  return { sheet, rowOf, firstDataRow, lastDataRow };
}
