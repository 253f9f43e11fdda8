import type { Counts, ScorecardResults, Summary } from '../engine';
import { ARROW, monthLabel, quotedSheet, RAG_WORDS, summarise } from '../engine';
import { countIfFormula, NO_RAG, NO_RESULT } from './formulas';
import { Grid } from './grid';
import type { NarrativeChoice, NarrativeOutcome } from './narrativeBlock';
import { addNarrative } from './narrativeBlock';
import type { ScorecardLayout } from './scorecardSheet';
import { idCell } from './scorecardRow';
import { bySection, SCORECARD_COLUMNS } from './scorecardSheet';
import { addSpcSummary } from './spcSummary';
import { HEADER_FILL, HEADER_FONT, RAG_FORMAT, TAB_COLOR, TITLE_STYLES } from './palette';
import type { PlanCell, SheetPlan, StyledRange } from './types';

/** The headers over countsRow's cells after its label, in its order: one home for both count tables. */
export const COUNTS_HEADERS = [
  'Indicators',
  'Green',
  'Amber',
  'Red',
  'No RAG',
  'No data',
  'Improved',
  'Same',
  'Worse',
  'Not compared',
];
const HEADERS = ['Section', ...COUNTS_HEADERS];
const WIDTH = HEADERS.length;
/** What the columns are sized from (widths.ts); the first is the cap of the wrapped indicator names. */
const COLUMN_WIDTHS = [45, 11, 9, 9, 9, 9, 9, 10, 9, 9, 13];
const COUNT_FORMAT = '#,##0';

/** Where the scorecard this summary counts lives, so the counts can be live formulas over it. */
interface CountedScorecard {
  sheetName: string;
  layout: ScorecardLayout;
}

const sortedRowsOf = new WeakMap<Map<string, number>, number[]>();

/** A layout's indicator rows in order, worked out once per layout. */
function sortedRows(layout: Pick<ScorecardLayout, 'rowOf'>): number[] {
  let rows = sortedRowsOf.get(layout.rowOf);
  if (!rows) {
    rows = [...layout.rowOf.values()].sort((a, b) => a - b);
    sortedRowsOf.set(layout.rowOf, rows);
  }
  return rows;
}

/** The first of the sorted rows after `row`, or undefined. */
function nextRowAfter(sorted: number[], row: number): number | undefined {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    // mid < hi <= sorted.length, so the entry is there; a missing one would end the search.
    if ((sorted[mid] ?? Infinity) <= row) lo = mid + 1;
    else hi = mid;
  }
  return sorted[lo];
}

/**
 * The given scorecard rows as few absolute ranges of one column as can hold them and no other
 * indicator's row: a range may span a section heading (blank in the counted columns), so a
 * section, or a whole scorecard, is one range and the formula's length never grows with it.
 */
function columnRanges(sheetName: string, layout: Pick<ScorecardLayout, 'rowOf'>, rows: number[], column: number): string[] {
  const indicatorRows = sortedRows(layout);
  const runs: [number, number][] = [];
  for (const row of [...new Set(rows)].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    // The next indicator row after the run's end, by binary search: the run goes on if it is this row.
    if (last && nextRowAfter(indicatorRows, last[1]) === row) last[1] = row;
    else runs.push([row, row]);
  }
  const sheet = quotedSheet(sheetName);
  const letters = Grid.address(1, column).replace(/\d+$/, '');
  return runs.map(([from, to]) => `${sheet}!$${letters}$${from}:$${letters}$${to}`);
}

/** One counts row: each count a COUNTIF over the section's RAG and arrow cells on the scorecard. */
export function countsRow(label: string, c: Counts, scorecard: CountedScorecard, rows: number[]): PlanCell[] {
  const rag = columnRanges(scorecard.sheetName, scorecard.layout, rows, SCORECARD_COLUMNS.rag);
  const arrow = columnRanges(scorecard.sheetName, scorecard.layout, rows, SCORECARD_COLUMNS.monthAgoDot);
  const count = (value: number, ranges: string[], ...texts: string[]): PlanCell => ({
    value,
    formula: `=${texts.map((t) => countIfFormula(ranges, t)).join('+')}`,
    numberFormat: COUNT_FORMAT,
  });
  return [
    { value: label },
    { value: c.total, numberFormat: COUNT_FORMAT },
    count(c.G, rag, 'G'),
    count(c.A, rag, 'A'),
    count(c.R, rag, 'R'),
    // "No RAG": no target (context) or too few cases; "No data": no figure, the RAG cell's "-".
    count(c.none - c.noData, rag, NO_RAG),
    count(c.noData, rag, NO_RESULT),
    count(c.improved, arrow, ARROW.improved),
    count(c.same, arrow, ARROW.same),
    count(c.worse, arrow, ARROW.worse),
    count(c.notCompared, arrow, NO_RESULT),
  ];
}

/** The total row: each column the sum of the section rows above it. */
function totalRow(c: Counts, firstRow: number, lastRow: number): PlanCell[] {
  const values = [c.total, c.G, c.A, c.R, c.none - c.noData, c.noData, c.improved, c.same, c.worse, c.notCompared];
  return [
    { value: 'Total' },
    ...values.map((value, i) => ({
      value,
      formula: `=SUM(${Grid.column(i + 2, firstRow, lastRow)})`,
      numberFormat: COUNT_FORMAT,
    })),
  ];
}

/** Counts by section and in total, and the indicators whose RAG changed since last month. */
export function summarySheet(
  results: ScorecardResults,
  area: string,
  name: string,
  scorecard: CountedScorecard,
  narrative?: Omit<NarrativeChoice, 'draft'> & { draft: (summary: Summary) => string[] },
): { sheet: SheetPlan; summary: Summary; narrative?: NarrativeOutcome } {
  const indicatorResults = results.byArea.get(area) ?? [];
  const summary = summarise(indicatorResults);
  const grid = new Grid(WIDTH);
  const styles: StyledRange[] = [];
  grid.add([`Summary - ${area}`]);
  grid.add([monthLabel(results.month)]);
  grid.add();
  const headerRow = grid.add(HEADERS);
  const sections = bySection(indicatorResults);
  for (const { section, counts } of summary.sections) {
    const rows = (sections.get(section) ?? [])
      .map((r) => scorecard.layout.rowOf.get(r.indicator.id))
      .filter((row): row is number => row !== undefined);
    grid.add(countsRow(section, counts, scorecard, rows));
  }
  const totalRowNumber = grid.add(totalRow(summary.total, headerRow + 1, grid.nextRow - 1));
  styles.push(
    ...TITLE_STYLES,
    { range: Grid.span(headerRow, 1, WIDTH), style: { bold: true, fill: HEADER_FILL, fontColor: HEADER_FONT, wrap: true } },
    { range: Grid.span(headerRow, 3, 3), style: { fill: RAG_FORMAT.G.fill, fontColor: RAG_FORMAT.G.fontColor } },
    { range: Grid.span(headerRow, 4, 4), style: { fill: RAG_FORMAT.A.fill, fontColor: RAG_FORMAT.A.fontColor } },
    { range: Grid.span(headerRow, 5, 5), style: { fill: RAG_FORMAT.R.fill, fontColor: RAG_FORMAT.R.fontColor } },
    { range: Grid.span(totalRowNumber, 1, WIDTH), style: { bold: true, borderBottom: true } },
    { range: `B${headerRow + 1}:${Grid.address(totalRowNumber, WIDTH)}`, style: { hAlign: 'center' } },
  );
  const allRows = [...scorecard.layout.rowOf.values()];
  const spcRanges = columnRanges(scorecard.sheetName, scorecard.layout, allRows, SCORECARD_COLUMNS.spcVariation);
  styles.push(...addSpcSummary(grid, indicatorResults, spcRanges));

  grid.add();
  const changesTitle = grid.add(['RAG changes since last month (as at the last recalculation)']);
  // The indicator's name in the wide first column, wrapped there; its ID, and the RAG it moved from and to, beside it.
  const changesHeader = grid.add(['Indicator', 'ID', 'From', 'To']);
  styles.push(
    { range: Grid.address(changesTitle, 1), style: { bold: true, fontSize: 12 } },
    { range: Grid.span(changesHeader, 1, 4), style: { bold: true, fill: HEADER_FILL, fontColor: HEADER_FONT } },
  );
  if (summary.ragChanges.length === 0) grid.add(['No indicator changed RAG.']);
  for (const change of summary.ragChanges) {
    grid.add([change.indicator.name, idCell(change.indicator.id), RAG_WORDS[change.from], RAG_WORDS[change.to]]);
  }
  if (summary.ragChanges.length > 0) {
    styles.push(
      { range: Grid.column(1, changesHeader + 1, grid.nextRow - 1), style: { wrap: true, vAlign: 'top' } },
      { range: `B${changesHeader + 1}:${Grid.address(grid.nextRow - 1, 4)}`, style: { hAlign: 'center', vAlign: 'top' } },
    );
  }

  const sheet: SheetPlan = {
    name,
    role: 'summary',
    cells: grid.rows,
    columnWidths: COLUMN_WIDTHS,
    rowHeights: {},
    styles,
    merges: [],
    conditionalFormats: [],
    tabColor: TAB_COLOR,
  };
  const written = narrative
    ? addNarrative(
        grid,
        sheet,
        COLUMN_WIDTHS.reduce((a, b) => a + b, 0),
        { ...narrative, draft: narrative.draft(summary) },
      )
    : undefined;
  return { sheet, summary, narrative: written };
}
