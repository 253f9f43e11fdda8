import type { Comparison, FigureSource, IndicatorResult, Rag, ScorecardResults, Unit } from '../engine';
import { ARROW, monthLabel, rolling3Rated } from '../engine';
import {
  arrowFormula,
  cellRef,
  figureExpressions,
  NO_RAG,
  NO_RESULT,
  ragFormula,
  resultFormula,
  unratedFormula,
} from './formulas';
import { Grid, num, wrappedRowHeights } from './grid';
import { HEADER_FILL, HEADER_FONT, SMALL_DENOMINATOR_FORMAT, TAB_COLOR, TITLE_STYLES } from './palette';
import {
  notesText,
  SPC_COLUMN_WIDTHS,
  SPC_FOOTNOTE,
  SPC_GROUP_HEADER,
  SPC_HEADERS,
  spcCells,
  spcConditionalFormats,
} from './spcColumns';
import { SharedFormulas } from './sharedFormulas';
import { COUNT_FORMAT, figureFormat, NO_COUNTS, periodLabel, SCORECARD_KEY } from './presentation';
import { arrowRules, dataStyles, ragCountsBlock, ragRules } from './scorecardBlocks';
import { SCORECARD_COLUMNS, SCORECARD_WIDTH } from './scorecardColumns';
import type { PlanCell, SheetPlan, StyledRange } from './types';

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

/** Whole-number IDs are written as numbers, so Excel does not flag "number stored as text". */
export function idCell(id: string): PlanCell {
  return { value: /^[1-9]\d{0,14}$/.test(id) ? Number(id) : id };
}

function ragCell(rag: Rag | undefined, hasValue: boolean): PlanCell {
  return { value: rag ?? (hasValue ? NO_RAG : NO_RESULT) };
}

const ref = (column: number, row: number): string => Grid.address(row, column);

type Expressions = ReturnType<typeof figureExpressions>;

/** A figure's expressions, built once for all the cells that use them. */
const expressionsOf = (unit: Unit, source: FigureSource | undefined): Expressions | undefined =>
  source ? figureExpressions(unit, source) : undefined;

/** A figure's cell: a formula over the cells it came from when they are known, else the value. */
function figureCell(value: number | undefined, expressions: Expressions | undefined, format: string): PlanCell {
  if (value === undefined) return expressions ? { value: '-', formula: `=${expressions.result}` } : { value: '-' };
  return expressions ? { value, numberFormat: format, formula: `=${expressions.result}` } : { value, numberFormat: format };
}

/** A denominator as an expression for the minimum-denominator test, when the figure has one. */
function denominatorOf(denominator: number | undefined, expressions: Expressions | undefined): string | undefined {
  if (denominator === undefined) return undefined;
  return expressions?.denominator ?? String(denominator);
}

function comparisonCells(
  result: IndicatorResult,
  comparison: Comparison | undefined,
  at: { row: number; column: number; format: string },
  shared: SharedFormulas,
): PlanCell[] {
  const { indicator } = result;
  const { row, column, format } = at;
  if (!comparison) return [num(undefined), { value: '-' }];
  const arrow = (): string =>
    shared.get(
      indicator,
      `arrow ${row} ${column}`,
      () => `=${arrowFormula(indicator, ref(C.result, row), ref(column, row), ref(C.target, row), ARROW)}`,
    );
  return [
    figureCell(comparison.value, expressionsOf(indicator.unit, comparison.source), format),
    comparison.direction ? { value: ARROW[comparison.direction], formula: arrow() } : { value: NO_RESULT },
  ];
}

/**
 * One indicator's row. Everything that depends on a target, a floor, a band or a figure is a
 * formula over the catalogue and the cells the figures came from, and carries the engine's
 * value as the value it must calculate to.
 */
function indicatorRow(result: IndicatorResult, row: number, shared: SharedFormulas): PlanCell[] {
  const { indicator, current, monthAgo, yearAgo, rolling3 } = result;
  const { unit } = indicator;
  const format = figureFormat(unit, indicator.decimals);
  const counted = unit !== 'count';
  const target = ref(C.target, row);

  let numerator: PlanCell = counted ? num(current.numerator, COUNT_FORMAT) : { value: NO_COUNTS };
  let denominator: PlanCell = counted ? num(current.denominator, COUNT_FORMAT) : { value: NO_COUNTS };
  let resultCell = num(current.value, format);
  if (current.source) {
    const expressions = figureExpressions(unit, current.source);
    if (counted && expressions.numerator && expressions.denominator) {
      numerator = { ...numerator, formula: `=${expressions.numerator}` };
      denominator = { ...denominator, formula: `=${expressions.denominator}` };
      const formula = shared.get(
        indicator,
        `result ${row}`,
        () => `=${resultFormula(unit, ref(C.numerator, row), ref(C.denominator, row))}`,
      );
      resultCell = { ...resultCell, formula };
    } else {
      resultCell = { ...resultCell, formula: `=${expressions.result}` };
    }
  }
  const currentDenominator =
    current.denominator === undefined ? undefined : current.source ? ref(C.denominator, row) : String(current.denominator);
  const rag: PlanCell = {
    ...ragCell(current.rag, current.value !== undefined),
    formula: shared.get(
      indicator,
      `rag ${row} ${currentDenominator}`,
      () => `=${ragFormula(indicator, ref(C.result, row), currentDenominator, target)}`,
    ),
  };
  // A context measure has no target: "-", as the report shows a figure it does not have.
  const targetCell: PlanCell =
    indicator.target === undefined ? { value: NO_RESULT } : { value: indicator.target, numberFormat: format };
  const targetAt = indicator.at.target;
  if (targetAt && indicator.target !== undefined)
    targetCell.formula = shared.get(indicator, 'target', () => `=${cellRef(targetAt)}`);

  let rolling: PlanCell[] = [{ value: '-' }, { value: '-' }];
  if (indicator.period !== 'SS') {
    const expressions = expressionsOf(unit, rolling3?.source);
    const value = figureCell(rolling3?.value, expressions, format);
    const ragOf = ragCell(rolling3?.rag, rolling3?.value !== undefined);
    const denominatorExpression = rolling3 ? denominatorOf(rolling3.denominator, expressions) : undefined;
    // Rated, the formula names the cells behind this area's figure; unrated, only the row.
    const formula = !rolling3
      ? undefined
      : rolling3Rated(indicator)
        ? `=${ragFormula(indicator, ref(C.rolling3, row), denominatorExpression, target)}`
        : shared.get(indicator, `unrated ${row}`, () => `=${unratedFormula(ref(C.rolling3, row))}`);
    rolling = [value, formula ? { ...ragOf, formula } : ragOf];
  }

  return [
    idCell(indicator.id),
    { value: indicator.name },
    { value: indicator.polarity ?? NO_RESULT },
    { value: periodLabel(indicator.period) },
    resultCell,
    rag,
    numerator,
    denominator,
    targetCell,
    ...comparisonCells(result, monthAgo, { row, column: C.monthAgo, format }, shared),
    ...comparisonCells(result, yearAgo, { row, column: C.yearAgo, format }, shared),
    ...rolling,
    ...spcCells(result),
    { value: notesText(result) },
  ];
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
    rowHeights: { ...wrappedRowHeights(grid.rows, [C.indicator, C.notes], columnWidths, firstDataRow), [headerRow]: 30 },
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
