import { parseReference } from '../address';
import type { IssueList } from '../issues';
import { cellText, describeNotANumber, isBlank, readNumber } from '../rawCell';
import type { RawCell } from '../rawCell';
import type { Bands, CatalogueField, CellLocation, Indicator } from '../types';
import { formatResult, UNIT_LABEL } from '../units';
import { KEYWORDS, parseBandMode, parsePeriod, parsePolarity, parseUnit, suggest } from './keywords';
import type { ColumnSpec, RawTable, TableRow } from './tables';
import { readTable } from './tables';

export const DEFAULT_MIN_DENOMINATOR = 5;

export const CATALOGUE_COLUMNS: ColumnSpec<CatalogueField>[] = [
  { field: 'id', header: 'ID', aliases: ['Indicator ID', 'Ref'], required: true },
  { field: 'section', header: 'Section', aliases: ['Group', 'Topic'], required: true },
  { field: 'name', header: 'Indicator', aliases: ['Name', 'Indicator name'], required: true },
  { field: 'polarity', header: 'Polarity', aliases: [], required: true },
  { field: 'period', header: 'Data period', aliases: ['Period'], required: true },
  { field: 'unit', header: 'Unit', aliases: [], required: true },
  { field: 'decimals', header: 'Decimals', aliases: ['Decimal places', 'DP'], required: false },
  { field: 'target', header: 'Target', aliases: [], required: true },
  { field: 'floor', header: 'Floor', aliases: ['Floor standard'], required: false },
  { field: 'innerBand', header: 'Inner band', aliases: ['Green band'], required: false },
  { field: 'outerBand', header: 'Outer band', aliases: ['Amber band'], required: false },
  { field: 'bandType', header: 'Band type', aliases: ['Bands'], required: false },
  { field: 'minDenominator', header: 'Min denominator', aliases: ['Minimum denominator'], required: false },
  { field: 'numeratorRef', header: 'Numerator ref', aliases: ['Numerator', 'Num ref', 'Value ref'], required: false },
  { field: 'denominatorRef', header: 'Denominator ref', aliases: ['Denominator', 'Denom ref'], required: false },
  { field: 'dataSource', header: 'Data source', aliases: ['Source'], required: false },
  { field: 'definition', header: 'Definition', aliases: [], required: false },
  /** Comparators: the statistical neighbours' average and England's, in the result's units. */
  { field: 'statNeighbours', header: 'Statistical neighbours', aliases: ['Stat neighbours', 'SN average'], required: false },
  { field: 'england', header: 'England', aliases: ['England average', 'National'], required: false },
  /** Yes: an exception page even when the indicator is not Red. */
  { field: 'exception', header: 'Exception page', aliases: ['Exception'], required: false },
];

const FIELD_HEADER = Object.fromEntries(CATALOGUE_COLUMNS.map((c) => [c.field, c.header])) as Record<CatalogueField, string>;

export interface Catalogue {
  indicators: Indicator[];
  byId: Map<string, Indicator>;
}

/** Parses and validates the catalogue table; every problem is reported with its cell. */
export function parseCatalogue(table: RawTable, issues: IssueList): Catalogue {
  const rows = readTable(table, CATALOGUE_COLUMNS, issues) ?? [];
  const indicators: Indicator[] = [];
  const byId = new Map<string, Indicator>();
  if (rows.length === 0 && !issues.hasErrors) {
    issues.error(
      'empty-catalogue',
      `The ${table.name} table has no indicators.`,
      'Add one row per indicator under the headers.',
      { sheet: table.range.sheet, cell: table.range.address.split(':')[0] },
    );
  }
  for (const row of rows) {
    const indicator = parseRow(row, issues);
    if (!indicator) continue;
    const earlier = byId.get(indicator.id);
    if (earlier) {
      issues.error(
        'duplicate-id',
        `ID "${indicator.id}" is used twice (also at ${earlier.row.sheet}!${earlier.row.cell}).`,
        'Give each indicator its own ID.',
        row.at('id'),
        indicator.id,
      );
      continue;
    }
    byId.set(indicator.id, indicator);
    indicators.push(indicator);
  }
  return { indicators, byId };
}

function parseRow(row: TableRow<CatalogueField>, issues: IssueList): Indicator | undefined {
  const errorsBefore = issues.items.filter((i) => i.severity === 'error').length;
  const text = (field: CatalogueField): string => cellText(row.cell(field));
  const id = text('id').replace(/\.0+$/, '');
  if (!id) {
    issues.error(
      'missing-id',
      `The row for "${text('name') || 'an indicator'}" has no ID.`,
      'Type a unique ID (for example 12 or B3).',
      row.at('id'),
    );
    return undefined;
  }
  const fail = (field: CatalogueField, code: string, message: string, fix: string): undefined => {
    issues.error(code, message, fix, row.at(field), id);
    return undefined;
  };
  const required = (field: CatalogueField): string | undefined => {
    const value = text(field);
    return value || fail(field, `missing-${field}`, `${FIELD_HEADER[field]} is blank.`, `Fill in the ${FIELD_HEADER[field]}.`);
  };

  const section = required('section');
  const name = required('name');
  const polarityText = required('polarity');
  const periodText = required('period');
  const unitText = required('unit');

  const polarity = polarityText ? parsePolarity(polarityText) : undefined;
  if (polarityText && !polarity) {
    keywordError(
      row,
      issues,
      id,
      'polarity',
      suggest(polarityText, KEYWORDS.polarity, { H: 'H', L: 'L', T: 'T' }),
      polarityText,
      'H (higher is better), L (lower is better) or T (close to target)',
    );
  }
  const period = periodText ? parsePeriod(periodText) : undefined;
  if (periodText && !period) {
    keywordError(
      row,
      issues,
      id,
      'period',
      suggest(periodText, KEYWORDS.period, { R12M: 'R12M', YTD: 'YTD', SS: 'SS' }),
      periodText,
      'R12M (rolling 12 months), YTD (year to date) or SS (snapshot)',
    );
  }
  const unit = unitText ? parseUnit(unitText) : undefined;
  if (unitText && !unit) {
    keywordError(
      row,
      issues,
      id,
      'unit',
      suggest(unitText, KEYWORDS.unit, UNIT_LABEL),
      unitText,
      'percentage, rate per 10,000, average or count',
    );
  }

  const decimals = optionalNumber(row, issues, id, 'decimals');
  if (decimals !== undefined && (!Number.isInteger(decimals) || decimals < 0 || decimals > 6)) {
    fail('decimals', 'bad-decimals', `Decimals is ${decimals}.`, 'Use a whole number from 0 to 6.');
  }
  const minDenominator = optionalNumber(row, issues, id, 'minDenominator');
  if (minDenominator !== undefined && (!Number.isInteger(minDenominator) || minDenominator < 0)) {
    fail(
      'minDenominator',
      'bad-min-denominator',
      `Min denominator is ${minDenominator}.`,
      'Use a whole number, 0 or more (the usual is 5).',
    );
  }

  let target: number | undefined;
  if (isBlank(row.cell('target'))) {
    fail('target', 'missing-target', 'Target is blank.', 'Type the target (for a percentage, as 85%).');
  } else {
    target = optionalNumber(row, issues, id, 'target');
  }
  const floor = optionalNumber(row, issues, id, 'floor');
  const statNeighbours = optionalNumber(row, issues, id, 'statNeighbours');
  const england = optionalNumber(row, issues, id, 'england');
  const inner = optionalNumber(row, issues, id, 'innerBand');
  const outer = optionalNumber(row, issues, id, 'outerBand');

  let scaleWrong = false;
  if (unit === 'percentage') {
    for (const [field, value] of [
      ['target', target],
      ['floor', floor],
      ['statNeighbours', statNeighbours],
      ['england', england],
    ] as const) {
      if (value !== undefined && (value > 1 || value < 0)) {
        scaleWrong = true;
        fail(
          field,
          'percentage-scale',
          `${FIELD_HEADER[field]} ${value} is not a percentage Excel understands (Excel keeps 85% as 0.85).`,
          `Type it with a % sign, for example ${value > 1 && value <= 100 ? `${value}%` : '85%'}.`,
        );
      }
    }
  }

  let bands: Bands | undefined;
  if (polarity === 'H' || polarity === 'L') {
    if (floor === undefined && isBlank(row.cell('floor'))) {
      fail(
        'floor',
        'missing-floor',
        `Floor is blank: a ${polarity} indicator needs the Amber/Red boundary.`,
        'Type the floor; use the target itself if there is no Amber band.',
      );
    } else if (floor !== undefined && target !== undefined && unit && !scaleWrong) {
      const wrongSide = polarity === 'H' ? floor > target : floor < target;
      if (wrongSide) {
        const show = (v: number): string => formatResult(unit, 1, v);
        fail(
          'floor',
          'floor-wrong-side',
          `Floor ${show(floor)} is ${polarity === 'H' ? 'above' : 'below'} the target ${show(target)}, but ${polarity === 'H' ? 'higher' : 'lower'} is better.`,
          `Make the floor ${polarity === 'H' ? 'at most' : 'at least'} the target, or check the polarity.`,
        );
      }
    }
    if (inner !== undefined || outer !== undefined) {
      issues.warn(
        'bands-ignored',
        `Inner and outer bands are only used by T indicators; this one is ${polarity}.`,
        'Clear them, or set the polarity to T.',
        row.at('innerBand'),
        id,
      );
    }
  } else if (polarity === 'T') {
    bands = parseBands(row, issues, id, inner, outer, target);
    if (floor !== undefined) {
      issues.warn(
        'floor-ignored',
        'Floor is not used by T indicators (they use inner and outer bands).',
        'Clear the floor, or set the polarity to H or L.',
        row.at('floor'),
        id,
      );
    }
  }

  const numeratorRef = reference(row, issues, id, 'numeratorRef');
  const denominatorRef = reference(row, issues, id, 'denominatorRef');
  if (unit === 'count' && denominatorRef) {
    issues.warn(
      'denominator-ignored',
      'A count indicator has no denominator; the denominator reference is ignored.',
      'Clear it, or change the unit.',
      row.at('denominatorRef'),
      id,
    );
  }

  const errorsAfter = issues.items.filter((i) => i.severity === 'error').length;
  if (errorsAfter > errorsBefore || !section || !name || !polarity || !period || !unit || target === undefined) {
    return undefined;
  }
  const at: Partial<Record<CatalogueField, CellLocation>> = {};
  for (const spec of CATALOGUE_COLUMNS) if (row.has(spec.field)) at[spec.field] = row.at(spec.field);
  return {
    id,
    section,
    name,
    polarity,
    period,
    unit,
    decimals: decimals ?? (unit === 'count' ? 0 : 1),
    target,
    floor: polarity === 'T' ? undefined : floor,
    bands,
    minDenominator: minDenominator ?? DEFAULT_MIN_DENOMINATOR,
    numeratorRef,
    denominatorRef: unit === 'count' ? undefined : denominatorRef,
    dataSource: text('dataSource'),
    definition: text('definition'),
    exception: /^(y|yes|true|1|x)$/i.test(text('exception')),
    benchmarks: [
      ...(statNeighbours === undefined ? [] : [{ label: 'Statistical neighbours', value: statNeighbours }]),
      ...(england === undefined ? [] : [{ label: 'England', value: england }]),
    ],
    at,
    row: row.location,
  };
}

function parseBands(
  row: TableRow<CatalogueField>,
  issues: IssueList,
  id: string,
  inner: number | undefined,
  outer: number | undefined,
  target: number | undefined,
): Bands | undefined {
  const modeText = cellText(row.cell('bandType'));
  const mode = modeText ? parseBandMode(modeText) : 'absolute';
  if (!mode) {
    keywordError(
      row,
      issues,
      id,
      'bandType',
      suggest(modeText, KEYWORDS.bandType, { absolute: 'absolute', relative: 'relative' }),
      modeText,
      'absolute (points either side) or relative (a % of the target)',
    );
    return undefined;
  }
  if (inner === undefined || outer === undefined) {
    const field: CatalogueField = inner === undefined ? 'innerBand' : 'outerBand';
    issues.error(
      'missing-bands',
      'A T indicator needs an inner band (Green) and an outer band (Amber).',
      'Fill in both bands, for example 2.5% and 5%.',
      row.at(field),
      id,
    );
    return undefined;
  }
  if (inner < 0 || outer < 0) {
    issues.error(
      'negative-band',
      'Bands are distances from the target and cannot be negative.',
      'Type the band widths as positive numbers.',
      row.at(inner < 0 ? 'innerBand' : 'outerBand'),
      id,
    );
    return undefined;
  }
  if (inner > outer) {
    issues.error(
      'bands-overlap',
      `The inner band (${inner}) is wider than the outer band (${outer}), so Amber could never show.`,
      'Make the inner band at most the outer band.',
      row.at('innerBand'),
      id,
    );
    return undefined;
  }
  if (mode === 'relative' && target === 0) {
    issues.error(
      'relative-band-zero-target',
      'Relative bands are a share of the target, and the target is 0.',
      'Use absolute bands for this indicator.',
      row.at('bandType'),
      id,
    );
    return undefined;
  }
  return { inner, outer, mode };
}

function optionalNumber(row: TableRow<CatalogueField>, issues: IssueList, id: string, field: CatalogueField): number | undefined {
  const cell: RawCell = row.cell(field);
  if (isBlank(cell)) return undefined;
  const reading = readNumber(cell);
  if (reading.ok) return reading.value;
  issues.error(
    'not-a-number',
    `${FIELD_HEADER[field]} ${describeNotANumber(reading)}.`,
    `Type a number in ${FIELD_HEADER[field]}.`,
    row.at(field),
    id,
  );
  return undefined;
}

function reference(row: TableRow<CatalogueField>, issues: IssueList, id: string, field: CatalogueField): string | undefined {
  const text = cellText(row.cell(field));
  if (!text) return undefined;
  if (!parseReference(text)) {
    issues.error(
      'bad-reference',
      `${FIELD_HEADER[field]} "${text}" is not a cell reference or a name.`,
      "Use a reference such as 'North Kent'!D12 or a workbook name; put sheet names with spaces in single quotes.",
      row.at(field),
      id,
    );
    return undefined;
  }
  return text;
}

function keywordError(
  row: TableRow<CatalogueField>,
  issues: IssueList,
  id: string,
  field: CatalogueField,
  guess: string | undefined,
  typed: string,
  words: string,
): void {
  issues.error(
    `unknown-${field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`,
    `${FIELD_HEADER[field]} "${typed}" is not one we know.`,
    `${guess ? `Did you mean ${guess}? ` : ''}Use ${words}.`,
    row.at(field),
    id,
  );
}
