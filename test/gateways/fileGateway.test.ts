/**
 * The file gateway (the CLI's) writes each output sheet straight from the plan into the file's
 * own package, without ExcelJS. Here it is held to the ExcelJS gateway, which writes the same plan
 * through ExcelJS's model: opened again with ExcelJS, every output sheet must hold the same
 * cells, formulas and saved results, number formats, fonts, fills, alignment, merges,
 * conditional formats, widths, heights, frozen panes, tab colours, print set-up and names.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { recalculate } from '../../src/app/recalculate';
import { buildKentWorkbook } from '../../src/example/kentExample';
import { buildMonthlyReturnWorkbook } from '../../src/example/monthlyReturnExample';
import { ExcelJsGateway, outputSheets } from '../../src/gateways/exceljs';
import { FileGateway } from '../../src/gateways/exceljs/fileGateway';
import { comparableFromExcelJs } from '../fakes/excel/bridge';

const NOW = new Date(Date.UTC(2017, 4, 10, 9, 30));
const dir = mkdtempSync(join(tmpdir(), 'file-gateway-'));

async function load(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

/** Everything about a written sheet that a user sees or prints. */
function seen(sheet: ExcelJS.Worksheet) {
  const results: string[] = [];
  sheet.eachRow((row, r) =>
    row.eachCell((cell, c) => {
      const v = cell.value;
      if (v && typeof v === 'object' && 'formula' in v) results.push(`${r},${c}=${JSON.stringify(v.result ?? null)}`);
    }),
  );
  // ExcelJS leaves out a width of 9, its own default, which the file gateway writes as planned.
  const widths = (sheet.columns ?? []).map((column) => (column.width === 9 ? null : (column.width ?? null)));
  while (widths.length && widths[widths.length - 1] === null) widths.pop();
  const setup = sheet.pageSetup;
  const breaks = (sheet as unknown as { rowBreaks?: { id: number }[] }).rowBreaks?.map((b) => b.id) ?? [];
  return {
    ...comparableFromExcelJs(sheet),
    results,
    widths,
    print: [setup.orientation, setup.fitToWidth, setup.fitToHeight, setup.paperSize, setup.printTitlesRow ?? ''],
    breaks,
  };
}

async function bothWays(bytes: Buffer, name: string) {
  const input = join(dir, `${name}.xlsx`);
  writeFileSync(input, bytes);
  const model = new ExcelJsGateway(await load(bytes));
  const viaModel = await recalculate(model, { now: () => NOW });
  const file = await FileGateway.fromFile(input);
  const viaFile = await recalculate(file, { now: () => NOW });
  expect(viaFile.ok).toBe(true);
  expect(viaModel.ok).toBe(true);
  return { model: await load(await model.toBuffer()), file: await load(await file.toBuffer()), fileBytes: await file.toBuffer() };
}

function expectSameOutput(model: ExcelJS.Workbook, file: ExcelJS.Workbook): void {
  const sheets = outputSheets(model);
  expect(outputSheets(file)).toEqual(sheets);
  for (const sheetName of Object.values(sheets)) {
    const expected = seen(model.getWorksheet(sheetName)!);
    const actual = seen(file.getWorksheet(sheetName)!);
    expect({ sheetName, ...actual }).toEqual({ sheetName, ...expected });
  }
}

const bytesOf = async (workbook: ExcelJS.Workbook) => Buffer.from(await workbook.xlsx.writeBuffer());

test.each([
  ['Kent', buildKentWorkbook],
  ['the monthly return', buildMonthlyReturnWorkbook],
])('%s: the file gateway writes what the ExcelJS gateway writes', async (name, build) => {
  const { model, file } = await bothWays(await bytesOf(build()), name.replace(/\s/g, '-'));
  expectSameOutput(model, file);
});

test('a rerun over earlier output, with notes typed beside and below the scorecard, writes the same and keeps the notes', async () => {
  const first = await bothWays(await bytesOf(buildKentWorkbook()), 'kent-first');
  const edited = await load(first.fileBytes);
  const scorecard = edited.getWorksheet('Scorecard')!;
  const below = scorecard.rowCount + 3;
  scorecard.getCell(`A${below}`).value = 'Checked by the team, 3 May';
  scorecard.getCell(`A${below}`).font = { bold: true };
  scorecard.getCell('W5').value = 'Ask about 14';
  scorecard.getRow(below).height = 40;
  scorecard.mergeCells(`B${below + 1}:D${below + 1}`);
  scorecard.getCell(`B${below + 1}`).value = 'merged note';
  const { model, file } = await bothWays(await bytesOf(edited), 'kent-rerun');
  expectSameOutput(model, file);
  const kept = file.getWorksheet('Scorecard')!;
  expect([kept.getCell(`A${below}`).value, kept.getCell('W5').value, kept.getCell(`B${below + 1}`).value]).toEqual([
    'Checked by the team, 3 May',
    'Ask about 14',
    'merged note',
  ]);
  expect(kept.getCell(`A${below}`).font?.bold).toBe(true);
  expect(kept.getRow(below).height).toBe(40);
});
