/**
 * A data-table Basis that names a period ("R12M", "YTD", …) is the indicator's own figure only
 * when it is the indicator's own period: R12M rows for a YTD indicator were shown as its year to
 * date, without a word. Now the run stops at the cell.
 */
import { recalculate } from '../../src/app/recalculate';
import { ExcelJsGateway } from '../../src/gateways/exceljs';
import { catalogueRow, miniWorkbook } from '../helpers/miniWorkbook';

const month = (m: number) => new Date(Date.UTC(2017, m, 0));

function workbook(period: string, basis: string) {
  return miniWorkbook({
    catalogue: [catalogueRow({ ID: 1, 'Data period': period, 'Numerator ref': null, 'Denominator ref': null })],
    data: [
      { 'Indicator ID': 1, 'Month end': month(3), Basis: basis, Numerator: 30, Denominator: 100 },
      { 'Indicator ID': 1, 'Month end': month(4), Basis: basis, Numerator: 32, Denominator: 100 },
    ],
  });
}

test.each([
  ['YTD', 'R12M'],
  ['R12M', 'YTD'],
  ['R12M', 'SS'],
])('a %s indicator given rows with Basis %s stops at the Basis cell', async (period, basis) => {
  const outcome = await recalculate(new ExcelJsGateway(workbook(period, basis)));
  expect(outcome.ok).toBe(false);
  const errors = outcome.issues.filter((i) => i.severity === 'error' && i.code === 'data-bad-basis');
  expect(errors[0]?.message).toContain(
    `Basis "${basis}" names the ${basis} figure, but indicator 1's Data period in the catalogue is ${period}`,
  );
  expect(errors[0]?.at).toEqual({ sheet: 'Data', cell: 'D2' });
});

test.each(['R12M', 'Period', ''])('a R12M indicator given rows with Basis %j is read as its own figure', async (basis) => {
  const outcome = await recalculate(new ExcelJsGateway(workbook('R12M', basis)), { checkOnly: true });
  expect(outcome.issues.filter((i) => i.code === 'data-bad-basis')).toEqual([]);
  expect(outcome.ok).toBe(true);
});
