/**
 * One indicator's row of a scorecard (scorecardSheet.ts lays the rows out): its figures as
 * formulas over the cells they came from, its RAG, arrows and rolling 3 months as formulas over
 * the catalogue and the row, and SPC and notes as values.
 */
import type { Comparison, FigureSource, Indicator, IndicatorResult, Rag, Unit } from '../engine';
import { ARROW as ARROWExport, rolling3Rated as rolling3RatedExport } from '../engine';
import {
  arrowFormula,
  catalogueRef,
  figureExpressions,
  NO_RAG,
  NO_RESULT,
  ragFormula,
  resultFormula,
  unratedFormula,
} from './formulas';
import { Grid, num } from './grid';
import { COUNT_FORMAT, figureFormat, NO_COUNTS, periodLabel } from './presentation';
import { SCORECARD_COLUMNS as C } from './scorecardColumns';
import { FORMULA_SLOT } from './sharedFormulas';
import type { SharedFormulas } from './sharedFormulas';
import { notesText, spcCells } from './spcColumns';
import type { PlanCell } from './types';

/** Bound once: a use through an import reads the module's export each time (a getter, in CommonJS). */
const ARROW = ARROWExport;
const rolling3Rated = rolling3RatedExport;

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

/** The RAG formula of a row's result, over the given denominator expression. */
const ragText = (indicator: Indicator, row: number, denominator: string | undefined): string =>
  `=${ragFormula(indicator, ref(C.result, row), denominator, ref(C.target, row))}`;

/** A comparison's two cells, added to the row: the earlier figure, and the arrow from it. */
function addComparison(
  cells: PlanCell[],
  result: IndicatorResult,
  comparison: Comparison | undefined,
  at: { row: number; column: number; format: string },
  shared: SharedFormulas,
): void {
  const { indicator } = result;
  const { row, column, format } = at;
  if (!comparison) {
    cells.push(num(undefined), { value: '-' });
    return;
  }
  cells.push(figureCell(comparison.value, expressionsOf(indicator.unit, comparison.source), format));
  if (!comparison.direction) {
    cells.push({ value: NO_RESULT });
    return;
  }
  const slot = FORMULA_SLOT.arrow + column;
  const formula =
    shared.find(indicator, row, slot) ??
    shared.keep(
      indicator,
      row,
      slot,
      `=${arrowFormula(indicator, ref(C.result, row), ref(column, row), ref(C.target, row), ARROW)}`,
    );
  cells.push({ value: ARROW[comparison.direction], formula });
}

/** The result, RAG, numerator and denominator cells, added to the row: formulas over the cells the figure came from, when known. */
function addCurrent(cells: PlanCell[], result: IndicatorResult, row: number, format: string, shared: SharedFormulas): void {
  const { indicator, current } = result;
  const { unit } = indicator;
  const counted = unit !== 'count';
  const numerator: PlanCell = counted ? num(current.numerator, COUNT_FORMAT) : { value: NO_COUNTS };
  const denominator: PlanCell = counted ? num(current.denominator, COUNT_FORMAT) : { value: NO_COUNTS };
  const resultCell = num(current.value, format);
  if (current.source) {
    const expressions = figureExpressions(unit, current.source);
    if (counted && expressions.numerator && expressions.denominator) {
      numerator.formula = `=${expressions.numerator}`;
      denominator.formula = `=${expressions.denominator}`;
      // Shared formulas are looked up first and made only when missing: no closure made for every cell.
      resultCell.formula =
        shared.find(indicator, row, FORMULA_SLOT.result) ??
        shared.keep(
          indicator,
          row,
          FORMULA_SLOT.result,
          `=${resultFormula(unit, ref(C.numerator, row), ref(C.denominator, row))}`,
        );
    } else {
      resultCell.formula = `=${expressions.result}`;
    }
  }
  cells.push(resultCell, ragOfCurrent(result, row, shared), numerator, denominator);
}

/** The current figure's RAG, against the denominator cell beside it (or the denominator itself, when its cells are not known). */
function ragOfCurrent(result: IndicatorResult, row: number, shared: SharedFormulas): PlanCell {
  const { indicator, current } = result;
  const rag = ragCell(current.rag, current.value !== undefined);
  const { ragWithoutDenominator: without, ragOverDenominatorCell: over } = FORMULA_SLOT;
  if (current.denominator === undefined)
    rag.formula =
      shared.find(indicator, row, without) ?? shared.keep(indicator, row, without, ragText(indicator, row, undefined));
  else if (current.source)
    rag.formula =
      shared.find(indicator, row, over) ?? shared.keep(indicator, row, over, ragText(indicator, row, ref(C.denominator, row)));
  else rag.formula = ragText(indicator, row, String(current.denominator));
  return rag;
}

/** The rolling 3 months' two cells, added to the row: its figure and its RAG (or "No RAG" where it is not rated). */
function addRolling3(cells: PlanCell[], result: IndicatorResult, row: number, format: string, shared: SharedFormulas): void {
  const { indicator, rolling3 } = result;
  if (indicator.period === 'SS') {
    cells.push({ value: '-' }, { value: '-' });
    return;
  }
  const expressions = expressionsOf(indicator.unit, rolling3?.source);
  const value = figureCell(rolling3?.value, expressions, format);
  const rag = ragCell(rolling3?.rag, rolling3?.value !== undefined);
  // Rated, the formula names the cells behind this area's figure; unrated, only the row.
  if (rolling3 && rolling3Rated(indicator)) {
    const denominator = denominatorOf(rolling3.denominator, expressions);
    rag.formula = `=${ragFormula(indicator, ref(C.rolling3, row), denominator, ref(C.target, row))}`;
  } else if (rolling3) {
    const slot = FORMULA_SLOT.unrated;
    rag.formula =
      shared.find(indicator, row, slot) ?? shared.keep(indicator, row, slot, `=${unratedFormula(ref(C.rolling3, row))}`);
  }
  cells.push(value, rag);
}

/**
 * One indicator's row. Everything that depends on a target, a floor, a band or a figure is a
 * formula over the catalogue and the cells the figures came from, and carries the engine's
 * value as the value it must calculate to. Cells are made once each and added in order, with
 * no copies: a plan makes 5,000 such rows at 100 x 50.
 */
export function indicatorRow(result: IndicatorResult, row: number, shared: SharedFormulas): PlanCell[] {
  const { indicator } = result;
  const format = figureFormat(indicator.unit, indicator.decimals);
  // A context measure has no target: "-", as the report shows a figure it does not have.
  const targetCell: PlanCell =
    indicator.target === undefined ? { value: NO_RESULT } : { value: indicator.target, numberFormat: format };
  const targetAt = indicator.at.target;
  if (targetAt && indicator.target !== undefined)
    targetCell.formula =
      shared.find(indicator, 0, FORMULA_SLOT.target) ??
      shared.keep(indicator, 0, FORMULA_SLOT.target, `=${catalogueRef(indicator, targetAt)}`);
  const cells: PlanCell[] = [
    idCell(indicator.id),
    { value: indicator.name },
    { value: indicator.polarity ?? NO_RESULT },
    { value: periodLabel(indicator.period) },
  ];
  addCurrent(cells, result, row, format, shared);
  cells.push(targetCell);
  addComparison(cells, result, result.monthAgo, { row, column: C.monthAgo, format }, shared);
  addComparison(cells, result, result.yearAgo, { row, column: C.yearAgo, format }, shared);
  addRolling3(cells, result, row, format, shared);
  const [variation, assurance] = spcCells(result);
  cells.push(variation, assurance, { value: notesText(result) });
  return cells;
}
