import type { IndicatorResult, Issue, ScorecardResults } from '../engine';
import { dataNotes, monthLabel, RAG_WORDS } from '../engine';
import type { TrendPoint } from './chartText';
import { trendChartText } from './chartText';
import { Grid, linesNeeded } from './grid';
import { figureFormat } from './presentation';
import { spcDataNote, spcInMonthValues, spcLines } from './spcColumns';
import { HEADER_FILL, HEADER_FONT, RAG_FORMAT, SECTION_FILL, TAB_COLOR, TITLE_STYLES } from './palette';
import { COMMENTARY_HEADING, COMMENTARY_PROMPT, DATA_NOTES_HEADING, exceptionHeading } from './previousOutput';
import type { ChartPlan, SheetPlan, StyledRange } from './types';

const WIDTH = 14;
const COLUMN_WIDTHS = [26, ...Array.from({ length: WIDTH - 1 }, () => 10)];
const TEXT_CHARS = COLUMN_WIDTHS.reduce((a, b) => a + b, 0);
const COMMENTARY_FILL = '#FFF9E6';
/** Rows a trend chart takes under its table. */
const CHART_ROWS = 14;

/** More exception pages than this is not a report anyone reads; the rest are named in a warning. */
const MAX_EXCEPTION_PAGES = 60;

/**
 * Indicators that get a page: any with commentary to keep, those the catalogue flags, then the
 * Red ones, in catalogue order, up to MAX_EXCEPTION_PAGES.
 */
function exceptionIndicators(
  results: IndicatorResult[],
  commentary: Map<string, string[]>,
): { pages: IndicatorResult[]; left: IndicatorResult[] } {
  const rank = (r: IndicatorResult) =>
    commentary.has(r.indicator.id) ? 0 : r.indicator.exception ? 1 : r.current.rag === 'R' ? 2 : 3;
  const wanted = results.filter((r) => rank(r) < 3);
  const kept = new Set([...wanted].sort((a, b) => rank(a) - rank(b)).slice(0, MAX_EXCEPTION_PAGES));
  return { pages: wanted.filter((r) => kept.has(r)), left: wanted.filter((r) => !kept.has(r)) };
}

/** A page's title row: the indicator, and its RAG in words in the last column. Returns its styles. */
function pageTitle(grid: Grid, result: IndicatorResult): StyledRange[] {
  const { indicator, current } = result;
  const title = grid.add([exceptionHeading(indicator.id, indicator.name)]);
  const row = grid.rows[title - 1];
  if (row) row[WIDTH - 1] = { value: current.rag ? RAG_WORDS[current.rag] : 'No RAG' };
  const styles: StyledRange[] = [{ range: Grid.span(title, 1, WIDTH), style: { bold: true, fontSize: 12, fill: SECTION_FILL } }];
  if (current.rag) {
    const { fill, fontColor } = RAG_FORMAT[current.rag];
    styles.push({ range: Grid.address(title, WIDTH), style: { fill, fontColor, hAlign: 'center' } });
  }
  return styles;
}

/**
 * The trend chart under the table: first what it shows in words (its alternative text, read
 * before it), then the rows it covers.
 */
function trendChart(
  grid: Grid,
  paragraph: (text: string, style?: StyledRange['style']) => number,
  result: IndicatorResult,
  trend: TrendPoint[],
  source: string,
): ChartPlan {
  const { indicator } = result;
  const altText = trendChartText(
    result,
    trend,
    spcLines(result.spc).map(([label]) => label),
  );
  paragraph(altText.description, { italic: true });
  const top = grid.add();
  for (let i = 1; i < CHART_ROWS; i++) grid.add();
  return {
    name: `Trend ${indicator.id}`,
    title: `${indicator.id} ${indicator.name}`,
    source,
    from: Grid.address(top, 1),
    to: Grid.address(top + CHART_ROWS - 1, 8),
    altText,
  };
}

/** The warning when more indicators need a page than the sheet has. */
function cappedNotice(name: string, shown: number, left: IndicatorResult[]): Issue {
  const ids = left
    .slice(0, 5)
    .map((r) => r.indicator.id)
    .join(', ');
  return {
    severity: 'warning',
    code: 'exceptions-capped',
    message: `${shown + left.length} indicators need an exception page; "${name}" has the first ${shown}, and ${left.length} more (indicators ${ids}${left.length > 5 ? ', …' : ''}) have none.`,
    fix: 'Check the catalogue: so many Red indicators usually means targets or floors on the wrong scale.',
    at: { sheet: name, cell: 'A1' },
  };
}

/**
 * Exception pages, one block per indicator as in the 2017 report: the month-end trend (result,
 * target, RAG), the analyst's commentary — kept word for word across recalculations — and the
 * data notes with the bandings in words.
 */
export function exceptionsSheet(
  results: ScorecardResults,
  area: string,
  name: string,
  commentary: Map<string, string[]>,
): { sheet: SheetPlan; notice?: Issue } | undefined {
  const { pages, left } = exceptionIndicators(results.byArea.get(area) ?? [], commentary);
  if (pages.length === 0) return undefined;
  const grid = new Grid(WIDTH);
  const styles: StyledRange[] = [];
  const merges: string[] = [];
  const rowHeights: Record<number, number> = {};
  const charts: ChartPlan[] = [];
  const paragraph = (text: string, style: StyledRange['style'] = {}) => {
    const row = grid.add([text]);
    merges.push(Grid.span(row, 1, WIDTH));
    styles.push({ range: Grid.span(row, 1, WIDTH), style: { wrap: true, vAlign: 'top', ...style } });
    const lines = linesNeeded(text, TEXT_CHARS);
    if (lines > 1) rowHeights[row] = lines * 15;
    return row;
  };

  grid.add([`Exception reports - ${area}`]);
  grid.add([monthLabel(results.month)]);
  styles.push(...TITLE_STYLES);
  for (const result of pages) {
    const { indicator } = result;
    grid.add();
    styles.push(...pageTitle(grid, result));

    const trend = (results.trends.get(indicator.id) ?? []).filter((p) => p.value !== undefined).slice(-(WIDTH - 1));
    const format = figureFormat(indicator.unit, indicator.decimals);
    const number = (value: number | undefined) => ({ value: value ?? null, numberFormat: format });
    const months = grid.add(['Trend Data – Month End', ...trend.map((p) => monthLabel(p.month))]);
    grid.add(['Result', ...trend.map((p) => number(p.value))]);
    // A rolling figure's SPC chart is of its in-month results (spcHistory.ts): drawn beside it.
    const inMonth = spcInMonthValues(result.spc);
    if (inMonth) grid.add(['In-month result', ...trend.map((p) => number(inMonth.get(p.month)))]);
    // A context measure (flagged for a page) has no target to draw.
    if (indicator.target !== undefined) grid.add(['Target', ...trend.map(() => number(indicator.target))]);
    if (indicator.floor !== undefined) grid.add(['Floor', ...trend.map(() => number(indicator.floor))]);
    // The SPC chart's lines, drawn with the trend: constant over the months shown.
    for (const [label, value] of spcLines(result.spc)) grid.add([label, ...trend.map(() => number(value))]);
    const last = grid.nextRow - 1;
    const rags = grid.add(['RAG Rating', ...trend.map((p) => (p.rag ? RAG_WORDS[p.rag] : 'No RAG'))]);
    styles.push(
      { range: Grid.span(months, 1, trend.length + 1), style: { bold: true, fill: HEADER_FILL, fontColor: HEADER_FONT } },
      { range: `B${months + 1}:${Grid.address(rags, Math.max(2, trend.length + 1))}`, style: { hAlign: 'center' } },
    );
    if (trend.length > 1) {
      charts.push(trendChart(grid, paragraph, result, trend, `A${months}:${Grid.address(last, trend.length + 1)}`));
    }

    grid.add();
    const heading = grid.add([COMMENTARY_HEADING, COMMENTARY_PROMPT]);
    styles.push(
      { range: Grid.address(heading, 1), style: { bold: true } },
      { range: Grid.address(heading, 2), style: { italic: true } },
    );
    const kept = commentary.get(indicator.id) ?? [];
    if (kept.length === 0) {
      const empty = paragraph('', { fill: COMMENTARY_FILL });
      rowHeights[empty] = 60;
    }
    for (const text of kept) paragraph(text, { fill: COMMENTARY_FILL });

    grid.add();
    styles.push({ range: Grid.address(grid.add([DATA_NOTES_HEADING]), 1), style: { bold: true } });
    for (const line of [...dataNotes(indicator, results.month), spcDataNote(result.spc, results.month, indicator.unit)])
      paragraph(line);
  }
  const notice = left.length ? cappedNotice(name, pages.length, left) : undefined;
  const sheet: SheetPlan = {
    name,
    role: 'exceptions',
    cells: grid.rows,
    columnWidths: COLUMN_WIDTHS,
    rowHeights,
    styles,
    merges,
    conditionalFormats: [],
    charts,
    tabColor: TAB_COLOR,
    landscape: true,
  };
  return { sheet, notice };
}
