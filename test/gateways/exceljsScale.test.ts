/**
 * The ExcelJS gateway at scale (issue 11, class 7): reading never creates rows or cells, so a
 * table that runs to the sheet's last row is read to its last filled row and the file does not
 * grow; a sheet whose filled cells reach its far corner is a located error, not an hour's read;
 * many merges are applied in one pass. Sizes, never times: `npx tsx scripts/scale.ts` prints those.
 */
import type ExcelJS from 'exceljs';
import { recalculate } from '../../src/app/recalculate';
import { describeIssue } from '../../src/engine';
import { applyPlan, ExcelJsGateway } from '../../src/gateways/exceljs';
import type { SheetPlan } from '../../src/plan';
import { checksum, miniWorkbook } from '../helpers/miniWorkbook';

const april = new Date(Date.UTC(2017, 3, 30));
const LAST_ROW = 1_048_576;

/** A data table whose range Excel says runs to the sheet's last row (rows added then cleared, say). */
function tableToLastRow(): ExcelJS.Workbook {
  const wb = miniWorkbook({
    catalogue: undefined,
    data: [{ 'Indicator ID': 1, Area: 'Kent', 'Month end': new Date(Date.UTC(2017, 2, 31)), Numerator: 170, Denominator: 200 }],
  });
  const data = wb.getWorksheet('Data')!;
  (data.getTable('ScorecardData') as unknown as { table: { tableRef: string } }).table.tableRef = `A1:H${LAST_ROW}`;
  return wb;
}

test('a table running to the last row is read to its last filled row, and nothing is added to its sheet', async () => {
  const wb = tableToLastRow();
  const before = checksum(wb, ['Data']);
  const size = (await wb.xlsx.writeBuffer()).byteLength;
  const outcome = await recalculate(new ExcelJsGateway(wb), { checkOnly: true });
  expect(outcome.issues.map(describeIssue)).toEqual([]);
  expect(outcome.ok && outcome.results.byArea.get('Kent')?.[0]?.monthAgo?.value).toBeCloseTo(0.85);
  const data = wb.getWorksheet('Data')!;
  expect(data.rowCount).toBe(2);
  expect(checksum(wb, ['Data'])).toBe(before);
  expect((await wb.xlsx.writeBuffer()).byteLength).toBeLessThan(size * 1.01);
});

test('reading a range never creates the rows and cells it covers', async () => {
  const wb = miniWorkbook();
  const figures = wb.getWorksheet('Figures')!;
  const { readBox } = await import('../../src/gateways/exceljs');
  const { modelBook } = await import('../../src/gateways/exceljs/modelBook');
  const range = readBox(modelBook(wb).sheet('Figures')!, 'A1:E40');
  expect(range.cells).toHaveLength(40);
  expect(range.cells[1]).toEqual(['CP visits', 180, 200, null, null]);
  expect(figures.rowCount).toBe(2);
  expect(figures.getRow(2).cellCount).toBe(3);
});

test("a settings sheet whose filled cells reach the sheet's far corner is a located error, read in a moment", async () => {
  const wb = miniWorkbook({ settings: [] });
  wb.removeWorksheet(wb.getWorksheet('Settings')!.id);
  const settings = wb.addWorksheet('Settings');
  settings.getRow(1).values = ['Setting', 'Value'];
  settings.getRow(2).values = ['Reporting month', april];
  settings.getRow(3).values = ['Area', 'Kent'];
  settings.getCell(LAST_ROW, 16_384).value = 'x';
  const outcome = await recalculate(new ExcelJsGateway(wb));
  expect(outcome.ok).toBe(false);
  expect(outcome.issues.map(describeIssue)[0]).toBe(
    "Settings!XFD1048576: The Settings table's cells run from A1 to XFD1048576, 17,179,869,184 cells, far more than a scorecard table holds (at most 16,777,216), so it was not read: something was typed far below or to the right of the table. Clear the cells below and to the right of the table's last real row and column (Ctrl+End shows where they end), or make it an Excel table (Insert > Table), then run again.",
  );
  expect(settings.rowCount).toBe(LAST_ROW);
  expect(settings.actualRowCount).toBe(4);
});

test('thousands of merges are applied, and merges that overlap are refused as a programming error', () => {
  const merged = (merges: string[]): SheetPlan => ({
    name: 'Merged',
    role: 'summary',
    cells: [[{ value: 'x' }]],
    columnWidths: [],
    rowHeights: {},
    styles: [],
    merges,
    conditionalFormats: [],
  });
  const wb = miniWorkbook();
  const many = Array.from({ length: 5_000 }, (_, i) => `A${i + 1}:J${i + 1}`);
  applyPlan(wb, { sheets: [merged(many)] });
  const sheet = wb.getWorksheet('Merged')!;
  expect(Object.keys((sheet as unknown as { _merges: object })._merges)).toHaveLength(5_000);
  expect(sheet.getCell('J5000').isMerged).toBe(true);
  expect(() => applyPlan(miniWorkbook(), { sheets: [merged(['A1:B2', 'B2:C3'])] })).toThrow(/overlap at B2:C3/);
});

test('saving shares one empty style among unstyled cells only while it writes, and writes the same file', async () => {
  const wb = miniWorkbook({ data: [{ 'Indicator ID': 1, Area: 'Kent', 'Month end': april, Numerator: 1, Denominator: 2 }] });
  const figures = wb.getWorksheet('Figures')!;
  figures.getCell('E2').value = { formula: 'DATE(2017,4,30)', result: april } as ExcelJS.CellFormulaValue;
  figures.getCell('E3').value = { formula: '1+1', result: 2 } as ExcelJS.CellFormulaValue;
  const { writeXlsxBuffer } = await import('../../src/gateways/exceljs');
  const plain = Buffer.from(await wb.xlsx.writeBuffer());
  const shared = await writeXlsxBuffer(wb);
  const reread = async (bytes: Buffer) => {
    const { openWorkbook } = await import('../../src/gateways/exceljs');
    return checksum((await openWorkbook(bytes)).workbook);
  };
  expect(await reread(shared)).toBe(await reread(plain));
  const data = wb.getWorksheet('Data')!;
  data.getCell('A2').numFmt = '0.0';
  expect(data.getCell('B2').numFmt).toBeUndefined();
});
