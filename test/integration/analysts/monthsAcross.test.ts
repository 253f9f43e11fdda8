/**
 * Months across the columns and areas down the rows (01, 01b), the transpose of a locality block:
 * months in the row above (or named by a Months ref), areas by the labels in the column to the left.
 */
import type ExcelJS from 'exceljs';
import { catalogueRow, miniWorkbook } from '../../helpers/miniWorkbook';
import { bothGateways, resultOf, said } from './both';

const AREAS = ['Westshire', 'Nord Vale', 'Süd-Ōtaki', 'Ynys Môn Ŵest'];
const MONTHS = 15; // January 2024 to March 2025, in columns C to Q
const refs = (a: number, m: number): number => 100 + 10 * a + ((m * 7) % 13);
const rerefs = (a: number, m: number): number => 20 + a + ((m * 3) % 5);

function frontDoor(wb: ExcelJS.Workbook, labels: string[]): void {
  const sheet = wb.addWorksheet('Front door');
  sheet.getCell('A1').value = 'Front door - referrals (in-month counts)';
  sheet.getCell('B5').value = 'Area';
  for (let m = 0; m < MONTHS; m++) {
    sheet.getCell(5, 3 + m).value = new Date(Date.UTC(2024, m + 1, 0));
    sheet.getCell(5, 3 + m).numFmt = 'mmm yy';
  }
  labels.forEach((label, a) => {
    sheet.getCell(6 + a, 1).value = 'Referrals';
    sheet.getCell(6 + a, 2).value = label;
    sheet.getCell(12 + a, 1).value = 'Re-referrals';
    sheet.getCell(12 + a, 2).value = label;
    for (let m = 0; m < MONTHS; m++) {
      sheet.getCell(6 + a, 3 + m).value = refs(a, m);
      sheet.getCell(12 + a, 3 + m).value = rerefs(a, m);
    }
  });
}

const make =
  (monthsRef: string | null, areas = AREAS, labels = AREAS) =>
  () => {
    const wb = miniWorkbook({
      catalogue: [
        catalogueRow({
          ID: 'WS01',
          Polarity: 'L',
          'Data period': 'R12M',
          Target: 0.2,
          Floor: 0.25,
          'Numerator ref': "'Front door'!C12:Q15",
          'Denominator ref': "'Front door'!C6:Q9",
          'Months ref': monthsRef,
        }),
      ],
      settings: [
        ['Area', 'Westshire'],
        ['Areas', areas.join(', ')],
        ['Reporting month', new Date(Date.UTC(2025, 2, 31))],
        ['Area scorecards', 'No'],
      ],
    });
    frontDoor(wb, labels);
    return wb;
  };

const expected = (a: number): number => {
  let num = 0;
  let den = 0;
  for (let m = 3; m < MONTHS; m++) {
    num += rerefs(a, m);
    den += refs(a, m);
  }
  return num / den;
};

test.each([null, "'Front door'!C5:Q5"])(
  'months across, areas down (Months ref %s): each area its own row, by both gateways',
  async (monthsRef) => {
    const { file, office } = await bothGateways(make(monthsRef, ['Westshire', 'Süd-Ōtaki', 'Nord Vale', 'Ynys Môn Ŵest']));
    for (const outcome of [file, office]) {
      AREAS.forEach((area, a) => expect(resultOf(outcome, area, 'WS01').current.value).toBeCloseTo(expected(a), 12));
      expect(resultOf(outcome, 'Nord Vale', 'WS01').monthAgo?.month).toBe('2025-02');
      expect(said(outcome).filter((s) => !s.startsWith('warning small'))).toEqual([]);
    }
  },
);

test('an area label down the rows that is not in the Areas setting stops at its cell', async () => {
  const { file } = await bothGateways(make(null, AREAS, ['Westshire', 'Nord Vale', 'Sud Otaki', 'Ynys Môn Ŵest']));
  expect(said(file)[0]).toContain(
    "'Front door'!B14, indicator WS01: The label beside a row of Numerator ref 'Front door'!C12:Q15 says \"Sud Otaki\"",
  );
});
