import type { IndicatorResult, ScorecardResults } from '../engine';
import { monthLabel } from '../engine';
import { Grid } from './grid';
import { HEADER_FILL, HEADER_FONT, SMALL_DENOMINATOR_FORMAT, TAB_COLOR, TITLE_STYLES } from './palette';
import { SPC_COLUMN_WIDTHS, SPC_FOOTNOTE, SPC_GROUP_HEADER, SPC_HEADERS, spcConditionalFormats } from './spcColumns';
import { SharedFormulas } from './sharedFormulas';
import { SCORECARD_KEY } from './presentation';
import { arrowRules, dataStyles, ragCountsBlock, ragRules } from './scorecardBlocks';
import { SCORECARD_COLUMNS, SCORECARD_WIDTH } from './scorecardColumns';
import { indicatorRow } from './scorecardRow';
import type { SheetPlan, StyledRange } from './types';

export { SCORECARD_COLUMNS } from './scorecardColumns';

const WIDTH = SCORECARD_WIDTH;
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
  ...SPC_HEADERS,
  'Notes',
];

/** The row above the headers: what each group of columns is about, over its first column. */
const GROUP_HEADERS: (string | null)[] = Array.from({ length: WIDTH }, () => null);
GROUP_HEADERS[C.result - 1] = 'Latest result';
GROUP_HEADERS[C.monthAgo - 1] = '1 month ago';
GROUP_HEADERS[C.yearAgo - 1] = '1 year ago';
GROUP_HEADERS[C.rolling3 - 1] = 'Rolling 3 months';
GROUP_HEADERS[C.spcVariation - 1] = SPC_GROUP_HEADER;

export interface ScorecardLayout {
  sheet: SheetPlan;
  /** Row of each indicator's result, by indicator ID. */
  rowOf: Map<string, number>;
  firstDataRow: number;
  lastDataRow: number;
}

/**
 * The indicators grouped by section, sections in the order they first appear and indicators in
 * catalogue order within each: a section is one block of rows under one heading, however the
 * catalogue interleaves them, so the summary counts it with one range.
 */
export function bySection(rows: IndicatorResult[]): Map<string, IndicatorResult[]> {
  const sections = new Map<string, IndicatorResult[]>();
  for (const result of rows) {
    const list = sections.get(result.indicator.section);
    if (list) list.push(result);
    else sections.set(result.indicator.section, [result]);
  }
  return sections;
}

/** The scorecard for one area: sections, one row per indicator, and RAG counts underneath. */
export function scorecardSheet(
  results: ScorecardResults,
  area: string,
  name: string,
  shared: SharedFormulas = new SharedFormulas(),
): ScorecardLayout {
  const rows = results.byArea.get(area) ?? [];
  const grid = new Grid(WIDTH);
  const styles: StyledRange[] = [];
  const rowOf = new Map<string, number>();

  grid.add([`${results.title}${area && !results.title.includes(area) ? ` - ${area}` : ''}`]);
  grid.add([monthLabel(results.month)]);
  grid.add();
  const groupRow = grid.add(GROUP_HEADERS);
  const headerRow = grid.add(HEADERS);
  styles.push(
    ...TITLE_STYLES,
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
    Grid.span(groupRow, C.spcVariation, C.spcAssurance),
  ];

  const firstDataRow = grid.nextRow;
  const sectionRows: number[] = [];
  for (const [section, inSection] of bySection(rows)) {
    sectionRows.push(grid.add([section]));
    for (const result of inSection) rowOf.set(result.indicator.id, grid.addRow(indicatorRow(result, grid.nextRow, shared)));
  }
  const lastDataRow = Math.max(firstDataRow, grid.nextRow - 1);
  styles.push(...dataStyles(firstDataRow, lastDataRow, sectionRows));

  styles.push(...ragCountsBlock(grid, rows, Grid.column(SCORECARD_COLUMNS.rag, firstDataRow, lastDataRow)));
  grid.add();
  for (const line of [SCORECARD_KEY, SPC_FOOTNOTE]) {
    const footnote = grid.add([null, line]);
    merges.push(Grid.span(footnote, 2, WIDTH));
    styles.push({ range: Grid.span(footnote, 2, WIDTH), style: { italic: true, wrap: true, vAlign: 'top' } });
  }

  const column = (c: number): string => Grid.column(c, firstDataRow, lastDataRow);
  const columnWidths = [6, 62, 8, 8, 9, 7, 9, 9, 9, 9, 5, 9, 5, 9, 7, ...SPC_COLUMN_WIDTHS, 48];
  const sheet: SheetPlan = {
    name,
    role: 'scorecard',
    cells: grid.rows,
    columnWidths,
    rowHeights: { [headerRow]: 30 },
    styles,
    merges,
    conditionalFormats: [
      ragRules(column(C.rag)),
      ragRules(column(C.rolling3Rag)),
      arrowRules(column(C.monthAgoDot)),
      arrowRules(column(C.yearAgoDot)),
      ...spcConditionalFormats(column(C.spcVariation), column(C.spcAssurance)),
      { range: column(C.denominator), rules: [{ type: 'between', min: 1, max: 9, format: SMALL_DENOMINATOR_FORMAT }] },
    ],
    freeze: { rows: headerRow, columns: 2 },
    tabColor: TAB_COLOR,
    landscape: true,
    print: { titleRows: { from: 1, to: headerRow }, breaksBefore: [], sections: sectionRows },
  };
  return { sheet, rowOf, firstDataRow, lastDataRow };
}
