/**
 * A row typed just below an Excel table is outside it when the file was edited by LibreOffice or
 * openpyxl (Excel alone grows the table), so it is not read. Both file gateways (ExcelJS in
 * memory, and the CLI's, reading the saved package) hand the row to the engine, which names it:
 * a warning for a catalogue or data row, an error for a setting (it decides the month reported).
 */
import type ExcelJS from 'exceljs';
import type { RecalcOutcome } from '../../../src/app/recalculate';
import { catalogueRow, miniWorkbook } from '../../helpers/miniWorkbook';
import { fileGateways, resultOf, said } from './both';

const aboutRowBelow = (outcome: RecalcOutcome): string[] => said(outcome).filter((line) => line.includes('row-below-table'));

const withCatalogueRowBelow = (row: number, values: ExcelJS.CellValue[]) => () => {
  const wb = miniWorkbook({
    figures: [
      ['CP visits', 180, 200],
      ['Re-referrals', 30, 150],
    ],
  });
  wb.getWorksheet('Catalogue')!.getRow(row).values = values;
  return wb;
};

test('an indicator typed on the row under the catalogue table is named at its row, with the range to resize to', async () => {
  const outcome = await fileGateways(withCatalogueRowBelow(3, [2, 'CP', 'Re-referrals', 'L', 'SS', 'percentage', 0.2, 0.25]));
  expect(aboutRowBelow(outcome)).toEqual([
    'warning row-below-table: Catalogue!A3: Row 3, just below the Catalogue table, holds "2", "CP", "Re-referrals", …, but the table ends at row 2, so the row is not read. ' +
      'If the row belongs to the table, resize the table to A1:X3 (click in the table, then Table Design > Resize Table; Excel grows a table over a row typed under it, other tools do not), then run again; ' +
      'if it is a note of your own, leave a blank row between it and the table.',
  ]);
  // The rest is scored as before: the warning does not stop the run.
  expect(resultOf(outcome, 'Kent', '1').current.value).toBeCloseTo(0.9);
});

test('a cell typed under one column of the table is named at that cell', async () => {
  const outcome = await fileGateways(withCatalogueRowBelow(3, [null, null, 'Note: from the April return']));
  expect(outcome.issues.filter((i) => i.code === 'row-below-table').map((i) => `${i.at?.sheet}!${i.at?.cell}`)).toEqual([
    'Catalogue!C3',
  ]);
});

test('nothing is said of a table with nothing under it, or of a note a blank row further down', async () => {
  expect(aboutRowBelow(await fileGateways(withCatalogueRowBelow(4, ['Source: CP return'])))).toEqual([]);
  expect(aboutRowBelow(await fileGateways(() => miniWorkbook()))).toEqual([]);
});

test('a Reporting month typed under the settings table stops the run: it would change the month reported', async () => {
  const outcome = await fileGateways(() => {
    const wb = miniWorkbook();
    wb.getWorksheet('Settings')!.getRow(4).values = ['Reporting month', new Date(Date.UTC(2017, 2, 31))];
    return wb;
  });
  expect(outcome.ok).toBe(false);
  expect(outcome.issues.filter((i) => i.code === 'row-below-table').map((i) => [i.severity, i.at?.cell, i.message])).toEqual([
    [
      'error',
      'A4',
      'Row 4, just below the ScorecardSettings table, holds "Reporting month", "31/03/2017", but the table ends at row 3, so the row is not read: the scorecard would be run without that setting.',
    ],
  ]);
});

test('a data table with blank rows at its end: the row under its last (blank) row is the one named', async () => {
  const make = () => {
    const wb = miniWorkbook({
      catalogue: [catalogueRow({ 'Numerator ref': null, 'Denominator ref': null })],
      data: [
        { 'Indicator ID': 1, 'Month end': new Date(Date.UTC(2017, 2, 31)), Numerator: 170, Denominator: 200 },
        { 'Indicator ID': 1, 'Month end': new Date(Date.UTC(2017, 3, 30)), Numerator: 180, Denominator: 200 },
        {},
        {},
      ],
    });
    wb.getWorksheet('Data')!.getRow(6).values = [1, new Date(Date.UTC(2017, 4, 31)), 190, 200];
    return wb;
  };
  const outcome = await fileGateways(make);
  expect(outcome.issues.filter((i) => i.severity === 'error')).toEqual([]);
  expect(outcome.issues.filter((i) => i.code === 'row-below-table').map((i) => [i.severity, i.at?.cell])).toEqual([
    ['warning', 'A6'],
  ]);
  expect(aboutRowBelow(outcome)[0]).toContain('the table ends at row 5');
});
