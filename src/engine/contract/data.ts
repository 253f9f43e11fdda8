import type { IssueList } from '../issues';
import { quoteSheet } from '../issues';
import { AreaNames } from './areas';
import { longMonthLabel } from '../months';
import { quoteInUnit, quoteNumber } from '../quote';
import { cellText, describeNotANumber, isBlank, NUMBER_AS_TEXT_FIX, readNumber } from '../rawCell';
import type { Basis, Observation } from '../types';
import type { Catalogue } from './catalogue';
import { checkFigures } from './figures';
import { readMonthCell } from './monthCells';
import type { ParsedSettings } from './settings';
import type { ColumnSpec, RawTable, TableRow } from './tables';
import { readTable } from './tables';

type DataField = 'indicator' | 'area' | 'month' | 'basis' | 'numerator' | 'denominator' | 'value' | 'excluding';

export const DATA_COLUMNS: ColumnSpec<DataField>[] = [
  { field: 'indicator', header: 'Indicator ID', aliases: ['ID', 'Indicator'], required: true },
  { field: 'area', header: 'Area', aliases: ['Team'], required: false },
  { field: 'month', header: 'Month end', aliases: ['Month', 'Period end', 'Date'], required: true },
  { field: 'basis', header: 'Basis', aliases: [], required: false },
  { field: 'numerator', header: 'Numerator', aliases: ['Num'], required: false },
  { field: 'denominator', header: 'Denominator', aliases: ['Denom'], required: false },
  { field: 'value', header: 'Value', aliases: ['Result'], required: false },
  /** A cohort these figures leave out (e.g. UASC), for the cohort impact sheet; blank for all. */
  { field: 'excluding', header: 'Excluding', aliases: ['Excluding cohort', 'Cohort excluded'], required: false },
];

const BASES: Record<string, Basis> = {
  '': 'period',
  period: 'period',
  r12m: 'period',
  ytd: 'period',
  ss: 'period',
  quarter: 'period',
  qtd: 'period',
  r3m: 'R3M',
  rolling3months: 'R3M',
  rolling3: 'R3M',
  month: 'month',
  inmonth: 'month',
  monthly: 'month',
};

/** Reads the tidy data table: one row per indicator, area and month end. */
export function parseData(
  table: RawTable,
  catalogue: Catalogue,
  settings: ParsedSettings,
  issues: IssueList,
  date1904 = false,
): Observation[] {
  const observations: Observation[] = [];
  const areas = new AreaNames(settings, issues);
  for (const row of readTable(table, DATA_COLUMNS, issues) ?? []) {
    const observation = parseDataRow(row, catalogue, settings, areas, issues, date1904);
    if (observation) observations.push(observation);
  }
  return observations;
}

function parseDataRow(
  row: TableRow<DataField>,
  catalogue: Catalogue,
  settings: ParsedSettings,
  areas: AreaNames,
  issues: IssueList,
  date1904: boolean,
): Observation | undefined {
  const id = cellText(row.cell('indicator')).replace(/\.0+$/, '');
  if (!id) {
    issues.error(
      'data-missing-id',
      'This data row has no indicator ID.',
      'Type the ID of the catalogue indicator it belongs to, or delete the row.',
      row.at('indicator'),
    );
    return undefined;
  }
  const indicator = catalogue.byId.get(id);
  // A catalogue row already reported as wrong: its figures wait for it, without a message each.
  if (!indicator && (!catalogue.readable || catalogue.rejected.has(id))) return undefined;
  if (!indicator) {
    issues.error(
      'data-unknown-id',
      `Indicator ID "${id}" is not in the catalogue.`,
      'Correct the ID, or add the indicator to the catalogue.',
      row.at('indicator'),
      id,
    );
    return undefined;
  }
  const monthReading = readMonthCell(row.cell('month'), 'Month end', date1904);
  if (!monthReading.ok) {
    issues.error(
      monthReading.kind === 'implausible' ? 'implausible-month' : 'data-bad-month',
      monthReading.message,
      monthReading.fix,
      row.at('month'),
      id,
    );
    return undefined;
  }
  const month = monthReading.month;
  const basisText = cellText(row.cell('basis'))
    .toLowerCase()
    .replace(/[\s_-]+/g, '');
  const basis = BASES[basisText];
  if (!basis) {
    issues.error(
      'data-bad-basis',
      `Basis "${cellText(row.cell('basis'))}" is not one we know.`,
      "Leave it blank for the indicator's own period, or use R3M (rolling 3 months) or Month (in-month counts).",
      row.at('basis'),
      id,
    );
    return undefined;
  }
  const numbers: Partial<Record<'numerator' | 'denominator' | 'value', number>> = {};
  let bad = false;
  for (const field of ['numerator', 'denominator', 'value'] as const) {
    const cell = row.cell(field);
    if (isBlank(cell)) continue;
    const reading = readNumber(cell);
    if (reading.ok) numbers[field] = reading.value;
    else {
      bad = true;
      const asText = reading.problem === 'numeric-text';
      issues.error(
        asText ? 'number-as-text' : 'data-not-a-number',
        `${field[0].toUpperCase()}${field.slice(1)} ${describeNotANumber(reading)}.`,
        asText ? NUMBER_AS_TEXT_FIX : 'Type a number, or leave the cell blank if there is no figure.',
        row.at(field),
        id,
      );
    }
  }
  if (bad) return undefined;
  const { numerator, denominator, value } = numbers;
  const counted = numerator !== undefined || denominator !== undefined;
  if (value !== undefined && counted) {
    issues.error(
      'data-value-and-counts',
      'The row gives both a value and a numerator or denominator.',
      'Give either the numerator and denominator, or the value alone.',
      row.at('value'),
      id,
    );
    return undefined;
  }
  if (!counted && value === undefined) {
    issues.error(
      'data-no-figures',
      'The row has no numerator, denominator or value.',
      'Fill in the figures, or delete the row.',
      row.at('numerator'),
      id,
    );
    return undefined;
  }
  if (indicator.unit !== 'count' && counted && (numerator === undefined || denominator === undefined)) {
    const missing = numerator === undefined ? 'numerator' : 'denominator';
    issues.error(
      'data-half-figures',
      `The row has a ${missing === 'numerator' ? 'denominator' : 'numerator'} but no ${missing}.`,
      `Fill in the ${missing}, or give the result as a value.`,
      row.at(missing),
      id,
    );
    return undefined;
  }
  const area = cellText(row.cell('area')) || settings.area;
  if (!areas.accept(area, row.at('area'), `${quoteSheet(row.at('area').sheet)}!${row.at('area').cell}`, id)) return undefined;
  const excluding = cellText(row.cell('excluding')) || undefined;
  const label = `${area}${excluding ? ` excluding ${excluding}` : ''}, ${longMonthLabel(month)}`;
  if (
    counted &&
    !checkFigures(
      indicator,
      { numerator, denominator, numeratorAt: row.at('numerator'), denominatorAt: row.at('denominator'), label },
      issues,
    )
  ) {
    return undefined;
  }
  if (indicator.unit === 'percentage' && value !== undefined && (value < -1 || value > 1)) {
    issues.error(
      'percentage-scale',
      `Value ${quoteNumber(value)} is not a percentage Excel understands (Excel keeps 85% as 0.85).`,
      `Type it with a % sign, for example ${Math.abs(value) <= 100 ? `${quoteNumber(value)}%` : '85%'}.`,
      row.at('value'),
      id,
    );
    return undefined;
  }
  if (value !== undefined && value < 0 && !indicator.negativeAllowed) {
    issues.error(
      'negative-not-allowed',
      `Value ${quoteInUnit(indicator.unit, value)} is below zero, and this indicator's results cannot be.`,
      'For a net change that can fall below zero, type Yes in the catalogue\'s "Negative allowed" column; otherwise check the sign.',
      row.at('value'),
      id,
    );
    return undefined;
  }
  return {
    indicatorId: id,
    area,
    ...(excluding ? { excluding } : {}),
    month,
    basis,
    numerator: indicator.unit === 'count' ? (numerator ?? value) : numerator,
    denominator: indicator.unit === 'count' ? undefined : denominator,
    value: indicator.unit === 'count' ? undefined : value,
    at: row.location,
    sources: {
      numerator: numerator !== undefined ? row.at('numerator') : indicator.unit === 'count' ? row.at('value') : undefined,
      denominator: denominator !== undefined && indicator.unit !== 'count' ? row.at('denominator') : undefined,
      value: value !== undefined && indicator.unit !== 'count' ? row.at('value') : undefined,
    },
  };
}
