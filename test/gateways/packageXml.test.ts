/**
 * The file gateway's own XML: names read from workbook.xml, and text written into sheet parts.
 */
import { definedNames, PackageBook } from '../../src/gateways/exceljs/packageBook';
import ExcelJS from 'exceljs';
import { decodeXstring } from '../../src/gateways/exceljs/cellValues';
import { modelBook } from '../../src/gateways/exceljs/modelBook';
import { XlsxPackage } from '../../src/gateways/exceljs/xlsxPackage';
import { sheetXml, xmlText } from '../../src/gateways/exceljs/sheetXml';
import type { SheetPlan } from '../../src/plan';

test('names: cells, several areas, formulas and constants are told apart; a sheet’s own name comes after the workbook’s, with its sheet', () => {
  const xml =
    '<workbook><definedNames>' +
    '<definedName name="Visits" localSheetId="0">Figures!$B$2</definedName>' +
    '<definedName name="Visits">&apos;County figures&apos;!$C$10</definedName>' +
    '<definedName name="Two">Figures!$A$1,Figures!$C$3:$D$4</definedName>' +
    '<definedName name="Latest">INDEX(Figures!$B:$B,COUNT(Figures!$B:$B)+1)</definedName>' +
    '<definedName name="Rate">0.25</definedName>' +
    '<definedName name="Gone">#REF!</definedName>' +
    '</definedNames></workbook>';
  expect(definedNames(xml, ['Figures'])).toEqual([
    { name: 'Visits', ranges: ["'County figures'!$C$10"], refersTo: "'County figures'!$C$10" },
    { name: 'Two', ranges: ['Figures!$A$1', 'Figures!$C$3:$D$4'], refersTo: 'Figures!$A$1,Figures!$C$3:$D$4' },
    { name: 'Latest', refersTo: 'INDEX(Figures!$B:$B,COUNT(Figures!$B:$B)+1)' },
    { name: 'Rate', refersTo: '0.25' },
    { name: 'Gone', refersTo: '#REF!' },
    { name: 'Visits', ranges: ['Figures!$B$2'], refersTo: 'Figures!$B$2', scope: 'Figures' },
  ]);
});

test('text: markup characters escaped, characters XML cannot hold written as _xHHHH_, a literal _xHHHH_ kept', () => {
  expect(xmlText('A & B < C > "D"')).toBe('A &amp; B &lt; C &gt; &quot;D&quot;');
  expect(xmlText('tab\there, bell\u0007, form\u000c')).toBe('tab\there, bell_x0007_, form_x000C_');
  expect(xmlText('code _x0041_ as typed')).toBe('code _x005F_x0041_ as typed');
});

test('text read from a part: _xHHHH_ is the character it stands for, _x005F_ a literal underscore', () => {
  expect(decodeXstring('Kent_x000D_\nis in touch')).toBe('Kent\r\nis in touch');
  expect(decodeXstring('code _x005F_x0041_ as typed')).toBe('code _x0041_ as typed');
  expect(decodeXstring(xmlText('tab\there, bell\u0007, _x0041_').replace(/&amp;/g, '&'))).toBe('tab\there, bell\u0007, _x0041_');
});

test('a merge people made that the grown output now covers is left out; one beyond it is kept', () => {
  const plan: SheetPlan = {
    name: 'Scorecard',
    role: 'scorecard',
    cells: [
      [{ value: 'a' }, { value: 'b' }],
      [{ value: 1 }, { value: 2 }],
      [{ value: 3 }, { value: 4 }],
    ],
    columnWidths: [10, 10],
    rowHeights: {},
    styles: [],
    merges: ['A3:B3'],
    conditionalFormats: [],
  };
  const kept = {
    cells: new Map(),
    heights: new Map(),
    columns: new Map(),
    merges: ['A3:B4', 'A6:B6', 'D1:E1'],
    lastRow: 6,
    lastColumn: 5,
  };
  const xml = sheetXml({ plan, styles: { at: () => 0 }, dxfOf: () => 0, kept });
  expect([...xml.matchAll(/<mergeCell ref="([^"]+)"/g)].map((m) => m[1])).toEqual(['A3:B3', 'A6:B6', 'D1:E1']);
});

test('a large sheet read in pieces, each ending at a row’s end, gives what its whole text gives', async () => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Data');
  sheet.addRow(['ID', 'Area', 'Month end', 'Numerator', 'Denominator', 'Note']);
  for (let i = 0; i < 70_000; i++)
    sheet.addRow([i % 97, `Area ${i % 50} – ünïcode`, 43_000 + (i % 36), i * 3, i * 7, i % 11 ? null : 'checked']);
  // A merge and a link, written after the cells: found before the cells are read, the part inflated a piece at a time.
  sheet.mergeCells('D5:E5');
  sheet.getCell('D9').value = { text: '27', hyperlink: 'https://example.org/' };
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  const pkg = XlsxPackage.fromBytes(bytes);
  expect(pkg.size(pkg.sheets[0]!.path)).toBeGreaterThan(8 * 1024 * 1024); // so it is read in several pieces
  const box = { top: 1, left: 1, bottom: 70_001, right: 6 };
  const pieces = new PackageBook(pkg, false).sheet('Data')!.readTable(box);
  const whole = modelBook(workbook).sheet('Data')!.readTable(box);
  expect(pieces.range.cells.length).toBe(70_001);
  expect([pieces.range.cells[4]?.[4], pieces.range.cells[8]?.[3]]).toEqual([null, '27']);
  expect(pieces).toEqual(whole);
});
