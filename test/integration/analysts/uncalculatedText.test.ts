/**
 * Text given by a formula saved with no result (tester's finding 3a: openpyxl writes such cells).
 * The file gateways hand the cell over as the error #UNCALCULATED (…); read as text, those words
 * became the scorecard's title, an area's name and a sheet's name. Every contract table's cell
 * holding one is now an error at the cell, through both file gateways (ExcelJS in memory, and the
 * CLI's, reading the saved package); the same formula with its result saved is read as its text.
 */
import type ExcelJS from 'exceljs';
import type { RecalcOutcome } from '../../../src/app/recalculate';
import { catalogueRow, miniWorkbook } from '../../helpers/miniWorkbook';
import { fileGateways, resultOf, said } from './both';

const april = new Date(Date.UTC(2025, 3, 30));
/** A formula giving `text`, with its result saved only when `saved`. */
const formula = (text: string, saved: boolean): ExcelJS.CellValue =>
  (saved ? { formula: `"${text}"`, result: text } : { formula: `"${text}"` }) as ExcelJS.CellValue;

const withFormulaText = (saved: boolean) => () =>
  miniWorkbook({
    catalogue: [catalogueRow({ Indicator: formula('Re-referral rate', saved) })],
    settings: [
      ['Title', 'Performance'],
      ['Area', formula('Testshire', saved)],
      ['Reporting month', april],
    ],
  });

const dataRow = (area: ExcelJS.CellValue, numerator: number) => ({
  'Indicator ID': 1,
  Area: area,
  'Month end': april,
  Basis: 'Period',
  Numerator: numerator,
  Denominator: 200,
});

const withFormulaAreas = (saved: boolean) => () =>
  miniWorkbook({
    catalogue: [catalogueRow()],
    data: [dataRow(formula('North', saved), 160), dataRow(formula('South', saved), 170)],
    settings: [
      ['Area', 'Town'],
      ['Reporting month', april],
    ],
  });

const errors = (outcome: RecalcOutcome): string[] => said(outcome).filter((line) => line.startsWith('error'));

test('a setting and a catalogue name given by formulas with no saved result stop the run at their cells', async () => {
  const outcome = await fileGateways(withFormulaText(false));
  expect(outcome.ok).toBe(false);
  expect(outcome.issues.filter((i) => i.code === 'uncalculated-formula').map((i) => `${i.at?.sheet}!${i.at?.cell}`)).toEqual([
    'Settings!B3',
    'Catalogue!C2',
  ]);
  expect(errors(outcome)).toHaveLength(2);
  expect(errors(outcome)[0]).toBe(
    'error uncalculated-formula: Settings!B3: The Value cell holds a formula with no saved result (the file was saved by a program that does not calculate formulas, such as openpyxl), which the scorecard cannot read. ' +
      'Open the file in Excel (or LibreOffice) and save it, which saves each formula with its result, then run again; or type the value in place of the formula.',
  );
  // The Area row is there, though its value cannot be read: no "no Area row" warning.
  expect(outcome.issues.map((i) => i.code)).not.toContain('no-area-setting');
});

test('data-table areas given by formulas with no saved result: one error naming the first cell and counting the rest', async () => {
  const outcome = await fileGateways(withFormulaAreas(false));
  expect(outcome.ok).toBe(false);
  expect(errors(outcome)).toHaveLength(1);
  expect(errors(outcome)[0]).toContain('Data!B2: The Area cell holds a formula with no saved result');
  expect(errors(outcome)[0]).toContain('so does 1 more of its cells (B3)');
  expect(said(outcome).join('\n')).not.toContain('#UNCALCULATED');
});

test('the same formulas with their results saved (as Excel and LibreOffice save them) are read as their text', async () => {
  const named = await fileGateways(withFormulaText(true));
  expect(errors(named)).toEqual([]);
  expect(named.ok && named.results.areas[0]).toBe('Testshire');
  expect(resultOf(named, 'Testshire', '1').indicator.name).toBe('Re-referral rate');
  const areas = await fileGateways(withFormulaAreas(true));
  expect(errors(areas)).toEqual([]);
  expect(resultOf(areas, 'North', '1').current.value).toBeCloseTo(160 / 200);
});
