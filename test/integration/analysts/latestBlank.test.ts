/**
 * One blank cell in the latest month (07c): only that month's result is "-"; last month's and
 * last year's periods are complete and still shown, with no arrow, as there is nothing to compare.
 */
import { LAST_ROW, localityWorkbook, referrals, reReferrals } from '../../helpers/localityBlock';
import { bothGateways, resultOf, said } from './both';

const rate = (a: number, from: number, to: number): number => {
  let num = 0;
  let den = 0;
  for (let m = from; m <= to; m++) {
    num += reReferrals(a, m);
    den += referrals(a, m);
  }
  return num / den;
};

test("a blank latest-month numerator for one area leaves that area's earlier periods standing", async () => {
  const make = () => {
    const wb = localityWorkbook();
    wb.getWorksheet('Locality data')!.getCell(`G${LAST_ROW}`).value = null;
    return wb;
  };
  const { file, office } = await bothGateways(make);
  for (const outcome of [file, office]) {
    const east = resultOf(outcome, 'Eastborough', '101');
    expect(east.current.value).toBeUndefined();
    expect(east.monthAgo).toMatchObject({ month: '2025-02', direction: undefined });
    expect(east.monthAgo?.value).toBeCloseTo(rate(0, 11, 22), 12);
    expect(east.yearAgo?.value).toBeCloseTo(rate(0, 0, 11), 12);
    // The rolling 3 months to March needs March, so it is "-" too.
    expect(east.rolling3?.value).toBeUndefined();
    expect(resultOf(outcome, 'Åre Ñorth', '101').current.value).toBeCloseTo(rate(1, 12, 23), 12);
    expect(said(outcome).filter((s) => s.startsWith('warning series-blank'))).toHaveLength(1);
  }
});
