/**
 * A block of area columns is matched to the Areas setting by the headers above it, never by
 * position alone: a Settings list in another order once gave Łódź Ward Åre Ñorth's figures.
 */
import { AREAS, COUNT_ROW, expectedRate, localityWorkbook, RATE_ROW } from '../../helpers/localityBlock';
import { bothGateways, resultOf, said } from './both';

describe('areas across the columns, matched by their headers', () => {
  test('an Areas setting in another order than the columns: each area gets its own column', async () => {
    const order = ['Eastborough', 'Łódź Ward', 'Åre Ñorth', 'Ynys Môn Ŵest'];
    const { file, office } = await bothGateways(() => localityWorkbook({ areas: order }));
    for (const outcome of [file, office]) {
      AREAS.forEach((area, a) => expect(resultOf(outcome, area, '101').current.value).toBeCloseTo(expectedRate(a), 12));
      expect(said(outcome).filter((s) => !s.startsWith('warning small-denominator'))).toEqual([]);
    }
  });

  test('headers matched ignoring case and spacing, as area names are everywhere else', async () => {
    const headers = ['EASTBOROUGH', ' åre  ñorth', 'Łódź ward', 'Ynys Môn Ŵest '];
    const { file, office } = await bothGateways(() => localityWorkbook({ headers }));
    for (const outcome of [file, office]) {
      expect(resultOf(outcome, 'Åre Ñorth', '101').current.value).toBeCloseTo(expectedRate(1), 12);
    }
  });

  test('a denominator block whose columns are in another order is matched by its own headers', async () => {
    const make = () => {
      const wb = localityWorkbook();
      const sheet = wb.getWorksheet('Locality data')!;
      // Swap the referrals of Åre Ñorth (C) and Łódź Ward (D), headers and figures together.
      for (let row = 4; row <= 28; row++) {
        const c = sheet.getCell(row, 3).value;
        sheet.getCell(row, 3).value = sheet.getCell(row, 4).value;
        sheet.getCell(row, 4).value = c;
      }
      return wb;
    };
    const { file, office } = await bothGateways(make);
    for (const outcome of [file, office]) {
      AREAS.forEach((area, a) => expect(resultOf(outcome, area, '101').current.value).toBeCloseTo(expectedRate(a), 12));
    }
  });

  test('with no header row the columns are the Areas setting in order, and a warning says so once', async () => {
    const { file, office } = await bothGateways(() => localityWorkbook({ headers: null }));
    for (const outcome of [file, office]) {
      AREAS.forEach((area, a) => expect(resultOf(outcome, area, '101').current.value).toBeCloseTo(expectedRate(a), 12));
      expect(said(outcome).filter((s) => s.startsWith('warning areas-by-order'))).toHaveLength(2);
    }
  });

  test('a count block shared by two indicators is warned about once', async () => {
    const count = COUNT_ROW();
    const { file } = await bothGateways(() => localityWorkbook({ headers: null, catalogue: [RATE_ROW(), count] }));
    expect(said(file).filter((s) => s.startsWith('warning areas-by-order'))).toHaveLength(2);
  });
});
