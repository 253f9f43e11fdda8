import ExcelJS from 'exceljs';
import type { Indicator, RawCell, WorkbookInput } from '../src/engine';
import { addMonths, CATALOGUE_COLUMNS, DATA_COLUMNS, monthEndSerial, trailingMonths } from '../src/engine';

/** A deterministic pseudo-random sequence, so generated workbooks are the same every run. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export interface GeneratedSize {
  indicators: number;
  areas: number;
  months: number;
  /**
   * month (default): in-month counts for every month, which the engine aggregates;
   * period: each indicator's own period figure for this month, a month ago and a year ago only.
   */
  basis?: 'month' | 'period';
  /** Write a scorecard sheet per area (the default), or the top level only. */
  areaSheets?: boolean;
}

/**
 * A synthetic workbook's tables: a catalogue of percentage indicators and a tidy data table of
 * in-month counts for every indicator, area and month, so the engine aggregates R12M and R3M.
 */
export function generateInput(size: GeneratedSize, endMonth = '2017-04'): WorkbookInput {
  const next = random(42);
  const headers = CATALOGUE_COLUMNS.map((c) => c.header);
  const catalogue: RawCell[][] = [headers];
  for (let i = 1; i <= size.indicators; i++) {
    const polarity = (['H', 'L', 'T'] as const)[i % 3] ?? 'H';
    const values: Record<string, RawCell> = {
      ID: i,
      Section: `SECTION ${Math.ceil(i / 10)}`,
      Indicator: `Generated indicator ${i}`,
      Polarity: polarity,
      'Data period': i % 4 === 0 ? 'SS' : 'R12M',
      Unit: 'percentage',
      Decimals: 1,
      Target: polarity === 'L' ? 0.3 : 0.6,
      Floor: polarity === 'H' ? 0.5 : polarity === 'L' ? 0.4 : null,
      'Inner band': polarity === 'T' ? 0.05 : null,
      'Outer band': polarity === 'T' ? 0.1 : null,
    };
    catalogue.push(headers.map((h) => values[h] ?? null));
  }
  const data: RawCell[][] = [DATA_COLUMNS.map((c) => c.header)];
  const period = size.basis === 'period';
  const monthKeys = period
    ? [endMonth, addMonths(endMonth, -1), addMonths(endMonth, -12)]
    : trailingMonths(endMonth, size.months);
  const months = monthKeys.map((m) => ({ m, serial: monthEndSerial(m) }));
  for (let i = 1; i <= size.indicators; i++) {
    for (let a = 1; a <= size.areas; a++) {
      for (const { serial } of months) {
        const denominator = 20 + Math.floor(next() * 200);
        const basis = period ? 'Period' : 'Month';
        data.push([i, `Area ${a}`, serial, basis, Math.floor(denominator * (0.3 + next() * 0.5)), denominator, null, null]);
      }
    }
  }
  const table = (name: string, sheet: string, cells: RawCell[][]) => ({
    name,
    range: { sheet, address: `A1:Q${cells.length}`, top: 1, left: 1, cells },
  });
  return {
    catalogue: table('Catalogue', 'Catalogue', catalogue),
    data: table('ScorecardData', 'Data', data),
    settings: table('ScorecardSettings', 'Settings', [
      ['Setting', 'Value'],
      ['Area', 'Area 1'],
      ['Reporting month', monthEndSerial(endMonth)],
      ['Area scorecards', size.areaSheets === false ? 'No' : 'Yes'],
    ]),
    sheetNames: ['Catalogue', 'Data', 'Settings'],
  };
}

export type { Indicator };

/** The scale cases of issue 11, class 7, as real .xlsx inputs for the CLI and the ExcelJS gateway. */
export const SCALE_CASES = ['indicators', 'data-rows', 'table-to-last-row', 'sheet-to-last-cell'] as const;
export type ScaleCase = (typeof SCALE_CASES)[number];

const LAST_ROW = 1_048_576;

function addTable(wb: ExcelJS.Workbook, name: string, sheet: string, cells: RawCell[][]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(sheet);
  const value = (v: RawCell): ExcelJS.CellValue => (v !== null && typeof v === 'object' && !(v instanceof Date) ? null : v);
  ws.addTable({
    name,
    ref: 'A1',
    headerRow: true,
    columns: (cells[0] ?? []).map((h) => ({ name: String(h) })),
    rows: cells.slice(1).map((row) => row.map(value)),
  });
  return ws;
}

function inputFor(which: ScaleCase): WorkbookInput {
  if (which === 'indicators')
    return generateInput({ indicators: 20_000, areas: 1, months: 0, basis: 'period', areaSheets: false });
  if (which === 'data-rows') return generateInput({ indicators: 100, areas: 25, months: 200, areaSheets: false });
  return generateInput({ indicators: 50, areas: 1, months: 13, areaSheets: false });
}

/**
 * An analyst's workbook for one scale case:
 * - indicators: 20,000 indicators, each with this month, a month ago and a year ago in the data table;
 * - data-rows: 100 indicators x 25 areas x 200 months of in-month counts, 500,000 data rows;
 * - table-to-last-row: a data table whose range runs to the sheet's last row, nearly all blank;
 * - sheet-to-last-cell: the settings on a plain sheet (no table) whose used range reaches the
 *   sheet's last cell, as one stray value there makes it.
 */
/** A generated input as an analyst's .xlsx would hold it: catalogue, data and settings as Excel tables. */
export function workbookFromInput(input: WorkbookInput): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  addTable(wb, input.catalogue!.name, 'Catalogue', input.catalogue!.range.cells);
  addTable(wb, input.data!.name, 'Data', input.data!.range.cells);
  addTable(wb, input.settings!.name, 'Settings', input.settings!.range.cells);
  return wb;
}

export function generateWorkbook(which: ScaleCase): ExcelJS.Workbook {
  const input = inputFor(which);
  const wb = new ExcelJS.Workbook();
  addTable(wb, input.catalogue!.name, 'Catalogue', input.catalogue!.range.cells);
  const data = addTable(wb, input.data!.name, 'Data', input.data!.range.cells);
  if (which === 'table-to-last-row') {
    const table = data.getTable(input.data!.name) as unknown as { table: { tableRef: string; ref: string } };
    table.table.tableRef = `A1:H${LAST_ROW}`;
  }
  if (which !== 'sheet-to-last-cell') {
    addTable(wb, input.settings!.name, 'Settings', input.settings!.range.cells);
    return wb;
  }
  const settings = wb.addWorksheet('Settings');
  input.settings!.range.cells.forEach((row, r) => {
    settings.getRow(r + 1).values = row as ExcelJS.CellValue[];
  });
  settings.getCell(LAST_ROW, 16_384).value = 'end';
  return wb;
}
