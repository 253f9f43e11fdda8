import { foldRepeated } from './repeatedIssues';
import type { IssueList } from '../issues';
import { quoteSheet } from '../issues';
import { AreaNames } from './areas';
import { cellText, describeNotANumber, isBlank, NUMBER_AS_TEXT_FIX, readNumber } from '../rawCell';
import type { RawCell } from '../rawCell';
import type { Basis, DataPeriod, Indicator, MonthKey, Observation } from '../types';
import type { Catalogue } from './catalogue';
import type { Numbers } from './dataObservation';
import { observationOf } from './dataObservation';
import type { MonthCellReading } from './monthCells';
import { readMonthCell } from './monthCells';
import type { ParsedSettings } from './settings';
import type { ColumnSpec, RawTable, TableRow } from './tables';
import { readTable } from './tables';
import { calculatedRows } from './uncalculatedText';

export type DataField = 'indicator' | 'area' | 'month' | 'basis' | 'numerator' | 'denominator' | 'value' | 'excluding';

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

/** Basis words that name a period: accepted only on a row for an indicator of that period. */
const NAMED_PERIODS: Record<string, DataPeriod> = { r12m: 'R12M', ytd: 'YTD', ss: 'SS', quarter: 'Quarter', qtd: 'QTD' };

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
  const reader = new DataRowReader(catalogue, settings, issues, date1904);
  const from = issues.items.length;
  for (const row of calculatedRows(readTable(table, DATA_COLUMNS, issues), DATA_COLUMNS, issues)) {
    const observation = reader.read(row);
    if (observation) observations.push(observation);
  }
  foldRepeated(issues, from, 'percentage-scale', 'Value cells', PERCENT_ALL);
  return observations;
}

const PERCENT_ALL =
  'To mend them all at once, type 100 in a spare cell and copy it, select the Value cells, use Paste Special > Divide, then format them as Percentage.';

type Row = TableRow<DataField>;

/**
 * Reads data rows. A table repeats the same few IDs, months, bases and areas down thousands of
 * rows, so each distinct cell value is read once; labels and cell locations for messages are
 * built only when a row has something to report.
 */
class DataRowReader {
  private readonly areas: AreaNames;
  private readonly ids = new Map<number | string, string>();
  private readonly months = new Map<number | string, MonthCellReading>();
  private readonly accepted = new Set<string>();
  private readonly bases = new Map<string, Basis | undefined>();

  constructor(
    private readonly catalogue: Catalogue,
    private readonly settings: ParsedSettings,
    private readonly issues: IssueList,
    private readonly date1904: boolean,
  ) {
    this.areas = new AreaNames(settings, issues);
  }

  read(row: Row): Observation | undefined {
    const id = this.idOf(row.cell('indicator'));
    if (!id) {
      this.issues.error(
        'data-missing-id',
        'This data row has no indicator ID.',
        'Type the ID of the catalogue indicator it belongs to, or delete the row.',
        row.at('indicator'),
      );
      return undefined;
    }
    const indicator = this.catalogue.byId.get(id);
    // A catalogue row already reported as wrong: its figures wait for it, without a message each.
    if (!indicator && (!this.catalogue.readable || this.catalogue.rejected.has(id))) return undefined;
    if (!indicator) {
      this.issues.error(
        'data-unknown-id',
        `Indicator ID "${id}" is not in the catalogue.`,
        'Correct the ID, or add the indicator to the catalogue.',
        row.at('indicator'),
        id,
      );
      return undefined;
    }
    const month = this.monthOf(row, id);
    const basis = month === undefined ? undefined : this.basisOf(row, indicator);
    const numbers = basis === undefined ? undefined : this.numbersOf(row, id);
    if (month === undefined || basis === undefined || numbers === undefined) return undefined;
    if (!this.shapeFits(row, indicator, numbers)) return undefined;
    const area = cellText(row.cell('area')) || this.settings.area;
    if (!this.accepted.has(area)) {
      const at = row.at('area');
      if (!this.areas.accept(area, at, `${quoteSheet(at.sheet)}!${at.cell}`, id)) return undefined;
      this.areas.checkListed(area, at, id);
      this.accepted.add(area);
    }
    const excluding = cellText(row.cell('excluding')) || undefined;
    return observationOf(row, indicator, { area, excluding, month, basis }, numbers, this.issues);
  }

  private idOf(cell: RawCell): string {
    if (typeof cell !== 'number' && typeof cell !== 'string') return cellText(cell).replace(/\.0+$/, '');
    let id = this.ids.get(cell);
    if (id === undefined) this.ids.set(cell, (id = cellText(cell).replace(/\.0+$/, '')));
    return id;
  }

  private monthOf(row: Row, id: string): MonthKey | undefined {
    const cell = row.cell('month');
    const key = typeof cell === 'number' || typeof cell === 'string' ? cell : undefined;
    let reading = key === undefined ? undefined : this.months.get(key);
    if (!reading) {
      reading = readMonthCell(cell, 'Month end', this.date1904);
      if (key !== undefined) this.months.set(key, reading);
    }
    if (reading.ok) return reading.month;
    this.issues.error(
      reading.kind === 'implausible' ? 'implausible-month' : 'data-bad-month',
      reading.message,
      reading.fix,
      row.at('month'),
      id,
    );
    return undefined;
  }

  private basisOf(row: Row, indicator: Indicator): Basis | undefined {
    const { id } = indicator;
    const cell = row.cell('basis');
    if (cell === null) return 'period';
    const text = cellText(cell);
    const key = text.toLowerCase().replace(/[\s_-]+/g, '');
    let basis = this.bases.get(text);
    if (!basis) this.bases.set(text, (basis = BASES[key]));
    // A period named on the row must be the indicator's own: "R12M" rows for a YTD indicator were
    // taken as its YTD figures, and "YTD" rows for an R12M one as its R12M, without a word.
    const named = NAMED_PERIODS[key];
    if (basis && named && named !== indicator.period) {
      this.issues.error(
        'data-bad-basis',
        `Basis "${text}" names the ${named} figure, but indicator ${id}'s Data period in the catalogue is ${indicator.period}, so the row could be read two ways.`,
        `Give the figure for the indicator's own period with the Basis blank or "Period", give in-month counts with Basis "Month", or correct the indicator's Data period in the catalogue.`,
        row.at('basis'),
        id,
      );
      return undefined;
    }
    if (basis) return basis;
    this.issues.error(
      'data-bad-basis',
      `Basis "${text}" is not one we know.`,
      "Leave it blank for the indicator's own period, or use R3M (rolling 3 months) or Month (in-month counts).",
      row.at('basis'),
      id,
    );
    return undefined;
  }

  private numbersOf(row: Row, id: string): Numbers | undefined {
    const numbers: Numbers = {};
    let bad = false;
    for (const field of ['numerator', 'denominator', 'value'] as const) {
      const cell = row.cell(field);
      if (typeof cell === 'number' && Number.isFinite(cell)) {
        numbers[field] = cell;
        continue;
      }
      if (isBlank(cell)) continue;
      const reading = readNumber(cell);
      if (reading.ok) numbers[field] = reading.value;
      else {
        bad = true;
        const asText = reading.problem === 'numeric-text';
        this.issues.error(
          asText ? 'number-as-text' : 'data-not-a-number',
          `${field.charAt(0).toUpperCase()}${field.slice(1)} ${describeNotANumber(reading)}.`,
          asText ? NUMBER_AS_TEXT_FIX : 'Type a number, or leave the cell blank if there is no figure.',
          row.at(field),
          id,
        );
      }
    }
    return bad ? undefined : numbers;
  }

  /** Whether the row gives the figures its indicator's unit needs, and no more. */
  private shapeFits(row: Row, indicator: Indicator, { numerator, denominator, value }: Numbers): boolean {
    const id = indicator.id;
    const counted = numerator !== undefined || denominator !== undefined;
    if (value !== undefined && counted) {
      this.issues.error(
        'data-value-and-counts',
        'The row gives both a value and a numerator or denominator.',
        'Give either the numerator and denominator, or the value alone.',
        row.at('value'),
        id,
      );
      return false;
    }
    if (!counted && value === undefined) {
      this.issues.error(
        'data-no-figures',
        'The row has no numerator, denominator or value.',
        'Fill in the figures, or delete the row.',
        row.at('numerator'),
        id,
      );
      return false;
    }
    if (indicator.unit !== 'count' && counted && (numerator === undefined || denominator === undefined)) {
      const missing = numerator === undefined ? 'numerator' : 'denominator';
      this.issues.error(
        'data-half-figures',
        `The row has a ${missing === 'numerator' ? 'denominator' : 'numerator'} but no ${missing}.`,
        `Fill in the ${missing}, or give the result as a value.`,
        row.at(missing),
        id,
      );
      return false;
    }
    return true;
  }
}
