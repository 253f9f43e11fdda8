/**
 * Excel formulas that recompute what the engine computed, from the workbook's own cells: the
 * catalogue's target, floor and band cells, and the cells the figures came from. A manager
 * who edits a target or a numerator in plain Excel sees RAG, arrows and counts follow.
 *
 * Comparisons round the difference to 10 decimal places, so float noise (0.2 - 0.175 is
 * 0.025000000000000022) never tips a boundary, as the engine allows for it too.
 */
import type { CellList, CellLocation, FigureSource, Indicator, Unit } from '../engine';
import { UNIT_SCALE as UNIT_SCALEExport } from '../engine';
import { cellRef, listRefs } from './cellRanges';

/** Bound once: a use through an import reads the module's export each time (a getter, in CommonJS). */
const UNIT_SCALE = UNIT_SCALEExport;

export { cellRef, rangeRefs } from './cellRanges';

export const NO_RESULT = '-';
export const NO_RAG = 'No RAG';
/** Glyphs for improved, same, worse: the same as the engine's ARROW. */
interface ArrowGlyphs {
  improved: string;
  same: string;
  worse: string;
}

/** A string literal inside a formula. */
function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

const DASH = quoted(NO_RESULT);
const UNRATED = quoted(NO_RAG);

/** One side of a figure: its one cell, or the cells added up (or averaged, for a stock average). */
function combined(cells: CellList, mean = false): string {
  const refs = listRefs(cells);
  const [only] = refs;
  if (mean) return `AVERAGE(${refs.join(',')})`;
  return cells.to - cells.from === 1 && only !== undefined ? only : `SUM(${refs.join(',')})`;
}

/** numerator / denominator in the unit's scale, "-" when the denominator is 0 or blank. */
export function resultFormula(unit: Unit, numerator: string, denominator: string | undefined): string {
  if (unit === 'count' || denominator === undefined) return numerator;
  const scale = UNIT_SCALE[unit] === 1 ? '' : `*${UNIT_SCALE[unit]}`;
  return `IF(N(${denominator})<=0,${DASH},${numerator}/${denominator}${scale})`;
}

/** Expressions for a figure's numerator, denominator and result, from the cells behind it. */
export function figureExpressions(
  unit: Unit,
  source: FigureSource,
): { numerator?: string; denominator?: string; result: string } {
  if (source.kind === 'value') return { result: cellRef(source.at) };
  const numerator = combined(source.numerator, source.mean?.numerator);
  const denominator =
    unit === 'count' || source.denominator.to === source.denominator.from
      ? undefined
      : combined(source.denominator, source.mean?.denominator);
  return { numerator, denominator, result: resultFormula(unit, numerator, denominator) };
}

/** a >= b, allowing for float noise. */
const atLeast = (a: string, b: string): string => `ROUND(${a}-(${b}),10)>=0`;

/** The catalogue cell of a field, or the value itself where the catalogue has no cell for it. */
function catalogueCell(indicator: Indicator, field: 'target' | 'floor' | 'innerBand' | 'outerBand', value: number): string {
  const at = indicator.at[field];
  return at ? cellRef(at) : String(value);
}

/** Text Excel takes as a number literal in a formula, as JavaScript writes it: 12, 1.5, -3. */
const PLAIN_NUMBER = /^-?\d{1,15}(\.\d{1,15})?$/;
/** Excel's longest text literal in a formula is 255 characters. */
const LONGEST_LITERAL = 255;

/**
 * A catalogue cell of this indicator's row, as an expression that is #N/A once the row no
 * longer holds this indicator's ID: Excel's sort moves a row's values but not the references to
 * them, so a catalogue sorted after a run would give each scorecard row another indicator's
 * target, and a RAG that looks right. The ID cell is compared as it was typed (a number with a
 * number, a text with a text; Excel compares texts ignoring case); where it cannot be written as
 * a literal, the plain reference.
 */
export function catalogueRef(indicator: Indicator, at: CellLocation): string {
  const ref = cellRef(at);
  const idAt = indicator.at.id;
  const typed = indicator.idAsTyped;
  if (!idAt || typed === undefined) return ref;
  let literal: string | undefined;
  if (typeof typed === 'number') literal = PLAIN_NUMBER.test(String(typed)) ? String(typed) : undefined;
  else literal = typed.length <= LONGEST_LITERAL - 2 && !/[\r\n]/.test(typed) ? quoted(typed) : undefined;
  return literal === undefined ? ref : `IF(${cellRef(idAt)}=${literal},${ref},NA())`;
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
  const rated = denominator === undefined ? rating : `IF(N(${denominator})<${indicator.minDenominator},${UNRATED},${rating})`;
  return `IF(ISNUMBER(${result}),${rated},${DASH})`;
}

/** "No RAG" for a figure that is never rated (a context measure; an R3M that is not comparable), "-" for none. */
export function unratedFormula(result: string): string {
  return `IF(ISNUMBER(${result}),${UNRATED},${DASH})`;
}

/** Each set of glyphs as formula literals, quoted once. */
const QUOTED_GLYPHS = new WeakMap<ArrowGlyphs, ArrowGlyphs>();

function quotedGlyphs(glyphs: ArrowGlyphs): ArrowGlyphs {
  let literals = QUOTED_GLYPHS.get(glyphs);
  if (!literals) {
    literals = { improved: quoted(glyphs.improved), same: quoted(glyphs.same), worse: quoted(glyphs.worse) };
    QUOTED_GLYPHS.set(glyphs, literals);
  }
  return literals;
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
  if (!indicator.polarity) return DASH;
  const gain =
    indicator.polarity === 'H'
      ? `${current}-${earlier}`
      : indicator.polarity === 'L'
        ? `${earlier}-${current}`
        : `ABS(${earlier}-${target})-ABS(${current}-${target})`;
  const change = `ROUND(${gain},10)`;
  const { improved, same, worse } = quotedGlyphs(glyphs);
  const arrow = `IF(${change}>0,${improved},IF(${change}<0,${worse},${same}))`;
  return `IF(AND(ISNUMBER(${current}),ISNUMBER(${earlier})),${arrow},${DASH})`;
}

/** Counts of `text` in the given ranges (several ranges: one COUNTIF each, added). */
export function countIfFormula(ranges: string[], text: string): string {
  return ranges.map((range) => `COUNTIF(${range},${quoted(text)})`).join('+') || '0';
}
