/**
 * Sheets read from their XML (as large sheets are) give the engine exactly what ExcelJS's model
 * gives it: every workbook here is recalculated both ways, with every sheet streamed, and the
 * results, issues and written output sheets compared.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { recalculate } from '../../src/app/recalculate';
import { buildKentWorkbook } from '../../src/example/kentExample';
import { buildMonthlyReturnWorkbook } from '../../src/example/monthlyReturnExample';
import { describeIssue } from '../../src/engine';
import { ExcelJsGateway, outputSheets, readBox } from '../../src/gateways/exceljs';
import { withoutCells } from '../../src/gateways/exceljs/leanOpen';
import { XlsxPackage } from '../../src/gateways/exceljs/xlsxPackage';
import { expectInputPartsUnchanged } from '../helpers/packageParts';

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

test.each(cases)('%s: every sheet read from its XML gives what the ExcelJS model gives', async (_, make) => {
  const path = await make();
  const model = await ExcelJsGateway.fromFile(path, { streamAbove: Number.MAX_SAFE_INTEGER });
  const streamed = await ExcelJsGateway.fromFile(path, { streamAbove: 0 });
  const outputs = new Set(Object.values(outputSheets(model.workbook)));
  for (const sheet of model.workbook.worksheets) {
    if (sheet.rowCount === 0 || outputs.has(sheet.name)) continue;
    const box = `A1:${String.fromCharCode(64 + Math.min(26, sheet.columnCount))}${sheet.rowCount}`;
    const other = streamed.workbook.getWorksheet(sheet.name)!;
    expect(other.rowCount).toBe(0); // its cells were left out of the model
    expect(readBox(other, box)).toEqual(readBox(sheet, box));
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
  const again = await ExcelJsGateway.fromFile(out, { streamAbove: Number.MAX_SAFE_INTEGER });
  expect(again.workbook.worksheets.length).toBeGreaterThanOrEqual(model.workbook.worksheets.length);
});

test('a sheet part loses only its cells', () => {
  const xml =
    '<worksheet><dimension ref="A1:B2"/><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData><mergeCells count="0"/></worksheet>';
  expect(withoutCells(xml)).toBe('<worksheet><dimension ref="A1:B2"/><sheetData/><mergeCells count="0"/></worksheet>');
  expect(withoutCells('<x:worksheet><x:sheetData></x:sheetData></x:worksheet>')).toBe(
    '<x:worksheet><x:sheetData/></x:worksheet>',
  );
  expect(XlsxPackage).toBeDefined();
});
