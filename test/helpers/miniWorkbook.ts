import ExcelJS from 'exceljs';
import { CATALOGUE_COLUMNS, DATA_COLUMNS, TABLE_NAMES } from '../../src/engine';

export type Row = Record<string, ExcelJS.CellValue>;

/** A valid catalogue row pointing at 'Figures'!B2:C2; tests break one thing at a time. */
export function catalogueRow(overrides: Row = {}, figuresRow = 2): Row {
  return {
    ID: 1,
    Section: 'CHILD PROTECTION',
    Indicator: '% of CP visits in timescale',
    Polarity: 'H',
    'Data period': 'SS',
    Unit: 'percentage',
    Target: 0.9,
    Floor: 0.8,
    'Numerator ref': `Figures!B${figuresRow}`,
    'Denominator ref': `Figures!C${figuresRow}`,
    ...overrides,
  };
}

export interface MiniSpec {
  catalogue?: Row[] | null;
  /** Headers to leave out of the catalogue table. */
  dropColumns?: string[];
  /** Rows of the Figures sheet from row 2: [label, numerator, denominator]. */
  figures?: ExcelJS.CellValue[][];
  data?: Row[];
  settings?: [string, ExcelJS.CellValue][];
  names?: Record<string, string>;
}

/** A small analyst workbook: Figures sheet, Catalogue table, optional data and settings tables. */
export function miniWorkbook(spec: MiniSpec = {}): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const figures = wb.addWorksheet('Figures');
  figures.getRow(1).values = ['Indicator', 'Num', 'Denom'];
  (spec.figures ?? [['CP visits', 180, 200]]).forEach((row, i) => {
    figures.getRow(i + 2).values = row;
  });
  if (spec.catalogue !== null) {
    const rows = spec.catalogue ?? [catalogueRow()];
    const headers = CATALOGUE_COLUMNS.map((c) => c.header).filter((h) => !spec.dropColumns?.includes(h));
    const sheet = wb.addWorksheet('Catalogue');
    sheet.addTable({
      name: TABLE_NAMES.catalogue,
      ref: 'A1',
      headerRow: true,
      columns: headers.map((name) => ({ name })),
      rows: rows.length ? rows.map((r) => headers.map((h) => r[h] ?? null)) : [headers.map(() => null)],
    });
  }
  if (spec.data) {
    const headers = DATA_COLUMNS.map((c) => c.header);
    wb.addWorksheet('Data').addTable({
      name: TABLE_NAMES.data,
      ref: 'A1',
      headerRow: true,
      columns: headers.map((name) => ({ name })),
      rows: spec.data.map((r) => headers.map((h) => r[h] ?? null)),
    });
  }
  wb.addWorksheet('Settings').addTable({
    name: TABLE_NAMES.settings,
    ref: 'A1',
    headerRow: true,
    columns: [{ name: 'Setting' }, { name: 'Value' }],
    rows: spec.settings ?? [
      ['Reporting month', new Date(Date.UTC(2017, 3, 30))],
      ['Area', 'Kent'],
    ],
  });
  for (const [name, ref] of Object.entries(spec.names ?? {})) wb.definedNames.add(ref, name);
  return wb;
}

/** A fingerprint of every cell (value and formula) of the given sheets, for "inputs untouched" checks. */
export function checksum(wb: ExcelJS.Workbook, sheets = wb.worksheets.map((ws) => ws.name)): string {
  const parts: string[] = [];
  for (const name of sheets) {
    const ws = wb.getWorksheet(name);
    if (!ws) continue;
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        parts.push(`${name}!${r},${c}=${JSON.stringify(cell.value)}|${cell.numFmt ?? ''}`);
      });
    });
  }
  return parts.join('\n');
}
