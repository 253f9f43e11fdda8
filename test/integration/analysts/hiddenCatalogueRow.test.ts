/**
 * A hidden catalogue row reads two ways: hidden to leave the indicator out, or only to tidy the
 * sheet. Every gateway reads which rows are hidden (Office.js: Range.rowHidden; files: the row's
 * hidden flag) and the run warns at the row, scoring the indicator as before.
 */
import { catalogueRow, miniWorkbook } from '../../helpers/miniWorkbook';
import { bothGateways, resultOf, said } from './both';

const make = (hide: number[]) => () => {
  const wb = miniWorkbook({
    catalogue: [catalogueRow({ ID: 1 }), catalogueRow({ ID: 2, Indicator: 'Visits again' }), catalogueRow({ ID: 3 })],
  });
  for (const row of hide) wb.getWorksheet('Catalogue')!.getRow(row).hidden = true;
  return wb;
};

test('a hidden indicator row is scored, with a warning at its row, the same through every gateway', async () => {
  const { file, office } = await bothGateways(make([3]));
  for (const outcome of [file, office]) {
    expect(said(outcome).filter((line) => line.includes('hidden'))).toEqual([
      'warning hidden-catalogue-row: Catalogue!A3, indicator 2: Indicator 2 (Catalogue row 3) is hidden, but it is scored like every other indicator. Unhide the row to see it. To leave the indicator out of the scorecard, delete its row.',
    ]);
    expect(resultOf(outcome, 'Kent', '2').current.value).toBeCloseTo(0.9);
  }
});

test('nothing is said when no row is hidden, or of a hidden row below the table', async () => {
  const { file, office } = await bothGateways(make([40]));
  for (const outcome of [file, office]) expect(said(outcome).filter((line) => line.includes('hidden'))).toEqual([]);
});

test('every indicator row hidden: each is named', async () => {
  const { file, office } = await bothGateways(make([2, 3, 4]));
  for (const outcome of [file, office]) {
    expect(outcome.issues.filter((i) => i.code === 'hidden-catalogue-row').map((i) => i.indicatorId)).toEqual(['1', '2', '3']);
  }
});
