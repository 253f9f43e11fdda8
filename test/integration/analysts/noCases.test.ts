/** Months with no cases (0 of 0) are said once an area, for the months the scorecard uses (09b). */
import { LAST_ROW, localityWorkbook } from '../../helpers/localityBlock';
import { bothGateways } from './both';

test('an area with 0 of 0 in every month: one warning, not one a month', async () => {
  const make = () => {
    const wb = localityWorkbook();
    const sheet = wb.getWorksheet('Locality data')!;
    for (let row = 5; row <= LAST_ROW; row++) {
      sheet.getCell(row, 5).value = 0;
      sheet.getCell(row, 10).value = 0;
    }
    return wb;
  };
  const { file, office } = await bothGateways(make);
  for (const outcome of [file, office]) {
    expect(outcome.issues.filter((i) => i.code === 'no-cases').map((i) => i.at?.cell)).toEqual(['E5']);
  }
});
