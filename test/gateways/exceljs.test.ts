import ExcelJS from 'exceljs';
import { recalculate } from '../../src/app/recalculate';
import { buildKentWorkbook } from '../../src/example/kentExample';
import { ExcelJsGateway } from '../../src/gateways/exceljs';
import { writeAndReload } from '../helpers/kent';
import { checksum, miniWorkbook } from '../helpers/miniWorkbook';

const INPUT_SHEETS = ['County figures', 'Catalogue', 'Data', 'Settings'];

/** Every written cell of the output sheets, plus their conditional-format rule counts. */
function outputFingerprint(wb: ExcelJS.Workbook): { cells: string; rules: number[] } {
  const rules = ['Scorecard', 'Summary'].map((name) =>
    (wb.getWorksheet(name) as unknown as { conditionalFormattings: { rules: unknown[] }[] }).conditionalFormattings.reduce(
      (n, cf) => n + cf.rules.length,
      0,
    ),
  );
  return { cells: checksum(wb, ['Scorecard', 'Summary']), rules };
}

async function recalc(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const outcome = await recalculate(new ExcelJsGateway(wb));
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
  return (await writeAndReload(wb)).written;
}

describe('ExcelJS gateway', () => {
  test('input sheets are byte-for-byte the same cells after a run', async () => {
    const wb = buildKentWorkbook();
    const before = checksum(wb, INPUT_SHEETS);
    const written = await recalc(wb);
    expect(checksum(written, INPUT_SHEETS)).toBe(before);
  });

  test('a second run replaces the output sheets cleanly: same cells, same rules, no piling up', async () => {
    const first = await recalc(buildKentWorkbook());
    const once = outputFingerprint(first);
    const second = await recalc(first);
    expect(outputFingerprint(second)).toEqual(once);
    expect(second.worksheets.map((w) => w.name)).toEqual(first.worksheets.map((w) => w.name));
    // RAG, arrows, small denominators, then SPC variation (7 labels) and assurance (3).
    expect(once.rules).toEqual([3 + 3 + 3 + 3 + 1 + 7 + 3, 0]);
  });

  test('a renamed output sheet is found again, rewritten in place, and keeps its name and position', async () => {
    const first = await recalc(buildKentWorkbook());
    first.getWorksheet('Scorecard')!.name = 'Scorecard Apr 17';
    // Markers follow renames in Excel; ExcelJS does not, so update it the way Excel would.
    const names = first.definedNames as unknown as { model: { name: string; ranges: string[] }[] };
    names.model = names.model.map((n) =>
      n.name === 'ScorecardOutput_scorecard' ? { ...n, ranges: ["'Scorecard Apr 17'!$A$1"] } : n,
    );
    const order = first.worksheets.map((w) => w.name);
    const second = await recalc(first);
    expect(second.worksheets.map((w) => w.name)).toEqual(order);
    expect(second.getWorksheet('Scorecard')).toBeUndefined();
    expect(second.getWorksheet('Scorecard Apr 17')!.getCell('A1').value).toBe('Scorecard - Kent');
  });

  test('a protected output sheet stops the run with a located error and nothing changes', async () => {
    const first = await recalc(buildKentWorkbook());
    await first.getWorksheet('Summary')!.protect('secret', {});
    const before = checksum(first);
    const outcome = await recalculate(new ExcelJsGateway(first));
    expect(outcome.ok).toBe(false);
    expect(outcome.issues[0]).toMatchObject({ code: 'sheet-protected', at: { sheet: 'Summary', cell: 'A1' } });
    expect(checksum(first)).toBe(before);
  });

  test('indicator names that look like formulas are written as text', async () => {
    const wb = buildKentWorkbook();
    const catalogue = wb.getWorksheet('Catalogue')!;
    catalogue.getCell('C2').value = '=HYPERLINK("http://example.com","click")';
    const written = await recalc(wb);
    const sheet = written.getWorksheet('Scorecard')!;
    let found: ExcelJS.CellValue = null;
    sheet.eachRow((row) => {
      if (row.getCell(1).value === 1) found = row.getCell(2).value;
    });
    expect(found).toBe('=HYPERLINK("http://example.com","click")');
  });

  test('where Excel would draw a trend chart, the file says so instead of leaving a gap', async () => {
    const written = await recalc(buildKentWorkbook());
    const notes: string[] = [];
    written.getWorksheet('Exceptions')!.eachRow((row) => {
      const cell = row.getCell(1);
      // The stand-in fills the chart's merged box: count its top-left cell only.
      if (cell.master !== cell) return;
      if (typeof cell.value === 'string' && cell.value.startsWith('Trend chart: drawn here')) notes.push(cell.value);
    });
    expect(notes).toHaveLength(5);
  });

  test('check only: validates and calculates, writes nothing', async () => {
    const wb = buildKentWorkbook();
    const sheets = wb.worksheets.map((w) => w.name);
    const outcome = await recalculate(new ExcelJsGateway(wb), { checkOnly: true });
    expect(outcome.ok && outcome.written).toBe(false);
    expect(outcome.ok && outcome.summary.total.G).toBe(19);
    expect(wb.worksheets.map((w) => w.name)).toEqual(sheets);
  });
});

describe("formulas in the analyst's figures, read by their saved result", () => {
  /** The mini workbook with its numerator given by a formula, saved and opened as a file would be. */
  async function withNumerator(numerator: ExcelJS.CellValue) {
    const bytes = await miniWorkbook({ figures: [['CP visits', numerator, 200]] }).xlsx.writeBuffer();
    return recalculate(await ExcelJsGateway.fromBuffer(Buffer.from(bytes)));
  }

  test('a formula whose saved result is 0 is read as 0, not as uncalculated', async () => {
    // ExcelJS's cell.value copies only truthy fields, so {formula, result: 0} came back as {formula}.
    const outcome = await withNumerator({ formula: '0*C2', result: 0 } as ExcelJS.CellFormulaValue);
    expect(outcome.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(outcome.ok && outcome.summary.total.R).toBe(1);
  });

  test('a formula with a saved number is read as that number', async () => {
    const outcome = await withNumerator({ formula: '90*2', result: 180 } as ExcelJS.CellFormulaValue);
    expect(outcome.ok && outcome.summary.total.G).toBe(1);
  });

  test('a formula with no saved result stops the run and says to open and save the file in Excel', async () => {
    const outcome = await withNumerator({ formula: '90*2' } as ExcelJS.CellFormulaValue);
    expect(outcome.ok).toBe(false);
    const messages = outcome.issues.map((i) => `${i.message} ${i.fix ?? ''}`).join('\n');
    expect(messages).toMatch(/open and save the file in Excel/);
  });
});
