/**
 * A workbook name over a monthly column behaves as the range it stands for (04): it was refused as
 * "covers 24 cells, but the Settings table lists 4 areas" while the same address typed out worked.
 */
import { expectedRate, LAST_ROW, localityWorkbook, RATE_ROW } from '../../helpers/localityBlock';
import { bothGateways, resultOf, said } from './both';

const named = (numerator: string, denominator: string) => () => {
  const wb = localityWorkbook({
    catalogue: [RATE_ROW({ 'Numerator ref': 'ReReferrals_East', 'Denominator ref': 'Referrals_Ést' })],
  });
  wb.definedNames.add(numerator, 'ReReferrals_East');
  wb.definedNames.add(denominator, 'Referrals_Ést');
  return wb;
};

test('names over one month column each are read as the monthly series they stand for, by both gateways', async () => {
  const { file, office } = await bothGateways(
    named(`'Locality data'!$G$5:$G$${LAST_ROW}`, `'Locality data'!$B$5:$B$${LAST_ROW}`),
  );
  for (const outcome of [file, office]) {
    // The names give Eastborough's figures only: the other three areas the setting lists have none.
    expect(said(outcome).map((line) => line.split(':')[0])).toEqual(['warning area-no-figures']);
    expect(resultOf(outcome, 'Eastborough', '101').current.value).toBeCloseTo(expectedRate(0), 12);
    expect(resultOf(outcome, 'Eastborough', '101').monthAgo?.month).toBe('2025-02');
  }
});

test('names over blocks of area columns are matched to the areas by their headers, like the ranges', async () => {
  const { file, office } = await bothGateways(
    named(`'Locality data'!$G$5:$J$${LAST_ROW}`, `'Locality data'!$B$5:$E$${LAST_ROW}`),
  );
  for (const outcome of [file, office]) {
    expect(resultOf(outcome, 'Łódź Ward', '101').current.value).toBeCloseTo(expectedRate(2), 12);
    expect(resultOf(outcome, 'Ynys Môn Ŵest', '101').current.value).toBeCloseTo(expectedRate(3), 12);
  }
});
