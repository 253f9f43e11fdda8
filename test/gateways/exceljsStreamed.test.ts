/**
 * A workbook file read from its package's XML (the file gateway, the CLI's) gives the engine
 * exactly what ExcelJS's model gives it: every workbook here is read and recalculated both ways,
 * and the cells, results, issues and written output compared.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { recalculate } from '../../src/app/recalculate';
import { buildKentWorkbook } from '../../src/example/kentExample';
import { buildMonthlyReturnWorkbook } from '../../src/example/monthlyReturnExample';
import { describeIssue } from '../../src/engine';
import { ExcelJsGateway, outputSheets, readBox } from '../../src/gateways/exceljs';
import { FileGateway } from '../../src/gateways/exceljs/fileGateway';
import { modelBook } from '../../src/gateways/exceljs/modelBook';
import { PackageBook } from '../../src/gateways/exceljs/packageBook';
import { slideFormula } from '../../src/gateways/exceljs/sharedFormula';
import { XlsxPackage } from '../../src/gateways/exceljs/xlsxPackage';
import { expectInputPartsUnchanged } from '../helpers/packageParts';
import { withoutDrawings } from '../helpers/withoutDrawings';

const FIXTURES = join(__dirname, '..', 'fixtures', 'tools');
const dir = mkdtempSync(join(tmpdir(), 'scorecard-streamed-'));

async function written(name: string, build: () => { xlsx: { writeFile(path: string): Promise<void> } }): Promise<string> {
  const path = join(dir, name);
  await build().xlsx.writeFile(path);
  return path;
}

const cases: [string, () => Promise<string>][] = [
  ['Kent (ExcelJS)', () => written('kent.xlsx', buildKentWorkbook)],
  ['Northbrook monthly return', () => written('northbrook.xlsx', () => buildMonthlyReturnWorkbook())],
  ...readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.xlsx'))
    .map((f): [string, () => Promise<string>] => [f, async () => join(FIXTURES, f)]),
];

const at = () => new Date(2017, 4, 2, 9, 30);

/** Both readings of one file: ExcelJS's model of it, and its package. */
async function bothReadings(path: string) {
  const bytes = readFileSync(path);
  // ExcelJS cannot load some tools' charts: its model is made without them (the file gateway keeps them).
  const model = await ExcelJsGateway.fromBuffer(withoutDrawings(bytes));
  const book = new PackageBook(XlsxPackage.fromBytes(bytes), model.workbook.properties.date1904 === true);
  return { model, book, modelSheets: modelBook(model.workbook) };
}

test.each(cases)('%s: every sheet read from its XML gives what the ExcelJS model gives', async (_, make) => {
  const path = await make();
  const { model, book, modelSheets } = await bothReadings(path);
  const streamed = await FileGateway.fromFile(path);
  const outputs = new Set(Object.values(outputSheets(model.workbook)));
  for (const sheet of model.workbook.worksheets) {
    if (sheet.rowCount === 0 || outputs.has(sheet.name)) continue;
    const box = `A1:${String.fromCharCode(64 + Math.min(26, sheet.columnCount))}${sheet.rowCount}`;
    expect(readBox(book.sheet(sheet.name)!, box, true)).toEqual(readBox(modelSheets.sheet(sheet.name)!, box, true));
  }
  const [a, b] = [await recalculate(model, { now: at }), await recalculate(streamed, { now: at })];
  expect(b.ok).toBe(a.ok);
  expect(b.issues.map(describeIssue)).toEqual(a.issues.map(describeIssue));
  if (a.ok && b.ok) expect(b.summary).toEqual(a.summary);
  const input = readFileSync(path);
  const out = join(dir, 'out.xlsx');
  writeFileSync(out, await streamed.toBuffer());
  expectInputPartsUnchanged(input, readFileSync(out));
  // What was written reads again in full, with its output sheets.
  const again = await ExcelJsGateway.fromBuffer(withoutDrawings(readFileSync(out)));
  expect(again.workbook.worksheets.length).toBeGreaterThanOrEqual(model.workbook.worksheets.length);
});

test('a shared formula reads in each cell of its range as ExcelJS slides it', () => {
  expect(slideFormula('SUM(B2:C2)*$D$1+Data!E2', { row: 2, column: 1 }, { row: 5, column: 2 })).toBe('SUM(C5:D5)*$D$1+Data!F5');
  expect(slideFormula('ROUND(A1,2)', { row: 1, column: 2 }, { row: 3, column: 2 })).toBe('ROUND(A3,2)');
});

test('formula text behind a reference, shared formulas included, reads the same from the XML', async () => {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('Figures');
  [1, 2, 3].forEach((n) => (sheet.getCell(n, 1).value = n));
  sheet.getCell('B1').value = { formula: 'A1*2', result: 2, shareType: 'shared', ref: 'B1:B3' } as ExcelJS.CellValue;
  sheet.getCell('B2').value = { sharedFormula: 'B1', result: 4 } as ExcelJS.CellValue;
  sheet.getCell('B3').value = { sharedFormula: 'B1', result: 6 } as ExcelJS.CellValue;
  sheet.getCell('C1').value = { formula: 'SUM($A$1:A3)', result: 6 };
  const path = join(dir, 'formulas.xlsx');
  await wb.xlsx.writeFile(path);
  const { book, modelSheets } = await bothReadings(path);
  const read = (from: typeof book | typeof modelSheets) => readBox(from.sheet('Figures')!, 'A1:C3', true);
  expect(read(modelSheets).formulas?.map((f) => f.formula)).toEqual(['A1*2', 'SUM($A$1:A3)', 'A2*2', 'A3*2']);
  expect(read(book)).toEqual(read(modelSheets));
  // A box below the shared formula's first cell still finds its text.
  const below = (from: typeof book | typeof modelSheets) => readBox(from.sheet('Figures')!, 'B3:B3', true);
  expect(below(book)).toEqual(below(modelSheets));
});
