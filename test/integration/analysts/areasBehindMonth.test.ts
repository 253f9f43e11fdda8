/**
 * The Reporting month moved on before the month's figures came in: every area's figures stop a
 * month earlier, and the single cells the catalogue points at still hold last month's figures,
 * read as this month's (the tester's Kent example set to May 2017). A warning at the setting names
 * the areas, the month they have, and the cells; with the areas' figures in, nothing is said.
 */
import type ExcelJS from 'exceljs';
import { miniWorkbook } from '../../helpers/miniWorkbook';
import { bothGateways, said } from './both';

const monthEnd = (month: number) => new Date(Date.UTC(2017, month, 0));

function workbook(reportingMonth: number, areaMonths: number[]): () => ExcelJS.Workbook {
  return () =>
    miniWorkbook({
      data: ['North', 'South'].flatMap((Area) =>
        areaMonths.map((m) => ({ 'Indicator ID': 1, Area, 'Month end': monthEnd(m), Numerator: 90, Denominator: 100 })),
      ),
      settings: [
        ['Reporting month', monthEnd(reportingMonth)],
        ['Area', 'Kent'],
      ],
    });
}

const behind = (outcome: Parameters<typeof said>[0]) => said(outcome).filter((line) => line.includes('areas-behind-month'));

test('a Reporting month past every area figure is warned of at the setting, naming the areas and the single cells', async () => {
  const { file, office } = await bothGateways(workbook(5, [3, 4]));
  for (const outcome of [file, office]) {
    expect(behind(outcome)).toEqual([
      'warning areas-behind-month: Settings!B2: The Reporting month is May 2017, but North and South have no figures for it (the latest are for April 2017), so their results are all "-"; ' +
        "and 1 indicator reads single cells (Figures!B2) as May 2017's figures: if they still hold Apr 2017's, those are shown as May 2017's. " +
        'If the scorecard is for April 2017, set "Reporting month" to its month end (or leave it blank for the latest month with figures); otherwise add May 2017\'s figures for the areas.',
    ]);
  }
});

test('nothing is said when the areas have the reporting month, or when there are no areas to tell by', async () => {
  const current = (await bothGateways(workbook(4, [3, 4]))).file;
  expect(current.ok).toBe(true);
  expect(behind(current)).toEqual([]);
  const noAreas = (await bothGateways(workbook(5, []))).file;
  expect(noAreas.ok).toBe(true);
  expect(behind(noAreas)).toEqual([]);
});
