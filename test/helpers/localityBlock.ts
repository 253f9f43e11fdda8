import type ExcelJS from 'exceljs';
import type { MiniSpec, Row } from './miniWorkbook';
import { catalogueRow, miniWorkbook } from './miniWorkbook';

/** Eastborough's localities, with letters an English keyboard does not type. */
export const AREAS = ['Eastborough', 'Åre Ñorth', 'Łódź Ward', 'Ynys Môn Ŵest'];
export const MONTH_COUNT = 24;
/** The block's first month row (April 2023); its headers are in the row above. */
export const FIRST_ROW = 5;
export const LAST_ROW = FIRST_ROW + MONTH_COUNT - 1;

/** Referrals for area `a` (0 is column B) in month `m` (0 is April 2023): each area its own range. */
export const referrals = (a: number, m: number): number => 150 + 20 * a + ((m * 7) % 13);
export const reReferrals = (a: number, m: number): number => 30 + 2 * a + ((m * 3) % 7);

const monthEnd = (m: number): Date => new Date(Date.UTC(2023, 3 + m + 1, 0));

export interface LocalitySpec {
  /** The Areas setting, in its order. */
  areas?: string[];
  /** The header row over both blocks (B:E referrals, G:J re-referrals); null for none. */
  headers?: (string | null)[] | null;
  /** Catalogue rows; by default a re-referral rate (G:J over B:E) and a referral count (B:E). */
  catalogue?: Row[];
  settings?: [string, ExcelJS.CellValue][];
}

export const RATE_ROW = (overrides: Row = {}): Row =>
  catalogueRow({
    ID: 101,
    Section: 'FRONT DOOR',
    Indicator: 'Re-referral rate',
    Polarity: 'L',
    'Data period': 'R12M',
    Target: 0.2,
    Floor: 0.25,
    'Numerator ref': `'Locality data'!G${FIRST_ROW}:J${LAST_ROW}`,
    'Denominator ref': `'Locality data'!B${FIRST_ROW}:E${LAST_ROW}`,
    ...overrides,
  });

/** A count over the same block the rate's denominator reads (two indicators sharing one block of cells). */
export const COUNT_ROW = (): Row =>
  RATE_ROW({
    ID: 102,
    Indicator: 'Referrals',
    Polarity: null,
    'Data period': 'Month',
    Unit: 'count',
    Target: null,
    Floor: null,
    'Numerator ref': `'Locality data'!B${FIRST_ROW}:E${LAST_ROW}`,
    'Denominator ref': null,
  });

/** The catalogue and settings of a locality return (MiniSpec), the Areas setting in the order given. */
export function localitySpec(spec: LocalitySpec = {}): MiniSpec {
  const areas = spec.areas ?? AREAS;
  return {
    catalogue: spec.catalogue ?? [RATE_ROW()],
    settings: spec.settings ?? [
      ['Title', 'Eastborough scorecard'],
      ['Area', 'Eastborough'],
      ['Areas', areas.join(', ')],
      ['Reporting month', new Date(Date.UTC(2025, 2, 31))],
      ['Area scorecards', 'No'],
    ],
  };
}

/**
 * The locality return's sheet as other authorities keep one: months down column A, each area a
 * column of referrals (B:E) and re-referrals (G:J), the area names in the row above the first month.
 */
export function addLocalitySheet(wb: ExcelJS.Workbook, headers: (string | null)[] | null = AREAS): ExcelJS.Worksheet {
  const sheet = wb.addWorksheet('Locality data');
  sheet.getCell('A1').value = 'Eastborough - locality return';
  sheet.getCell('B3').value = 'Referrals';
  sheet.getCell('G3').value = 'Re-referrals';
  if (headers) {
    sheet.getCell('A4').value = 'Month';
    headers.forEach((h, i) => {
      sheet.getCell(4, 2 + i).value = h;
      sheet.getCell(4, 7 + i).value = h;
    });
  }
  for (let m = 0; m < MONTH_COUNT; m++) {
    const row = sheet.getRow(FIRST_ROW + m);
    row.getCell(1).value = monthEnd(m);
    row.getCell(1).numFmt = 'mmm yyyy';
    for (let a = 0; a < 4; a++) {
      row.getCell(2 + a).value = referrals(a, m);
      row.getCell(7 + a).value = reReferrals(a, m);
    }
  }
  return sheet;
}

/** A whole locality workbook: its return sheet, catalogue and settings. */
export function localityWorkbook(spec: LocalitySpec = {}): ExcelJS.Workbook {
  const wb = miniWorkbook(localitySpec(spec));
  addLocalitySheet(wb, spec.headers === undefined ? AREAS : spec.headers);
  return wb;
}

/** The R12M re-referral rate of area `a` to March 2025 (months 12 to 23). */
export function expectedRate(a: number): number {
  let num = 0;
  let den = 0;
  for (let m = 12; m < MONTH_COUNT; m++) {
    num += reReferrals(a, m);
    den += referrals(a, m);
  }
  return num / den;
}
