/**
 * Parts of a scorecard sheet: the styles of its indicator rows, the RAG counts under them (live
 * COUNTIFs over the RAG column), and the colours of its RAG and arrow columns.
 */
import type { IndicatorResult, Rag } from '../engine';
import { ARROW, RAG_WORDS } from '../engine';
import { countIfFormula, NO_RAG, NO_RESULT } from './formulas';
import { Grid } from './grid';
import { ARROW_FORMAT, RAG_FORMAT, SECTION_FILL } from './palette';
import { SCORECARD_COLUMNS as C, SCORECARD_WIDTH as WIDTH } from './scorecardColumns';
import type { ConditionalFormat, PlanCell, Style, StyledRange } from './types';

/** Alignment and wrapping of the indicator rows, by column; section headings last. */
export function dataStyles(firstDataRow: number, lastDataRow: number, sectionRows: number[]): StyledRange[] {
  const columns = (from: number, to: number, style: Style): StyledRange => ({
    range: `${Grid.address(firstDataRow, from)}:${Grid.address(lastDataRow, to)}`,
    style,
  });
  const centre: Style = { hAlign: 'center' };
  return [
    columns(1, WIDTH, { vAlign: 'center' }),
    // Figures right-aligned, a dash for no counts with them, away from the RAG letter; RAG and arrows centred below.
    columns(C.result, C.rolling3Rag, { hAlign: 'right' }),
    columns(C.id, C.id, centre),
    columns(C.indicator, C.indicator, { wrap: true }),
    columns(C.polarity, C.period, centre),
    columns(C.rag, C.rag, centre),
    columns(C.monthAgoDot, C.monthAgoDot, centre),
    columns(C.yearAgoDot, C.yearAgoDot, centre),
    columns(C.rolling3Rag, C.spcAssurance, centre),
    columns(C.notes, C.notes, { wrap: true, italic: true }),
    // After the column styles: a section title starts in the centred ID column and must not be cut off.
    ...sectionRows.map((row) => ({
      range: Grid.span(row, 1, WIDTH),
      style: { bold: true, fill: SECTION_FILL, hAlign: 'left' as const },
    })),
  ];
}

/** A blank row, then the Green/Amber/Red/No RAG/No data counts of `ragRange`; returns their styles. */
export function ragCountsBlock(grid: Grid, rows: IndicatorResult[], ragRange: string): StyledRange[] {
  grid.add();
  const countsHeader = grid.add([
    null,
    'Latest performance RAG rating',
    RAG_WORDS.G,
    RAG_WORDS.A,
    RAG_WORDS.R,
    'No RAG',
    'No data',
  ]);
  const counted = { G: 0, A: 0, R: 0, none: 0, noData: 0 };
  for (const r of rows) counted[r.current.rag ?? (r.current.value === undefined ? 'noData' : 'none')] += 1;
  const count = (value: number, ...texts: string[]): PlanCell => ({
    value,
    formula: `=${texts.map((t) => countIfFormula([ragRange], t)).join('+')}`,
  });
  const countsRow = grid.add([
    null,
    null,
    count(counted.G, 'G'),
    count(counted.A, 'A'),
    count(counted.R, 'R'),
    count(counted.none, NO_RAG),
    count(counted.noData, NO_RESULT),
  ]);
  return [
    { range: Grid.span(countsHeader, 2, 7), style: { bold: true, hAlign: 'center' } },
    { range: Grid.span(countsRow, 3, 7), style: { bold: true, hAlign: 'center', fontSize: 14 } },
    { range: Grid.address(countsHeader, 3), style: { fill: RAG_FORMAT.G.fill, fontColor: RAG_FORMAT.G.fontColor } },
    { range: Grid.address(countsHeader, 4), style: { fill: RAG_FORMAT.A.fill, fontColor: RAG_FORMAT.A.fontColor } },
    { range: Grid.address(countsHeader, 5), style: { fill: RAG_FORMAT.R.fill, fontColor: RAG_FORMAT.R.fontColor } },
  ];
}

/** Each RAG letter in its colours. */
export function ragRules(range: string): ConditionalFormat {
  return {
    range,
    rules: (['G', 'A', 'R'] as Rag[]).map((rag) => ({ type: 'textEquals', text: rag, format: RAG_FORMAT[rag] })),
  };
}

/** Each arrow in its colours. */
export function arrowRules(range: string): ConditionalFormat {
  return {
    range,
    rules: (['improved', 'same', 'worse'] as const).map((d) => ({ type: 'textEquals', text: ARROW[d], format: ARROW_FORMAT[d] })),
  };
}
