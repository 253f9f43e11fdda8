/** A reference into another workbook is said to be one, for numerator and denominator together (31, 31c). */
import { catalogueRow, miniWorkbook } from '../../helpers/miniWorkbook';
import { bothGateways, said } from './both';

test('both references into another workbook are reported in the one run, as other workbooks', async () => {
  const make = () =>
    miniWorkbook({
      catalogue: [
        catalogueRow({ 'Numerator ref': "'C:\\Data\\[Other.xlsx]Figures'!B:B", 'Denominator ref': '[Other.xlsx]Figures!C2' }),
      ],
    });
  const { file, office } = await bothGateways(make);
  for (const outcome of [file, office]) {
    expect(said(outcome).map((s) => s.slice(0, s.indexOf(' which')))).toEqual([
      "error reference-other-workbook: Catalogue!N2, indicator 1: Numerator ref 'C:\\Data\\[Other.xlsx]Figures'!B:B refers to another workbook, Other.xlsx,",
      'error reference-other-workbook: Catalogue!O2, indicator 1: Denominator ref [Other.xlsx]Figures!C2 refers to another workbook, Other.xlsx,',
    ]);
  }
});
