import type { IndicatorResult, ScorecardResults } from '../engine';
import { monthLabel, summarise, shownForArea } from '../engine';
import { Grid } from './grid';
import { HEADER_FILL, HEADER_FONT, RAG_FORMAT, TAB_COLOR, TITLE_STYLES } from './palette';
import type { ScorecardLayout } from './scorecardSheet';
import { scorecardSheet } from './scorecardSheet';
import { SharedFormulas } from './sharedFormulas';
import { COUNTS_HEADERS, countsRow } from './summarySheet';
import type { SheetPlan } from './types';

const MATRIX_HEADERS = ['Area', ...COUNTS_HEADERS];

interface AreaScorecard {
  area: string;
  sheetName: string;
  layout: ScorecardLayout;
  /** The indicators on the sheet. */
  results: IndicatorResult[];
}

/**
 * A scorecard sheet for each area after the first, in the county scorecard's own layout, with
 * the indicators the data gives that area a figure for.
 */
export function areaScorecards(
  results: ScorecardResults,
  names: (area: string) => string,
  shared: SharedFormulas = new SharedFormulas(),
): AreaScorecard[] {
  return results.areas.slice(1).map((area) => {
    const sheetName = names(area);
    const shown = shownForArea(results.byArea.get(area) ?? []);
    const layout = scorecardSheet({ ...results, byArea: new Map([[area, shown]]) }, area, sheetName, shared);
    return { area, sheetName, results: shown, layout: { ...layout, sheet: { ...layout.sheet, role: `area:${area}` } } };
  });
}

/**
 * Green/Amber/Red and direction-of-travel counts for every area side by side, each a live
 * COUNTIF over that area's scorecard sheet, so edits in Excel move them too.
 */
export function areasSheet(results: ScorecardResults, name: string, scorecards: AreaScorecard[]): SheetPlan {
  const grid = new Grid(MATRIX_HEADERS.length);
  grid.add([`RAG by area - ${results.title}`]);
  grid.add([monthLabel(results.month)]);
  grid.add();
  const header = grid.add(MATRIX_HEADERS);
  for (const { area, sheetName, layout, results: indicatorResults } of scorecards) {
    const rows = indicatorResults.map((r) => layout.rowOf.get(r.indicator.id)).filter((r): r is number => r !== undefined);
    grid.add(countsRow(area, summarise(indicatorResults).total, { sheetName, layout }, rows));
  }
  return {
    name,
    role: 'areas',
    cells: grid.rows,
    columnWidths: [28, 11, 9, 9, 9, 9, 9, 10, 9, 9, 13],
    rowHeights: {},
    styles: [
      ...TITLE_STYLES,
      {
        range: Grid.span(header, 1, MATRIX_HEADERS.length),
        style: { bold: true, fill: HEADER_FILL, fontColor: HEADER_FONT, wrap: true },
      },
      { range: Grid.address(header, 3), style: { fill: RAG_FORMAT.G.fill, fontColor: RAG_FORMAT.G.fontColor } },
      { range: Grid.address(header, 4), style: { fill: RAG_FORMAT.A.fill, fontColor: RAG_FORMAT.A.fontColor } },
      { range: Grid.address(header, 5), style: { fill: RAG_FORMAT.R.fill, fontColor: RAG_FORMAT.R.fontColor } },
      { range: `B${header + 1}:${Grid.address(grid.rows.length, MATRIX_HEADERS.length)}`, style: { hAlign: 'center' } },
    ],
    merges: [],
    conditionalFormats: [],
    tabColor: TAB_COLOR,
  };
}
