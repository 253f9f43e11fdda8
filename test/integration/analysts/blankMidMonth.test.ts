/**
 * A blank month in the middle of a monthly series is a warning at the blank cell, as the README
 * says (07): the periods that need it are "-", the others stand.
 */
import { localityWorkbook } from '../../helpers/localityBlock';
import { bothGateways, resultOf, said } from './both';

test('a blank mid-series denominator month warns at its cell and blanks only the periods that need it', async () => {
  const make = () => {
    const wb = localityWorkbook();
    wb.getWorksheet('Locality data')!.getCell('B15').value = null; // Eastborough, February 2024
    return wb;
  };
  const { file, office } = await bothGateways(make);
  for (const outcome of [file, office]) {
    expect(said(outcome).filter((s) => s.startsWith('error'))).toEqual([]);
    expect(outcome.issues.filter((i) => i.code === 'series-blank').map((i) => i.at?.cell)).toEqual(['B15']);
    const east = resultOf(outcome, 'Eastborough', '101');
    expect(east.current.value).toBeDefined(); // April 2024 to March 2025
    expect(east.yearAgo).toBeUndefined(); // April 2023 to March 2024 needs February 2024
  }
});

test('a blank month inside the period names that cell as the reason the row has no figure (repro C3)', async () => {
  const make = () => {
    const wb = localityWorkbook();
    wb.getWorksheet('Locality data')!.getCell('B18').value = null; // Eastborough, May 2024: inside March 2025's R12M
    return wb;
  };
  const { file, office } = await bothGateways(make);
  for (const outcome of [file, office]) {
    const none = outcome.issues.filter((i) => i.code === 'no-figure' && i.message.includes('Eastborough'));
    expect(none).toHaveLength(1);
    expect(none[0]?.at?.cell).toBe('B18');
    expect(none[0]?.message).toContain("as 'Locality data'!B18 (May 2024, which its R12M needs) is blank");
  }
});
