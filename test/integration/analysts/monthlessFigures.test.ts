/**
 * Figures on a row with no month are left out, as a total row below the months is. Two such rows
 * are a month the analyst meant: one outside the rows an explicit Months ref covers (the ref not
 * moved on when a row was added), and one whose label names a month within other text ("Mar 2017
 * (provisional)", "Mar 2017*"). Each is named where it is, once; a total row stays silent.
 */
import type ExcelJS from 'exceljs';
import { monthInLabel } from '../../../src/engine/contract/monthlessFigures';
import { catalogueRow, miniWorkbook } from '../../helpers/miniWorkbook';
import { bothGateways, fileGateways, resultOf, said } from './both';

/** 24 month ends, Apr 2015 to Mar 2017, on Figures rows 2 to 25: [month end, numerator, denominator]. */
const months = (): ExcelJS.CellValue[][] =>
  Array.from({ length: 24 }, (_, i) => [new Date(Date.UTC(2015, 3 + i + 1, 0)), 150 + i, 200]);

function workbook(figures: ExcelJS.CellValue[][], refs: Record<string, string>, ids = [1]): () => ExcelJS.Workbook {
  return () =>
    miniWorkbook({
      figures,
      catalogue: ids.map((id) => catalogueRow({ ID: id, 'Data period': 'Month', ...refs })),
      settings: [['Area', 'Kent']],
    });
}

const wholeColumns = { 'Numerator ref': 'Figures!B:B', 'Denominator ref': 'Figures!C:C' };
const codes = ['figures-without-month', 'month-label-unread'];
const aboutMonthless = (outcome: Parameters<typeof said>[0]): string[] =>
  said(outcome).filter((line) => codes.some((code) => line.includes(` ${code}:`)));

test('figures below the rows an explicit Months ref covers are named at the first of them, with the ref to type', async () => {
  const figures = [...months(), [new Date(Date.UTC(2017, 4, 0)), 190, 200]];
  const { file, office } = await bothGateways(
    workbook(figures, { 'Numerator ref': 'Figures!B3:B26', 'Denominator ref': 'Figures!C3:C26', 'Months ref': 'Figures!A2:A25' }),
  );
  for (const outcome of [file, office]) {
    expect(aboutMonthless(outcome)).toEqual([
      'warning figures-without-month: Figures!B26, indicator 1: Numerator ref Figures!B3:B26 has figures at B26, on a row the Months ref Figures!A2:A25 does not cover, so they are not read: the months read end at Mar 2017. Make the Months ref cover the same rows as the figures, Figures!A3:A26, then run again.',
    ]);
    // The warning does not stop the run: the months the ref covers are reported as before.
    expect(resultOf(outcome, 'Kent', '1').current).toMatchObject({ value: 173 / 200 });
  }
});

test('a Months ref covering the figures, or reaching past them, says nothing', async () => {
  const exact = { 'Numerator ref': 'Figures!B2:B25', 'Denominator ref': 'Figures!C2:C25', 'Months ref': 'Figures!A2:A25' };
  const file = await fileGateways(workbook(months(), exact));
  expect(aboutMonthless(file)).toEqual([]);
  const longer = await fileGateways(workbook(months(), { ...exact, 'Months ref': 'Figures!A:A' }));
  expect(aboutMonthless(longer)).toEqual([]);
});

test.each(['Mar 2017 (provisional)', 'Mar 2017*', '31/03/2017 prov'])(
  'a last row labelled "%s" is named at its label: it is not read as March, and the scorecard says where its months end',
  async (label) => {
    const figures = [...months().slice(0, 23), [label, 190, 200]];
    const { file, office } = await bothGateways(workbook(figures, wholeColumns));
    for (const outcome of [file, office]) {
      expect(aboutMonthless(outcome)).toEqual([
        `warning month-label-unread: Figures!A25, indicator 1: "${label}" at A25 names March 2017 within other text, so it is not read as a month, and the figures on its row (B25, Numerator ref Figures!B:B) are left out: the months read end at Feb 2017. ` +
          `Type the month alone in A25 (a date such as the month end, or text like "Mar 2017") and put the note in a cell of its own, then run again; if the row is not one month's figures, nothing to do.`,
      ]);
      expect(outcome.ok && outcome.results.month).toBe('2017-02');
    }
  },
);

test('several indicators on one sheet with an unread label get one message, at the label', async () => {
  const figures = [...months().slice(0, 23), ['Mar 2017*', 190, 200]];
  const file = await fileGateways(workbook(figures, wholeColumns, [1, 2, 3]));
  expect(file.issues.filter((i) => i.code === 'month-label-unread').map((i) => i.at?.cell)).toEqual(['A25']);
});

test.each(['Total', 'Total to Mar 2017', 'Mar 2017 YTD', '2016/17 average', ''])(
  'a row of figures below the months labelled "%s" (a total, or no label) is left out without a word',
  async (label) => {
    const figures = [...months(), [label, 4000, 4800]];
    const file = await fileGateways(workbook(figures, wholeColumns));
    expect(aboutMonthless(file)).toEqual([]);
    expect(file.ok && file.results.month).toBe('2017-03');
  },
);

test('a month named within other text, and what is not one', () => {
  expect(monthInLabel('Mar 2025 (provisional)')).toBe('2025-03');
  expect(monthInLabel('Mar 2025*')).toBe('2025-03');
  expect(monthInLabel('April 2024 - revised')).toBe('2024-04');
  expect(monthInLabel('(p) 30/04/2024')).toBe('2024-04');
  expect(monthInLabel('Total')).toBeUndefined();
  expect(monthInLabel('Year to date Mar 2025')).toBeUndefined();
  expect(monthInLabel('Q4 2024/25')).toBeUndefined();
  expect(monthInLabel('Team 12')).toBeUndefined();
});
