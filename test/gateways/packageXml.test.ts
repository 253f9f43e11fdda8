/**
 * The file gateway's own XML: names read from workbook.xml, and text written into sheet parts.
 */
import { definedNames } from '../../src/gateways/exceljs/packageBook';
import { xmlText } from '../../src/gateways/exceljs/sheetXml';

test('names: cells, several areas, formulas and constants are told apart; a sheet’s own name comes after the workbook’s', () => {
  const xml =
    '<workbook><definedNames>' +
    '<definedName name="Visits" localSheetId="0">Figures!$B$2</definedName>' +
    '<definedName name="Visits">&apos;County figures&apos;!$C$10</definedName>' +
    '<definedName name="Two">Figures!$A$1,Figures!$C$3:$D$4</definedName>' +
    '<definedName name="Latest">INDEX(Figures!$B:$B,COUNT(Figures!$B:$B)+1)</definedName>' +
    '<definedName name="Rate">0.25</definedName>' +
    '<definedName name="Gone">#REF!</definedName>' +
    '</definedNames></workbook>';
  expect(definedNames(xml)).toEqual([
    { name: 'Visits', ranges: ["'County figures'!$C$10"], refersTo: "'County figures'!$C$10" },
    { name: 'Two', ranges: ['Figures!$A$1', 'Figures!$C$3:$D$4'], refersTo: 'Figures!$A$1,Figures!$C$3:$D$4' },
    { name: 'Latest', refersTo: 'INDEX(Figures!$B:$B,COUNT(Figures!$B:$B)+1)' },
    { name: 'Rate', refersTo: '0.25' },
    { name: 'Gone', refersTo: '#REF!' },
    { name: 'Visits', ranges: ['Figures!$B$2'], refersTo: 'Figures!$B$2' },
  ]);
});

test('text: markup characters escaped, characters XML cannot hold written as _xHHHH_, a literal _xHHHH_ kept', () => {
  expect(xmlText('A & B < C > "D"')).toBe('A &amp; B &lt; C &gt; &quot;D&quot;');
  expect(xmlText('tab\there, bell\u0007, form\u000c')).toBe('tab\there, bell_x0007_, form_x000C_');
  expect(xmlText('code _x0041_ as typed')).toBe('code _x005F_x0041_ as typed');
});
