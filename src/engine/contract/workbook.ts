import type { Reference } from '../address';
import type { IssueList } from '../issues';
import type { MonthKey, Observation } from '../types';
import type { ActivityFigure } from './activity';
import { parseActivity } from './activity';
import type { Catalogue } from './catalogue';
import { parseCatalogue } from './catalogue';
import { parseData } from './data';
import type { RangeLookup } from './references';
import { monthContextOf, observationsFromReferences, referencesOf } from './references';
import { checkMonthsBeside } from './monthsBeside';
import { checkAreasBehindMonth } from './areasBehindMonth';
import type { ParsedSettings } from './settings';
import { parseSettings } from './settings';
import type { WorkbookInput } from './tables';
import { checkListedAreasHaveFigures } from './areas';
import { checkCohortFigures } from './cohortFigures';
import { checkCountKinds } from './countKinds';
import { checkGivenAgainstCounts } from './givenAgainstCounts';
import { checkPeriodFigures } from './periodFigures';
import { warnSwappedAverages } from './plausibility';
import { observationsFromSeries } from './seriesObservations';
import { referencesBesideNames } from './seriesShape';
import { withoutConflictingReferences } from './sources';
import { checkTableNames, SHEET_NAMES, TABLE_NAMES } from './tables';
import { checkRowsBelow } from './rowBelow';

export interface ParsedInput {
  catalogue: Catalogue;
  settings: ParsedSettings;
  /** Observations from the data table. */
  observations: Observation[];
  /** What the gateway must read next, in one batch. */
  references: Reference[];
  /** Those of the references read only to find single-cell figures' months: their formulas are not judged. */
  monthContext: Set<string>;
  /** Team activity counts, when the workbook has an activity table. */
  activity: ActivityFigure[];
  date1904: boolean;
  /** The monthly series behind the references, once read (they also set the reporting month). */
  series?: Observation[];
}

/** First pass over what the gateway read: the tables. References come back in a second read. */
export function parseInput(input: WorkbookInput, issues: IssueList): ParsedInput | undefined {
  if (!input.catalogue) {
    noCatalogue(input, issues);
    return undefined;
  }
  const date1904 = input.date1904 === true;
  checkTableNames(input, issues);
  checkRowsBelow(input, issues);
  const settings = parseSettings(input.settings, issues, date1904);
  const catalogue = parseCatalogue(input.catalogue, issues);
  const observations = input.data ? parseData(input.data, catalogue, settings, issues, date1904) : [];
  const activity = input.activity ? parseActivity(input.activity, issues, date1904) : [];
  const references = referencesOf(catalogue, settings.areas.length);
  const monthContext = monthContextOf(catalogue, settings.areas.length);
  return { catalogue, settings, observations, references, monthContext, activity, date1904 };
}

/** No catalogue: said with the table or sheet that looks like one (tblCatalogue, "KPI catalogue"), if any. */
function noCatalogue(input: WorkbookInput, issues: IssueList): void {
  const like = (name: string): boolean => /catalog/i.test(name);
  const table = (input.tableNames ?? []).find(like);
  const sheet = input.sheetNames.find(like);
  const lookalike = table
    ? ` The table "${table}" may be it: rename it "${TABLE_NAMES.catalogue}" (click in it, then Table Design > Table Name).`
    : sheet
      ? ` The sheet "${sheet}" may be it: make its cells a table named "${TABLE_NAMES.catalogue}" (Insert > Table, then Table Design > Table Name).`
      : '';
  issues.error(
    'no-catalogue',
    `This workbook has no indicator catalogue (an Excel table named "${TABLE_NAMES.catalogue}", or a sheet named "${SHEET_NAMES.catalogue}").${lookalike}`,
    lookalike
      ? 'Then run again; the README lists the columns it needs.'
      : 'In Excel, set one up from the add-in\'s task pane ("Set up catalogue"), or add the table by hand: see the README for its columns.',
    table || !sheet ? undefined : { sheet, cell: 'A1' },
  );
}

/**
 * The references to read once the first read has resolved the workbook names: the cells beside a
 * name read as a monthly series (its months, its area headers), so a name behaves as its range.
 */
export function referencesAfterNames(parsed: ParsedInput, lookups: Map<string, RangeLookup>): Reference[] {
  return referencesBesideNames(parsed.catalogue.indicators, parsed.settings.areas.length, lookups);
}

/** The observations of the monthly series the catalogue points at, read once. */
function seriesObservations(parsed: ParsedInput, lookups: Map<string, RangeLookup>, issues: IssueList): Observation[] {
  parsed.series ??= observationsFromSeries(parsed.catalogue, parsed.settings, lookups, issues, parsed.date1904);
  return parsed.series;
}

/**
 * The reporting month: as set, or else the latest month the data table or a monthly series has,
 * so a month added at the bottom of a series moves the scorecard on with no other edit.
 */
export function reportingMonth(parsed: ParsedInput, issues: IssueList, lookups?: Map<string, RangeLookup>): MonthKey | undefined {
  if (parsed.settings.month) return parsed.settings.month;
  const series = lookups ? seriesObservations(parsed, lookups, issues) : [];
  const latest = [...parsed.observations, ...series]
    .map((o) => o.month)
    .sort()
    .pop();
  if (latest) return latest;
  // Why no month could be told, so the message is not a riddle after the errors that caused it.
  const why = issues.hasErrors
    ? 'and none can be told from the figures while the errors above stop them being read'
    : 'and no figure says which month it is for: the data table has no rows with a month end, and a single cell ' +
      '(or one per area) is read as the figure for the reporting month, whichever that is';
  issues.error(
    'no-month',
    `There is no Reporting month in Settings, ${why}.`,
    'Add a "Reporting month" row to the Settings table with the month end, for example 30/04/2017.',
  );
  return undefined;
}

/** All observations: the data table's and those behind the catalogue references. */
export function allObservations(
  parsed: ParsedInput,
  month: MonthKey,
  lookups: Map<string, RangeLookup>,
  issues: IssueList,
): Observation[] {
  const fromReferences = observationsFromReferences(parsed.catalogue, parsed.settings, month, lookups, issues, parsed.date1904);
  checkMonthsBeside(parsed.catalogue, parsed.settings.areas.length, month, lookups, issues, parsed.date1904);
  const dated = [...parsed.observations, ...seriesObservations(parsed, lookups, issues)];
  const fromCells = withoutConflictingReferences(parsed.observations, fromReferences, parsed.catalogue, issues);
  if (parsed.settings.month) checkAreasBehindMonth(month, dated, fromCells, parsed.settings, issues);
  const all = [...dated, ...fromCells];
  checkCountKinds(parsed.catalogue, all, issues);
  checkCohortFigures(all, issues);
  checkListedAreasHaveFigures(parsed.settings, all, issues);
  checkPeriodFigures(parsed.catalogue, all, issues);
  checkGivenAgainstCounts(parsed.catalogue, all, issues);
  warnSwappedAverages(parsed.catalogue, all, issues);
  return all;
}
