/**
 * Input Excel accepts that was refused: workbook names with accented letters, and months typed as
 * text the way Excel shows mmm-yy dates ("Apr-23").
 */
import { parseReference } from '../../../src/engine/address';
import { looksLikeMonthText, parseMonth } from '../../../src/engine/months';
import { expectedRate, FIRST_ROW, localityWorkbook, MONTH_COUNT, RATE_ROW } from '../../helpers/localityBlock';
import { catalogueRow, miniWorkbook } from '../../helpers/miniWorkbook';
import { bothGateways, resultOf, said } from './both';

describe('workbook names as Excel allows them', () => {
  test.each(['Seen_Timeé', 'Seen.In_Timeé', 'Łódź_Visits', 'Straße', '_x', '\\Total', 'CP.Total?'])('%j is a name', (name) => {
    expect(parseReference(name)).toEqual({ kind: 'name', name, text: name });
  });

  test.each(['A1', 'é1 2', '1abc', 'R', 'c', 'CP Total', 'Seen-Time'])('%j is not a name', (text) => {
    expect(parseReference(text)?.kind).not.toBe('name');
  });

  test('a name with an accented letter is read through both gateways', async () => {
    const make = () =>
      miniWorkbook({
        catalogue: [catalogueRow({ 'Numerator ref': 'Seen_Timeé', 'Denominator ref': 'CP.Totalé' })],
        names: { Seen_Timeé: 'Figures!$B$2', 'CP.Totalé': 'Figures!$C$2' },
      });
    const { file, office } = await bothGateways(make);
    for (const outcome of [file, office]) {
      expect(resultOf(outcome, 'Kent', '1').current).toMatchObject({ numerator: 180, denominator: 200, text: '90.0%' });
    }
  });
});

describe('months typed as text in the mmm-yy style Excel displays', () => {
  test.each([
    ['Apr-23', '2023-04'],
    ['Apr 23', '2023-04'],
    ['Apr-2023', '2023-04'],
    ['apr - 2023', '2023-04'],
    ['Sept 24', '2024-09'],
    ['Apr 2023', '2023-04'],
  ])('%j is %s', (text, month) => expect(parseMonth(text)).toBe(month));

  test.each(['Apr', 'Apr-3', 'Apr-023', 'Ap-23', 'Month 23'])('%j is not a month', (text) =>
    expect(parseMonth(text)).toBeUndefined(),
  );

  test('text that looks like a month but is not read as one is told apart', () => {
    expect(["Apr '23", 'Apr.23', '04/2023', 'Sept, 2024'].every(looksLikeMonthText)).toBe(true);
    expect(['Total', 'Month', 'Referrals 2023', '12'].some(looksLikeMonthText)).toBe(false);
  });

  const labelled = (label: (m: number) => string) => () => {
    const wb = localityWorkbook({
      catalogue: [RATE_ROW({ 'Numerator ref': "'Locality data'!G:J", 'Denominator ref': "'Locality data'!B:E" })],
    });
    const sheet = wb.getWorksheet('Locality data')!;
    const names = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    for (let m = 0; m < MONTH_COUNT; m++) {
      const index = 3 + m;
      sheet.getCell(FIRST_ROW + m, 1).value = label(index)
        .replace('MMM', names[index % 12]!)
        .replace('YY', String(23 + Math.floor(index / 12)));
    }
    return wb;
  };

  test.each(['MMM-YY', 'MMM YY', 'MMM-20YY'])(
    'a month column of %j text is read as months, by both gateways',
    async (pattern) => {
      const { file, office } = await bothGateways(labelled(() => pattern));
      for (const outcome of [file, office])
        expect(resultOf(outcome, 'Łódź Ward', '101').current.value).toBeCloseTo(expectedRate(2), 12);
    },
  );

  test('month-like text that cannot be read is named at its first cell', async () => {
    const { file, office } = await bothGateways(labelled(() => "MMM 'YY"));
    for (const outcome of [file, office]) {
      expect(said(outcome)[0]).toBe(
        `error series-no-months: Catalogue!N2, indicator 101: Numerator ref 'Locality data'!G:J is read as monthly figures, but the months beside it could not be found: column A holds "Apr '23" at A${FIRST_ROW}, month-like text, which is not read as a month: type the months as dates (the month end, day first: 30/04/2023), or as text like "Apr 2023" or "Apr-23". Put the month ends in a column left of the figures (a row above, for months across), one a row, or say where they are in the catalogue's Months ref column (for example 'Locality data'!A:A).`,
      );
    }
  });
});
