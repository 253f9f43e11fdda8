/**
 * A fictional authority's monthly return, as analysts keep one: months down the rows (April 2023
 * to March 2025), one column per count, a title and notes above the header row; and a sheet of
 * localities across the columns. The catalogue points at whole columns and at the locality
 * blocks in place; nothing is reshaped or copied into a data table. Figures are made up.
 */
import ExcelJS from 'exceljs';
import { addMonths, CATALOGUE_COLUMNS, SETTING_KEYS, splitMonth, TABLE_NAMES } from '../engine';
import { catalogueEntries } from './monthlyReturnCatalogue';
import {
  FIRST_MONTH_ROW,
  LOCALITIES,
  LOCALITY_BLOCKS,
  LOCALITY_SHEET,
  MONTHLY_AUTHORITY,
  MONTHLY_LAST_MONTH,
  MONTHLY_SHEET,
  MONTHS,
  monthFigures,
  RETURN_COLUMNS,
} from './monthlyReturnFigures';

export { LOCALITIES, MONTHLY_AUTHORITY, MONTHLY_SHEET, monthFigures };

/** Each locality's share of the authority's counts. */
const SHARE = [0.3, 0.25, 0.25, 0.2];

const monthEnd = (key: string): Date => {
  const { year, month } = splitMonth(key);
  return new Date(Date.UTC(year, month, 0));
};

/** The analyst's workbook: the monthly return, the localities sheet, the catalogue and settings. */
export function buildMonthlyReturnWorkbook(months = MONTHS.length): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Scorecard example';
  const sheet = wb.addWorksheet(MONTHLY_SHEET);
  sheet.getCell('A1').value = `${MONTHLY_AUTHORITY} Children's Services - monthly performance return`;
  sheet.getCell('A1').font = { bold: true, size: 13 };
  sheet.getCell('A2').value = 'Counts in the month are flows; "(month end)" columns and the population are month-end stocks.';
  sheet.getRow(FIRST_MONTH_ROW - 1).values = ['Month end', ...RETURN_COLUMNS];
  sheet.getRow(FIRST_MONTH_ROW - 1).font = { bold: true };
  sheet.getColumn(1).width = 12;
  for (let c = 2; c <= RETURN_COLUMNS.length + 1; c++) sheet.getColumn(c).width = 16;

  const localities = wb.addWorksheet(LOCALITY_SHEET);
  localities.getCell('A1').value = `${MONTHLY_AUTHORITY} - figures by locality`;
  localities.getCell('A1').font = { bold: true, size: 13 };
  for (const b of LOCALITY_BLOCKS) localities.getCell(`${b.first}${FIRST_MONTH_ROW - 2}`).value = b.measure;
  const header: (string | null)[] = ['Month end'];
  for (const b of LOCALITY_BLOCKS) {
    while (header.length < b.first.charCodeAt(0) - 65) header.push(null);
    header.push(MONTHLY_AUTHORITY, ...LOCALITIES);
  }
  localities.getRow(FIRST_MONTH_ROW - 1).values = header;
  localities.getRow(FIRST_MONTH_ROW - 1).font = { bold: true };
  for (let i = 0; i < months; i++) addMonthRow(wb, i);

  addCatalogue(wb, FIRST_MONTH_ROW + 59);
  wb.addWorksheet('Settings').addTable({
    name: TABLE_NAMES.settings,
    ref: 'A1',
    headerRow: true,
    columns: [{ name: 'Setting' }, { name: 'Value' }],
    rows: [
      [SETTING_KEYS.title, 'Scorecard'],
      [SETTING_KEYS.area, MONTHLY_AUTHORITY],
      [SETTING_KEYS.areas, [MONTHLY_AUTHORITY, ...LOCALITIES].join(', ')],
    ],
  });
  return wb;
}

/**
 * Adds month `i` (0 is April 2023) at the bottom of both sheets, as the analyst does each month:
 * no catalogue edit, no reporting month to change.
 */
export function addMonthRow(wb: ExcelJS.Workbook, i: number): void {
  const key = addMonths(MONTHLY_LAST_MONTH, i - 23);
  const row = FIRST_MONTH_ROW + i;
  const figures = monthFigures(i);
  const sheet = wb.getWorksheet(MONTHLY_SHEET)!;
  sheet.getRow(row).values = [monthEnd(key), ...RETURN_COLUMNS.map((c) => figures[c])];
  sheet.getCell(row, 1).numFmt = 'mmm yyyy';
  const localities = wb.getWorksheet(LOCALITY_SHEET)!;
  localities.getCell(row, 1).value = monthEnd(key);
  localities.getCell(row, 1).numFmt = 'mmm yyyy';
  for (const b of LOCALITY_BLOCKS) {
    const total = figures[b.measure];
    const parts = SHARE.map((s) => Math.round(total * s));
    parts[parts.length - 1] = total - parts.slice(0, -1).reduce((a, v) => a + v, 0);
    [total, ...parts].forEach((v, k) => (localities.getCell(row, b.first.charCodeAt(0) - 64 + k).value = v));
  }
}

function addCatalogue(wb: ExcelJS.Workbook, lastRow: number): void {
  const headers = CATALOGUE_COLUMNS.map((c) => c.header);
  const rows = catalogueEntries(lastRow).map((e) => {
    const values: Record<string, ExcelJS.CellValue> = {
      ID: e.id,
      Section: e.section,
      Indicator: e.name,
      Polarity: e.polarity || null,
      'Data period': e.period,
      Unit: e.unit,
      Decimals: e.unit === 'count' ? 0 : 1,
      Target: e.target,
      Floor: e.floor ?? null,
      'Min denominator': 5,
      'Numerator ref': e.numerator,
      'Denominator ref': e.denominator ?? null,
      'Numerator type': e.numeratorType ?? null,
      'Denominator type': e.denominatorType ?? null,
      'Data source': `${MONTHLY_SHEET} / ${LOCALITY_SHEET}`,
    };
    return headers.map((h) => values[h] ?? null);
  });
  const sheet = wb.addWorksheet('Catalogue');
  sheet.addTable({
    name: TABLE_NAMES.catalogue,
    ref: 'A1',
    headerRow: true,
    style: { theme: 'TableStyleLight9', showRowStripes: true },
    columns: headers.map((name) => ({ name, filterButton: true })),
    rows,
  });
  catalogueEntries(lastRow).forEach((e, i) => {
    const format = e.unit === 'percentage' ? '0.0%' : e.unit === 'count' ? '0' : '0.0';
    for (const column of ['Target', 'Floor']) sheet.getCell(i + 2, headers.indexOf(column) + 1).numFmt = format;
  });
  sheet.getColumn(3).width = 60;
}
