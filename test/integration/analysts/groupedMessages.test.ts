/**
 * One message per cause, not one per cell and indicator: a column of numbers stored as text (14)
 * gave 24 errors, a block of formulas with no saved results (12) 288.
 */
import { COUNT_ROW, LAST_ROW, localityWorkbook, RATE_ROW } from '../../helpers/localityBlock';
import { bothGateways, said } from './both';

const count = COUNT_ROW();

test('numbers stored as text down a block two indicators share: one error, naming the first cell and counting the rest', async () => {
  const make = () => {
    const wb = localityWorkbook({ catalogue: [RATE_ROW(), count] });
    const sheet = wb.getWorksheet('Locality data')!;
    for (let row = 5; row <= LAST_ROW; row++) {
      sheet.getCell(row, 2).value = String(sheet.getCell(row, 2).value);
      sheet.getCell(row, 4).value = String(sheet.getCell(row, 4).value);
    }
    sheet.getCell(9, 3).value = 'n/a';
    return wb;
  };
  const { file, office } = await bothGateways(make);
  for (const outcome of [file, office]) {
    const errors = said(outcome).filter((s) => s.startsWith('error'));
    expect(errors).toHaveLength(2);
    expect(errors[0]).toContain("'Locality data'!B5 (Apr 2023)");
    expect(errors[0]).toContain('so do 47 more of its cells (D5, B6, D6, …)');
    expect(errors[1]).toContain(
      "'Locality data'!C9 (Aug 2023), which Denominator ref 'Locality data'!B5:E28 points at, holds the text \"n/a\", not a number.",
    );
  }
});
