import ExcelJS from 'exceljs';
import { recalculate } from '../../src/app/recalculate';
import { ExcelJsGateway } from '../../src/gateways/exceljs';
import type { MiniSpec } from '../helpers/miniWorkbook';
import { catalogueRow, checksum, miniWorkbook } from '../helpers/miniWorkbook';
import { itemAt } from '../helpers/at';

async function run(spec: MiniSpec | ExcelJS.Workbook) {
  const wb = spec instanceof ExcelJS.Workbook ? spec : miniWorkbook(spec);
  const before = checksum(wb);
  const sheetsBefore = wb.worksheets.map((w) => w.name);
  const outcome = await recalculate(new ExcelJsGateway(wb));
  return { outcome, wb, before, sheetsBefore };
}

/** The located messages for each kind of bad input are in test/integration/corpus (corpus.test.ts). */
describe('bad input', () => {
  test('every problem is reported at once, not just the first', async () => {
    const { outcome } = await run({ catalogue: [catalogueRow({ Polarity: 'X' }), catalogueRow({ ID: 2, Target: null })] });
    expect(outcome.issues.map((i) => i.code).sort()).toEqual(['missing-target', 'unknown-polarity']);
  });

  test('an output sheet the scorecard did not write is not replaced', async () => {
    const wb = miniWorkbook();
    wb.addWorksheet('Scorecard').getCell('A1').value = 'My own notes';
    const { outcome } = await run(wb);
    expect(outcome.ok).toBe(false);
    expect(outcome.issues[0]).toMatchObject({ code: 'sheet-not-ours', at: { sheet: 'Scorecard', cell: 'A1' } });
    expect(wb.getWorksheet('Scorecard')!.getCell('A1').value).toBe('My own notes');
    expect(wb.getWorksheet('Summary')).toBeUndefined();
  });
});

describe('what is accepted', () => {
  test('lower-case and spelled-out codes are read as meant', async () => {
    const { outcome } = await run({ catalogue: [catalogueRow({ Polarity: 'h', 'Data period': 'snapshot', Unit: '%' })] });
    expect(outcome.ok).toBe(true);
  });

  test('a workbook name as a reference', async () => {
    const { outcome } = await run({
      catalogue: [catalogueRow({ 'Numerator ref': 'CP_Visits' })],
      names: { CP_Visits: 'Figures!$B$2' },
    });
    expect(outcome.ok && itemAt(outcome.results.byArea.get('Kent')).current.text).toBe('90.0%');
  });

  test('0 of 0 is a warning, shown as no result, and the run goes on', async () => {
    const { outcome } = await run({ figures: [['CP visits', 0, 0]] });
    expect(outcome.ok).toBe(true);
    expect(outcome.issues).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'no-cases', at: { sheet: 'Figures', cell: 'C2' } }),
    ]);
  });

  test('a denominator of 4 is rated no RAG and flagged small', async () => {
    const { outcome } = await run({ figures: [['CP visits', 3, 4]] });
    expect(outcome.ok).toBe(true);
    const r = itemAt(outcome.ok ? outcome.results.byArea.get('Kent') : []);
    expect(r.current).toMatchObject({ rag: undefined, small: true, text: '75.0%' });
  });
});
