/**
 * Excel formulas that recompute what the engine computed, from the workbook's own cells: the
 * catalogue's target, floor and band cells, and the cells the figures came from. A manager
 * who edits a target or a numerator in plain Excel sees RAG, arrows and counts follow.
 *
 * Comparisons round the difference to 10 decimal places, so float noise (0.2 - 0.175 is
 * 0.025000000000000022) never tips a boundary, as the engine allows for it too.
 */
import type { CellLocation, FigureSource, Indicator, Unit } from '../engine';
import { parseCell, quotedSheet, UNIT_SCALE } from '../engine';

export const NO_RESULT = '-';
export const NO_RAG = 'No RAG';
/** Glyphs for improved, same, worse: the same as the engine's ARROW. */
export interface ArrowGlyphs {
  improved: string;
  same: string;
  worse: string;
}

/** An absolute reference to a cell on any sheet: 'County figures'!$C$5. */
export function cellRef(at: CellLocation): string {
  const match = /^([A-Z]+)(\d+)$/.exec(at.cell.replace(/\$/g, ''));
  const cell = match ? `$${match[1]}$${match[2]}` : at.cell;
  return `${quotedSheet(at.sheet)}!${cell}`;
}

/** A string literal inside a formula. */
export function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * The cells as few references as possible: a run of cells down a column or along a row on one
 * sheet is one range ('Monthly return'!$C$5:$C$16), so twelve months stay a short formula.
 */
export function rangeRefs(cells: CellLocation[]): string[] {
  const refs: string[] = [];
  let run: CellLocation[] = [];
  const flush = (): void => {
    if (run.length === 0) return;
    const last = run[run.length - 1];
    refs.push(run.length === 1 ? cellRef(run[0]) : `${cellRef(run[0])}:${cellRef(last).split('!')[1]}`);
    run = [];
  };
  for (const cell of cells) {
    if (run.length > 0 && !follows(run, cell)) flush();
    run.push(cell);
  }
  flush();
  return refs;
}

/** Whether `next` continues the run: same sheet, next cell down (or along) in the same line. */
function follows(run: CellLocation[], next: CellLocation): boolean {
  const a = parseCell(run[run.length - 1].cell);
  const b = parseCell(next.cell);
  if (!a || !b || next.sheet !== run[0].sheet) return false;
  const down = a.column === b.column && b.row === a.row + 1;
  const along = a.row === b.row && b.column === a.column + 1;
  if (run.length === 1) return down || along;
  const first = parseCell(run[0].cell)!;
  return first.column === a.column ? down : along;
}

function combined(cells: CellLocation[], mean = false): string {
  const refs = rangeRefs(cells);
  if (mean) return `AVERAGE(${refs.join(',')})`;
  return cells.length === 1 ? refs[0] : `SUM(${refs.join(',')})`;
}

/** numerator / denominator in the unit's scale, "-" when the denominator is 0 or blank. */
export function resultFormula(unit: Unit, numerator: string, denominator: string | undefined): string {
  if (unit === 'count' || denominator === undefined) return numerator;
  const scale = UNIT_SCALE[unit] === 1 ? '' : `*${UNIT_SCALE[unit]}`;
  return `IF(N(${denominator})<=0,${quoted(NO_RESULT)},${numerator}/${denominator}${scale})`;
}

/** Expressions for a figure's numerator, denominator and result, from the cells behind it. */
export function figureExpressions(
  unit: Unit,
  source: FigureSource,
): { numerator?: string; denominator?: string; result: string } {
  if (source.kind === 'value') return { result: cellRef(source.at) };
  const numerator = combined(source.numerator, source.mean?.numerator);
  const denominator =
    unit === 'count' || source.denominator.length === 0 ? undefined : combined(source.denominator, source.mean?.denominator);
  return { numerator, denominator, result: resultFormula(unit, numerator, denominator) };
}

/** a >= b, allowing for float noise. */
const atLeast = (a: string, b: string): string => `ROUND(${a}-(${b}),10)>=0`;

/** The catalogue cell of a field, or the value itself where the catalogue has no cell for it. */
function catalogueCell(indicator: Indicator, field: 'target' | 'floor' | 'innerBand' | 'outerBand', value: number): string {
  const at = indicator.at[field];
  return at ? cellRef(at) : String(value);
}

/**
 * The RAG of `result` (an expression) against the indicator's bandings, with "No RAG" when the
 * denominator is below the minimum and "-" when there is no result.
 */
export function ragFormula(indicator: Indicator, result: string, denominator: string | undefined, target: string): string {
  // A context measure has no target: never rated, whatever its figures.
  if (indicator.target === undefined) return unratedFormula(result);
  let rating: string;
  if (indicator.polarity === 'T') {
    const bands = indicator.bands ?? { inner: 0, outer: 0, mode: 'absolute' as const };
    const width = (field: 'innerBand' | 'outerBand', value: number): string => {
      const cell = catalogueCell(indicator, field, value);
      return bands.mode === 'relative' ? `${cell}*ABS(${target})` : cell;
    };
    const distance = `ABS(${result}-${target})`;
    rating = `IF(${atLeast(width('innerBand', bands.inner), distance)},"G",IF(${atLeast(width('outerBand', bands.outer), distance)},"A","R"))`;
  } else {
    const floor = indicator.floor === undefined ? target : catalogueCell(indicator, 'floor', indicator.floor);
    const [better, worse] = indicator.polarity === 'H' ? [result, target] : [target, result];
    const [aboveFloor, belowFloor] = indicator.polarity === 'H' ? [result, floor] : [floor, result];
    rating = `IF(${atLeast(better, worse)},"G",IF(${atLeast(aboveFloor, belowFloor)},"A","R"))`;
  }
  const rated =
    denominator === undefined ? rating : `IF(N(${denominator})<${indicator.minDenominator},${quoted(NO_RAG)},${rating})`;
  return `IF(ISNUMBER(${result}),${rated},${quoted(NO_RESULT)})`;
}

/** "No RAG" for a figure that is never rated (a context measure; an R3M that is not comparable), "-" for none. */
export function unratedFormula(result: string): string {
  return `IF(ISNUMBER(${result}),${quoted(NO_RAG)},${quoted(NO_RESULT)})`;
}

/** The direction-of-travel arrow from `earlier` to `current` (both expressions). */
export function arrowFormula(
  indicator: Indicator,
  current: string,
  earlier: string,
  target: string,
  glyphs: ArrowGlyphs,
): string {
  // A context measure with no polarity: no better or worse, so no arrow.
  if (!indicator.polarity) return quoted(NO_RESULT);
  const gain =
    indicator.polarity === 'H'
      ? `${current}-${earlier}`
      : indicator.polarity === 'L'
        ? `${earlier}-${current}`
        : `ABS(${earlier}-${target})-ABS(${current}-${target})`;
  const change = `ROUND(${gain},10)`;
  const arrow = `IF(${change}>0,${quoted(glyphs.improved)},IF(${change}<0,${quoted(glyphs.worse)},${quoted(glyphs.same)}))`;
  return `IF(AND(ISNUMBER(${current}),ISNUMBER(${earlier})),${arrow},${quoted(NO_RESULT)})`;
}

/** Counts of `text` in the given ranges (several ranges: one COUNTIF each, added). */
export function countIfFormula(ranges: string[], text: string): string {
  return ranges.map((range) => `COUNTIF(${range},${quoted(text)})`).join('+') || '0';
}
