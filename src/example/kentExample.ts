import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { readFileSync } from 'fs';
import { join } from 'path';
import { projectRoot } from './paths';
import { ACTIVITY_COLUMNS, addMonths, CATALOGUE_COLUMNS, DATA_COLUMNS, SETTING_KEYS, splitMonth, TABLE_NAMES } from '../engine';

/** One row of examples/kent-2017-04/indicators.csv (published figures plus chosen floors). */
interface ExampleRow {
  id: string;
  section: string;
  indicator: string;
  polarity: string;
  data_period: string;
  unit: string;
  decimals: string;
  target: string;
  floor: string;
  inner_band: string;
  outer_band: string;
  band_type: string;
  numerator: string;
  denominator: string;
  result_1_month_ago: string;
  result_1_year_ago: string;
  rolling_3_months: string;
  data_source: string;
}

const KENT_EXAMPLE_DIR = join(projectRoot(), 'examples', 'kent-2017-04');
const KENT_MONTH = '2017-04';

/** One row of examples/kent-2017-04/areas-and-uasc.csv: an area's figures, or a county or area figure excluding a cohort. */
export interface AreaRow {
  indicator_id: string;
  area: string;
  excluding: string;
  numerator: string;
  denominator: string;
}

interface DataRow {
  id: string;
  area: string;
  month: string;
  basis: string;
  numerator?: number;
  denominator?: number;
  value?: number;
  excluding?: string;
  format: string;
}

export function readAreaRows(path = join(KENT_EXAMPLE_DIR, 'areas-and-uasc.csv')): AreaRow[] {
  return parse(readFileSync(path, 'utf8'), { columns: true, skip_empty_lines: true }) as AreaRow[];
}

function readExampleRows(path = join(KENT_EXAMPLE_DIR, 'indicators.csv')): ExampleRow[] {
  return parse(readFileSync(path, 'utf8'), { columns: true, skip_empty_lines: true }) as ExampleRow[];
}

/** '25.0%' is 0.25, as Excel keeps it; '426.0' is 426; '' is blank. */
function figure(text: string): number | null {
  const t = text.trim();
  if (!t || t === '-') return null;
  return t.endsWith('%') ? Number(t.slice(0, -1)) / 100 : Number(t);
}

function monthEnd(key: string): Date {
  const { year, month } = splitMonth(key);
  return new Date(Date.UTC(year, month, 0));
}

const PERCENT = '0.0%';
const formatOf = (row: ExampleRow): string => (row.unit === 'percentage' ? PERCENT : row.unit === 'count' ? '0' : '0.0');

const FIGURES_SHEET = 'County figures';
const FIRST_FIGURE_ROW = 5;
/** One indicator's numerator comes through a workbook name, as some analysts set theirs up. */
const NAMED = { id: '6', name: 'Unallocated_Cases' };

/**
 * The Kent April 2017 workbook as an analyst keeps it: this month's figures on a sheet of
 * their own, the catalogue pointing at those cells, earlier months in the data table.
 */
export function buildKentWorkbook(
  rows: ExampleRow[] = readExampleRows(),
  areaRows: AreaRow[] = readAreaRows(),
  activityRows: Record<string, string>[] = readActivityRows(),
): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Scorecard example';
  const rowOf = addFigures(wb, rows);
  addCatalogue(wb, rows, rowOf);
  addData(wb, kentHistory(rows, areaRows));
  if (activityRows.length > 0) addActivity(wb, activityRows);
  addSettings(wb);
  return wb;
}

/** This month's county figures on a sheet of their own; gives the row each indicator's figures are on. */
function addFigures(wb: ExcelJS.Workbook, rows: ExampleRow[]): (id: string) => number {
  const figures = wb.addWorksheet(FIGURES_SHEET);
  figures.getCell('A1').value = 'Kent SCS - county figures, April 2017 (extract from Liberi)';
  figures.getCell('A1').font = { bold: true, size: 13 };
  figures.getCell('A2').value = 'Rolling 12 month figures cover 01/05/2016 to 30/04/2017; snapshots are as at 30/04/2017.';
  const header = figures.getRow(FIRST_FIGURE_ROW - 1);
  header.values = ['ID', 'Indicator', 'Num', 'Denom'];
  header.font = { bold: true };
  figures.getColumn(2).width = 70;
  rows.forEach((row, i) => {
    const r = figures.getRow(FIRST_FIGURE_ROW + i);
    r.values = [Number(row.id), row.indicator, figure(row.numerator), row.denominator ? figure(row.denominator) : '-'];
  });
  const rowOf = (id: string): number => FIRST_FIGURE_ROW + rows.findIndex((r) => r.id === id);
  wb.definedNames.add(`'${FIGURES_SHEET}'!$C$${rowOf(NAMED.id)}`, NAMED.name);
  return rowOf;
}

/** The catalogue table, its references pointing at the figures sheet (one through a workbook name). */
function addCatalogue(wb: ExcelJS.Workbook, rows: ExampleRow[], rowOf: (id: string) => number): void {
  const catalogue = wb.addWorksheet('Catalogue');
  const headers = CATALOGUE_COLUMNS.map((c) => c.header);
  catalogue.addTable({
    name: TABLE_NAMES.catalogue,
    ref: 'A1',
    headerRow: true,
    style: { theme: 'TableStyleLight9', showRowStripes: true },
    columns: headers.map((name) => ({ name, filterButton: true })),
    rows: rows.map((row) => {
      const counted = row.unit !== 'count';
      const values: Record<string, ExcelJS.CellValue> = {
        ID: Number(row.id),
        Section: row.section,
        Indicator: row.indicator,
        Polarity: row.polarity,
        'Data period': row.data_period,
        Unit: row.unit,
        Decimals: Number(row.decimals),
        Target: figure(row.target),
        Floor: figure(row.floor),
        'Inner band': figure(row.inner_band),
        'Outer band': figure(row.outer_band),
        'Band type': row.band_type || null,
        'Min denominator': 5,
        'Numerator ref': row.id === NAMED.id ? NAMED.name : `'${FIGURES_SHEET}'!C${rowOf(row.id)}`,
        'Denominator ref': counted ? `'${FIGURES_SHEET}'!D${rowOf(row.id)}` : null,
        'Data source': row.data_source,
        Definition: null,
      };
      return headers.map((h) => values[h] ?? null);
    }),
  });
  rows.forEach((row, i) => {
    for (const column of ['Target', 'Floor', 'Inner band', 'Outer band']) {
      catalogue.getCell(i + 2, headers.indexOf(column) + 1).numFmt = formatOf(row);
    }
  });
  [6, 26, 60, 8, 8, 11, 8, 9, 9, 9, 9, 9, 9, 24, 24, 24, 30].forEach((w, i) => (catalogue.getColumn(i + 1).width = w));
}

/** Earlier months' results, this month's rolling figure, and this month's area figures and figures excluding UASC. */
function kentHistory(rows: ExampleRow[], areaRows: AreaRow[]): DataRow[] {
  const history: DataRow[] = [];
  for (const row of rows) {
    const format = formatOf(row);
    const add = (month: string, basis: string, text: string): void => {
      const value = figure(text);
      if (value !== null) history.push({ id: row.id, area: 'Kent', month, basis, value, format });
    };
    add(addMonths(KENT_MONTH, -1), '', row.result_1_month_ago);
    add(addMonths(KENT_MONTH, -12), '', row.result_1_year_ago);
    add(KENT_MONTH, 'R3M', row.rolling_3_months);
  }
  // This month's area figures, and figures excluding UASC, as the April 2017 report gives them.
  for (const a of areaRows) {
    const row = rows.find((r) => r.id === a.indicator_id);
    if (!row) continue;
    const counted = row.unit !== 'count';
    history.push({
      id: a.indicator_id,
      area: a.area,
      month: KENT_MONTH,
      basis: '',
      numerator: counted ? Number(a.numerator) : undefined,
      denominator: counted ? Number(a.denominator) : undefined,
      value: counted ? undefined : Number(a.numerator),
      excluding: a.excluding || undefined,
      format: formatOf(row),
    });
  }
  return history;
}

function addData(wb: ExcelJS.Workbook, history: DataRow[]): void {
  const data = wb.addWorksheet('Data');
  const dataHeaders = DATA_COLUMNS.map((c) => c.header);
  data.addTable({
    name: TABLE_NAMES.data,
    ref: 'A1',
    headerRow: true,
    style: { theme: 'TableStyleLight9', showRowStripes: true },
    columns: dataHeaders.map((name) => ({ name, filterButton: true })),
    rows: history.map((h) => {
      const values: Record<string, ExcelJS.CellValue> = {
        'Indicator ID': Number(h.id),
        Area: h.area,
        'Month end': monthEnd(h.month),
        Basis: h.basis || null,
        Numerator: h.numerator ?? null,
        Denominator: h.denominator ?? null,
        Value: h.value ?? null,
        Excluding: h.excluding ?? null,
      };
      return dataHeaders.map((header) => values[header] ?? null);
    }),
  });
  history.forEach((h, i) => {
    data.getCell(i + 2, dataHeaders.indexOf('Month end') + 1).numFmt = 'dd/mm/yyyy';
    data.getCell(i + 2, dataHeaders.indexOf('Value') + 1).numFmt = h.format;
  });
  [12, 12, 12, 8, 12, 12, 10, 11].forEach((w, i) => (data.getColumn(i + 1).width = w));
}

function addSettings(wb: ExcelJS.Workbook): void {
  const settings = wb.addWorksheet('Settings');
  settings.addTable({
    name: TABLE_NAMES.settings,
    ref: 'A1',
    headerRow: true,
    columns: [{ name: 'Setting' }, { name: 'Value' }],
    rows: [
      [SETTING_KEYS.title, 'Scorecard'],
      [SETTING_KEYS.area, 'Kent'],
      [SETTING_KEYS.month, monthEnd(KENT_MONTH)],
    ],
  });
  settings.getCell('B4').numFmt = 'dd/mm/yyyy';
  settings.getColumn(1).width = 20;
  settings.getColumn(2).width = 16;
}

/** examples/kent-2017-04/activity.csv: the report's SCS Activity counts, one row per team. */
function readActivityRows(path = join(KENT_EXAMPLE_DIR, 'activity.csv')): Record<string, string>[] {
  return parse(readFileSync(path, 'utf8'), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
}

/**
 * The activity table as an analyst keeps it: one row per team, measure and month end. "Caseloads -
 * Last month" is the March count of Caseloads; "Referrals in last month" is April's flow.
 */
function addActivity(wb: ExcelJS.Workbook, teams: Record<string, string>[]): void {
  const rows: ExcelJS.CellValue[][] = [];
  for (const team of teams) {
    for (const [column, text] of Object.entries(team)) {
      if (column === 'team' || text === '') continue;
      const last = column.endsWith(' - Last month');
      const measure = column.replace(/ - (This|Last) month$/, '');
      rows.push([team.team, measure, monthEnd(last ? addMonths(KENT_MONTH, -1) : KENT_MONTH), Number(text)]);
    }
  }
  const sheet = wb.addWorksheet('Activity');
  sheet.addTable({
    name: TABLE_NAMES.activity,
    ref: 'A1',
    headerRow: true,
    style: { theme: 'TableStyleLight9', showRowStripes: true },
    columns: ACTIVITY_COLUMNS.map((c) => ({ name: c.header, filterButton: true })),
    rows,
  });
  rows.forEach((_, i) => (sheet.getCell(i + 2, 3).numFmt = 'dd/mm/yyyy'));
  [26, 30, 12, 10].forEach((w, i) => (sheet.getColumn(i + 1).width = w));
}
