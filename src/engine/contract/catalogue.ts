import type { IssueList } from '../issues';
import { PERIOD_CODES, PERIOD_WORDS } from '../periods';
import { quoteNumber } from '../quote';
import type { RawCell } from '../rawCell';
import { cellText, isBlank } from '../rawCell';
import type { CatalogueField, CellLocation, Indicator } from '../types';
import { UNIT_LABEL } from '../units';
import type { BandingNumbers } from './bandings';
import { checkFloor, checkPercentageScale, parseBands, warnUnused } from './bandings';
import { CATALOGUE_COLUMNS, DEFAULT_MIN_DENOMINATOR } from './catalogueColumns';
import { CatalogueRowReader } from './catalogueRow';
import { isContextRow, readTarget } from './contextMeasure';
import { KEYWORDS, parsePeriod, parsePolarity, parseUnit, suggest } from './keywords';
import type { NeededColumn, RawTable, TableRow } from './tables';
import { readTable } from './tables';

export { CATALOGUE_COLUMNS } from './catalogueColumns';

export interface Catalogue {
  indicators: Indicator[];
  byId: Map<string, Indicator>;
  /**
   * IDs of rows that were reported and left out, with the row's first cell: their data rows
   * are not reported again as "not in the catalogue" (one root cause, one message).
   */
  rejected: Map<string, CellLocation>;
  /** False when the table itself could not be read (a column missing): no row's ID is known. */
  readable: boolean;
}

/** Parses and validates the catalogue table; every problem is reported with its cell. */
export function parseCatalogue(table: RawTable, issues: IssueList): Catalogue {
  const read = readTable(table, CATALOGUE_COLUMNS, issues, neededColumns);
  const rows = read ?? [];
  const indicators: Indicator[] = [];
  const byId = new Map<string, Indicator>();
  const rejected = new Map<string, CellLocation>();
  if (rows.length === 0 && !issues.hasErrors) {
    issues.error(
      'empty-catalogue',
      `The ${table.name} table has no indicators.`,
      'Add one row per indicator under the headers.',
      { sheet: table.range.sheet, cell: table.range.address.split(':')[0] ?? table.range.address },
    );
  }
  for (const row of rows) {
    const id = idOf(row);
    const indicator = parseRow(row, id, issues);
    if (!indicator) {
      if (id && !byId.has(id)) rejected.set(id, row.location);
      continue;
    }
    const earlier = byId.get(indicator.id);
    if (earlier) {
      issues.error(
        'duplicate-id',
        `ID "${indicator.id}" is used twice (also at ${earlier.row.sheet}!${earlier.row.cell}).`,
        decimalId(row) ? DECIMAL_ID_FIX : 'Give each indicator its own ID.',
        row.at('id'),
        indicator.id,
      );
      continue;
    }
    byId.set(indicator.id, indicator);
    indicators.push(indicator);
  }
  warnHidden(table, rows, byId, issues);
  return { indicators, byId, rejected, readable: read !== undefined };
}

/**
 * A hidden catalogue row reads two ways: hidden to leave the indicator out, or hidden only to
 * tidy the sheet. It is scored like any other, and the run says so at the row.
 */
function warnHidden(table: RawTable, rows: TableRow<CatalogueField>[], byId: Map<string, Indicator>, issues: IssueList): void {
  const hidden = new Set(table.hiddenRows ?? []);
  if (hidden.size === 0) return;
  for (const row of rows) {
    const id = idOf(row);
    const at = row.at('id');
    const sheetRow = Number(/\d+$/.exec(at.cell)?.[0]);
    if (!id || !hidden.has(sheetRow) || !byId.has(id)) continue;
    issues.warn(
      'hidden-catalogue-row',
      `Indicator ${id} (${at.sheet} row ${sheetRow}) is hidden, but it is scored like every other indicator.`,
      'Unhide the row to see it. To leave the indicator out of the scorecard, delete its row.',
      at,
      id,
    );
  }
}

/** H and L rows need the Floor column: without it, one message for the table, not one per row. */
function neededColumns(rows: TableRow<CatalogueField>[]): NeededColumn<CatalogueField>[] {
  const count = rows.filter((row) => {
    const polarity = parsePolarity(cellText(row.cell('polarity')));
    // A context measure (blank target) needs no floor.
    return (polarity === 'H' || polarity === 'L') && !isBlank(row.cell('target'));
  }).length;
  if (count === 0) return [];
  const why = count === 1 ? 'its H or L indicator needs one' : `its ${count} H and L indicators need one`;
  return [{ field: 'floor', why: `${why} (the Amber/Red boundary)` }];
}

/** An ID as typed: 12, "12" and 12.0 are the same indicator. */
/** An ID typed as a number with a decimal part: 1.10 and 1.1 are one number, so two IDs may have become one. */
function decimalId(row: TableRow<CatalogueField>): boolean {
  const cell = row.cell('id');
  return typeof cell === 'number' && !Number.isInteger(cell);
}

const DECIMAL_ID_FIX =
  'Give each indicator its own ID. An ID typed as a number loses its trailing zeros (1.10 is the number 1.1): to keep IDs such as 1.10, format the ID column as Text (Home > Number Format > Text) and type them again.';

function idOf(row: TableRow<CatalogueField>): string {
  return cellText(row.cell('id')).replace(/\.0+$/, '');
}

function parseRow(row: TableRow<CatalogueField>, id: string, issues: IssueList): Indicator | undefined {
  if (!id) {
    issues.error(
      'missing-id',
      `The row for "${cellText(row.cell('name')) || 'an indicator'}" has no ID.`,
      'Type a unique ID (for example 12 or B3).',
      row.at('id'),
    );
    return undefined;
  }
  const r = new CatalogueRowReader(row, id, issues);
  if (!r.calculated()) return undefined;
  // A context measure (no target, nothing that rates) may leave its polarity blank: no arrows.
  const context = isContextRow(r);
  const words = readWords(r, context);
  const { polarity, unit } = words;
  const counts = readWholeNumbers(r);
  const target = readTarget(r, polarity);
  const n: BandingNumbers = {
    target,
    floor: r.number('floor'),
    statNeighbours: r.number('statNeighbours'),
    england: r.number('england'),
    inner: r.number('innerBand'),
    outer: r.number('outerBand'),
  };
  const negativeAllowed = r.flag('negativeAllowed', 'unknown-negative-allowed', 'if results can fall below zero (a net change)');
  const exception = r.flag('exception', 'unknown-exception', 'for an exception page whatever the RAG');

  const scaleOk = unit === 'percentage' ? checkPercentageScale(r, n, negativeAllowed) : true;
  const bands = polarity === 'T' ? parseBands(r, unit, n) : undefined;
  if ((polarity === 'H' || polarity === 'L') && !context) checkFloor(r, polarity, unit, n, scaleOk);
  if (polarity) warnUnused(r, polarity, n);
  const sources = readSources(r, unit);

  const { section, name, period } = words;
  if (r.hasFailed || !section || !name || (!polarity && !context) || !period || !unit) return undefined;
  if (target === undefined && !context) return undefined;
  const at: Partial<Record<CatalogueField, CellLocation>> = {};
  for (const spec of CATALOGUE_COLUMNS) if (row.has(spec.field)) at[spec.field] = row.at(spec.field);
  return {
    id,
    section,
    name,
    ...(polarity ? { polarity } : {}),
    period,
    unit,
    decimals: counts.decimals ?? (unit === 'count' ? 0 : 1),
    ...(target === undefined ? {} : { target }),
    floor: polarity === 'T' ? undefined : n.floor,
    bands,
    minDenominator: counts.minDenominator ?? DEFAULT_MIN_DENOMINATOR,
    ...sources,
    dataSource: r.text('dataSource'),
    definition: r.text('definition'),
    exception,
    ...(negativeAllowed ? { negativeAllowed } : {}),
    benchmarks: benchmarksOf(n),
    at,
    row: row.location,
    ...idAsTyped(row.cell('id')),
  };
}

/** The ID cell's content when it is a number or a text (Indicator.idAsTyped). */
function idAsTyped(cell: RawCell): { idAsTyped?: number | string } {
  return typeof cell === 'number' || typeof cell === 'string' ? { idAsTyped: cell } : {};
}

/** The words a row is read by: section and name, and polarity, period and unit from their keywords. */
function readWords(r: CatalogueRowReader, context: boolean) {
  const section = r.required('section');
  const name = r.required('name');
  const polarityText = context ? r.text('polarity') : r.required('polarity');
  const periodText = r.required('period');
  const unitText = r.required('unit');
  const polarity = polarityText ? parsePolarity(polarityText) : undefined;
  if (polarityText && !polarity) {
    const hint = suggest(polarityText, KEYWORDS.polarity, { H: 'H', L: 'L', T: 'T' });
    r.unknownWord(
      'polarity',
      'unknown-polarity',
      hint,
      polarityText,
      'H (higher is better), L (lower is better) or T (close to target)',
    );
  }
  const period = periodText ? parsePeriod(periodText) : undefined;
  if (periodText && !period) {
    r.unknownWord('period', 'unknown-period', suggest(periodText, KEYWORDS.period, PERIOD_CODES), periodText, PERIOD_WORDS);
  }
  const unit = unitText ? parseUnit(unitText) : undefined;
  if (unitText && !unit) {
    const hint = suggest(unitText, KEYWORDS.unit, UNIT_LABEL);
    r.unknownWord('unit', 'unknown-unit', hint, unitText, 'percentage, rate per 10,000, average or count');
  }
  return { section, name, polarity, period, unit };
}

/** Decimals (0 to 6) and the minimum denominator (0 or more), each a whole number when given. */
function readWholeNumbers(r: CatalogueRowReader): { decimals?: number; minDenominator?: number } {
  const decimals = r.number('decimals');
  if (decimals !== undefined && (!Number.isInteger(decimals) || decimals < 0 || decimals > 6)) {
    r.fail('decimals', 'bad-decimals', `Decimals is ${quoteNumber(decimals)}.`, 'Use a whole number from 0 to 6.');
  }
  const minDenominator = r.number('minDenominator');
  if (minDenominator !== undefined && (!Number.isInteger(minDenominator) || minDenominator < 0)) {
    const fix = 'Use a whole number, 0 or more (the usual is 5).';
    r.fail('minDenominator', 'bad-min-denominator', `Min denominator is ${quoteNumber(minDenominator)}.`, fix);
  }
  return { decimals, minDenominator };
}

/** Where the figures come from: the references and how each count adds up (a count has no denominator). */
function readSources(r: CatalogueRowReader, unit: Indicator['unit'] | undefined) {
  const numeratorRef = r.reference('numeratorRef');
  const denominatorRef = r.reference('denominatorRef');
  const monthsRef = r.reference('monthsRef');
  const numeratorKind = r.countKind('numeratorKind');
  const denominatorKind = unit === 'count' ? undefined : r.countKind('denominatorKind');
  if (unit === 'count' && denominatorRef) {
    r.warn(
      'denominatorRef',
      'denominator-ignored',
      'A count indicator has no denominator; the denominator reference is ignored.',
      'Clear it, or change the unit.',
    );
  } else if (numeratorRef && denominatorRef && sameReference(numeratorRef, denominatorRef)) {
    // A copy-paste slip: every result would be 100% (or 10,000 per 10,000), looking right.
    r.warn(
      'denominatorRef',
      'same-references',
      `The numerator and denominator references are the same (${denominatorRef}), so every result is the numerator over itself.`,
      'Point the denominator reference at the denominator figures.',
    );
  }
  return {
    numeratorRef,
    denominatorRef: unit === 'count' ? undefined : denominatorRef,
    ...(monthsRef ? { monthsRef } : {}),
    ...(numeratorKind ? { numeratorKind } : {}),
    ...(denominatorKind ? { denominatorKind } : {}),
  };
}

/** Two references written alike, quotes, dollar signs, spacing and case aside. */
const sameReference = (a: string, b: string): boolean => {
  const plain = (ref: string): string => ref.replace(/[$'\s]/g, '').toLowerCase();
  return plain(a) === plain(b);
};

function benchmarksOf(n: BandingNumbers): { label: string; value: number }[] {
  return [
    ...(n.statNeighbours === undefined ? [] : [{ label: 'Statistical neighbours', value: n.statNeighbours }]),
    ...(n.england === undefined ? [] : [{ label: 'England', value: n.england }]),
  ];
}
