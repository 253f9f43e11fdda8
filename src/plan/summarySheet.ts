import type { Counts, ScorecardResults, Summary } from '../engine';
import { monthLabel, RAG_WORDS, summarise } from '../engine';
import { Grid } from './grid';
import { HEADER_FILL, HEADER_FONT, RAG_FORMAT, TAB_COLOR } from './palette';
import type { SheetPlan, StyledRange } from './types';

const HEADERS = ['Section', 'Indicators', 'Green', 'Amber', 'Red', 'No RAG', 'Improved', 'Same', 'Worse', 'Not compared'];
const WIDTH = HEADERS.length;

function countsRow(label: string, c: Counts): (string | number)[] {
  return [label, c.total, c.G, c.A, c.R, c.none, c.improved, c.same, c.worse, c.notCompared];
}

/** Counts by section and in total, and the indicators whose RAG changed since last month. */
export function summarySheet(results: ScorecardResults, area: string, name: string): { sheet: SheetPlan; summary: Summary } {
  const summary = summarise(results.byArea.get(area) ?? []);
  const grid = new Grid(WIDTH);
  const styles: StyledRange[] = [];
  grid.add([`Summary - ${area}`]);
  grid.add([monthLabel(results.month)]);
  grid.add();
  const headerRow = grid.add(HEADERS);
  for (const { section, counts } of summary.sections) grid.add(countsRow(section, counts));
  const totalRow = grid.add(countsRow('Total', summary.total));
  styles.push(
    { range: 'A1', style: { bold: true, fontSize: 14, fontColor: HEADER_FILL } },
    { range: 'A2', style: { bold: true } },
    { range: Grid.span(headerRow, 1, WIDTH), style: { bold: true, fill: HEADER_FILL, fontColor: HEADER_FONT, wrap: true } },
    { range: Grid.span(headerRow, 3, 3), style: { fill: RAG_FORMAT.G.fill, fontColor: RAG_FORMAT.G.fontColor } },
    { range: Grid.span(headerRow, 4, 4), style: { fill: RAG_FORMAT.A.fill, fontColor: RAG_FORMAT.A.fontColor } },
    { range: Grid.span(headerRow, 5, 5), style: { fill: RAG_FORMAT.R.fill, fontColor: RAG_FORMAT.R.fontColor } },
    { range: Grid.span(totalRow, 1, WIDTH), style: { bold: true, borderBottom: true } },
    { range: `B${headerRow + 1}:${Grid.address(totalRow, WIDTH)}`, style: { hAlign: 'center' } },
  );

  grid.add();
  const changesTitle = grid.add(['RAG changes since last month']);
  const changesHeader = grid.add(['ID', 'Indicator', 'From', 'To']);
  styles.push(
    { range: Grid.address(changesTitle, 1), style: { bold: true, fontSize: 12 } },
    { range: Grid.span(changesHeader, 1, 4), style: { bold: true, fill: HEADER_FILL, fontColor: HEADER_FONT } },
  );
  if (summary.ragChanges.length === 0) grid.add(['', 'No indicator changed RAG.']);
  for (const change of summary.ragChanges) {
    grid.add([change.indicator.id, change.indicator.name, RAG_WORDS[change.from], RAG_WORDS[change.to]]);
  }

  const sheet: SheetPlan = {
    name,
    role: 'summary',
    cells: grid.rows,
    columnWidths: [34, 11, 9, 9, 9, 9, 10, 9, 9, 13],
    rowHeights: {},
    styles,
    merges: [],
    conditionalFormats: [],
    tabColor: TAB_COLOR,
  };
  return { sheet, summary };
}
