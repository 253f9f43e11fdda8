import type { CohortImpact, Evaluated, ImpactRow, ScorecardResults } from '../engine';
import { monthLabel } from '../engine';
import { COUNT_FORMAT, figureFormat, NO_COUNTS, periodLabel } from './presentation';
import { Grid, num } from './grid';
import { HEADER_FILL, HEADER_FONT, SECTION_FILL, TAB_COLOR, TITLE_STYLES } from './palette';
import { ragRules } from './scorecardBlocks';
import type { CellValue, PlanCell, SheetPlan, StyledRange } from './types';

const HEADERS = [
  'Indicator',
  'Polarity',
  'Data Period',
  'Result',
  'RAG',
  'Num',
  'Denom',
  'Target',
  'Result',
  'RAG',
  'Num',
  'Denom',
  'Variance',
  'Note',
];
const WIDTH = HEADERS.length;
/** A RAG that leaving the cohort out changes is marked in words and with this fill. */
const FLIP_FILL = '#E4DFEC';

function side(row: ImpactRow, e: Evaluated): PlanCell[] {
  const format = figureFormat(row.indicator.unit, row.indicator.decimals);
  const counted = row.indicator.unit !== 'count';
  return [
    num(e.value, format),
    { value: e.rag ?? '-' },
    counted ? num(e.numerator, COUNT_FORMAT) : { value: NO_COUNTS },
    counted ? num(e.denominator, COUNT_FORMAT) : { value: NO_COUNTS },
  ];
}

/** "CHILDREN IN CARE - NORTH KENT", as the report heads each block. */
const groupTitle = (section: string, area: string): string => `${section} - ${area}`.toUpperCase();

function cohortBlock(grid: Grid, styles: StyledRange[], impact: CohortImpact, areas: string[]): { first: number; last: number } {
  const first = grid.nextRow;
  for (const area of areas) {
    const rows = impact.rows.filter((r) => r.area === area);
    const sections = [...new Set(rows.map((r) => r.indicator.section))];
    for (const section of sections) {
      const title = grid.add([groupTitle(section, area)]);
      styles.push({ range: Grid.span(title, 1, WIDTH), style: { bold: true, fill: SECTION_FILL } });
      for (const row of rows.filter((r) => r.indicator.section === section)) {
        const cells: (PlanCell | CellValue)[] = [
          row.indicator.name,
          row.indicator.polarity ?? '-',
          periodLabel(row.indicator.period),
          ...side(row, row.included),
          { value: row.indicator.target ?? '-', numberFormat: figureFormat(row.indicator.unit, row.indicator.decimals) },
          ...side(row, row.excluded),
          row.varianceText,
          row.ragFlips ? `RAG changes: ${row.included.rag} to ${row.excluded.rag}` : '',
        ];
        const at = grid.add(cells);
        if (row.ragFlips) styles.push({ range: Grid.span(at, 9, WIDTH), style: { fill: FLIP_FILL, bold: true } });
      }
    }
  }
  return { first, last: grid.nextRow - 1 };
}

/**
 * "Scorecard - Impact of UASC": every indicator the data gives without the cohort, in every
 * area, side by side with the figure for all children, and the variance in points.
 */
export function impactSheet(results: ScorecardResults, name: string): SheetPlan | undefined {
  const impacts = results.impacts.filter((i) => i.rows.length > 0);
  if (impacts.length === 0) return undefined;
  const grid = new Grid(WIDTH);
  const styles: StyledRange[] = [];
  const ragColumns: string[] = [];
  const merges: string[] = [];
  grid.add([`Scorecard - Impact of ${impacts.map((i) => i.cohort).join(', ')}`]);
  grid.add([monthLabel(results.month)]);
  styles.push(...TITLE_STYLES);
  for (const impact of impacts) {
    grid.add();
    const over = grid.add(['', '', '', `Including ${impact.cohort}`, '', '', '', '', `Excluding ${impact.cohort}`]);
    const header = grid.add(HEADERS);
    merges.push(Grid.span(over, 4, 7), Grid.span(over, 9, 12));
    styles.push(
      { range: Grid.span(over, 4, 7), style: { bold: true, hAlign: 'center', fill: HEADER_FILL, fontColor: HEADER_FONT } },
      { range: Grid.span(over, 9, 12), style: { bold: true, hAlign: 'center', fill: HEADER_FILL, fontColor: HEADER_FONT } },
      { range: Grid.span(header, 1, WIDTH), style: { bold: true, fill: HEADER_FILL, fontColor: HEADER_FONT, wrap: true } },
    );
    const { first, last } = cohortBlock(grid, styles, impact, results.areas);
    styles.push({ range: `B${first}:${Grid.address(last, WIDTH - 1)}`, style: { hAlign: 'center' } });
    ragColumns.push(Grid.column(5, first, last), Grid.column(10, first, last));
  }
  return {
    name,
    role: 'impact',
    cells: grid.rows,
    columnWidths: [62, 8, 8, 9, 6, 8, 8, 9, 9, 6, 8, 8, 9, 22],
    rowHeights: {},
    styles,
    merges,
    conditionalFormats: ragColumns.map(ragRules),
    freeze: { rows: 5, columns: 1 },
    tabColor: TAB_COLOR,
    landscape: true,
  };
}
