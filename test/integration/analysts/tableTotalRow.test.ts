/**
 * An Excel table with its Total Row on (Table Design > Total Row): Excel keeps that row inside the
 * table's range, and it is not data ("Total" under Indicator ID, SUBTOTALs under the figures). It
 * was read as a data row: 'Indicator ID "Total" is not in the catalogue' stopped the run. Both
 * file gateways leave it out, as Excel's data body does, and the row below it is the one after it.
 */
import { catalogueRow, miniWorkbook } from '../../helpers/miniWorkbook';
import { TABLE_NAMES } from '../../../src/engine/contract/tables';
import { bothGateways, fileGateways, resultOf, said } from './both';

const withTotals = (below?: string) => () => {
  const wb = miniWorkbook({ catalogue: [catalogueRow({ ID: 1, 'Numerator ref': null, 'Denominator ref': null })] });
  const sheet = wb.addWorksheet('Data');
  sheet.addTable({
    name: TABLE_NAMES.data,
    ref: 'A1',
    headerRow: true,
    totalsRow: true,
    columns: [
      { name: 'Indicator ID', totalsRowLabel: 'Total' },
      { name: 'Month end' },
      { name: 'Numerator', totalsRowFunction: 'sum' },
      { name: 'Denominator', totalsRowFunction: 'sum' },
    ],
    rows: [
      [1, new Date(Date.UTC(2017, 2, 31)), 170, 200],
      [1, new Date(Date.UTC(2017, 3, 30)), 180, 200],
    ],
  });
  if (below) sheet.getCell('A5').value = below;
  return wb;
};

test('a data table with a Total Row is read without it', async () => {
  const outcome = await fileGateways(withTotals());
  expect(said(outcome).filter((line) => line.startsWith('error'))).toEqual([]);
  expect(resultOf(outcome, 'Kent', '1').current.value).toBeCloseTo(0.9, 9);
});

test('a row typed under the Total Row is the row below the table', async () => {
  const outcome = await fileGateways(withTotals('typed under the totals'));
  expect(said(outcome).filter((line) => line.includes('row-below-table'))).toEqual([
    expect.stringContaining('Data!A5: Row 5, just below the ScorecardData table, holds "typed under the totals"'),
  ]);
});

test('Office.js leaves the Total Row out too (Table.showTotals), and finds the same', async () => {
  const { file, office } = await bothGateways(withTotals());
  expect(said(office).filter((line) => line.startsWith('error'))).toEqual([]);
  expect(resultOf(office, 'Kent', '1').current.value).toBeCloseTo(resultOf(file, 'Kent', '1').current.value ?? NaN, 9);
});
