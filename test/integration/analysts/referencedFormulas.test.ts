import type ExcelJS from 'exceljs';
import { recalculate } from '../../../src/app/recalculate';
import { externalWorkbook, formulaReferences } from '../../../src/engine/formulaText';
import { ExcelJsGateway } from '../../../src/gateways/exceljs';
import { writeAndReload } from '../../helpers/kent';
import { catalogueRow, miniWorkbook } from '../../helpers/miniWorkbook';
import { hostFor, recalcOnHost } from '../../helpers/office';
import type { RecalcOutcome } from '../../../src/app/recalculate';
import { said } from './both';

const formula = (text: string, result: number): ExcelJS.CellValue => ({ formula: text, result }) as ExcelJS.CellValue;

/** The issues about figure formulas, as the user reads them. */
const aboutFormulas = (outcome: RecalcOutcome): string[] =>
  said(outcome).filter((line) => / (circular-figure|external-link-figure):/.test(line));

/**
 * The figures on row `row` of the Figures sheet, checked through the ExcelJS gateway and through
 * Office.js on the test host, which must say the same about their formulas: near the top, the
 * cells come from the sheets read ahead; far down, from the references' own round trip.
 */
async function run(numerator: ExcelJS.CellValue, denominator: ExcelJS.CellValue = 200, throughFile = false, row = 2) {
  const make = () => {
    const padding = Array.from({ length: row - 2 }, (_, i): ExcelJS.CellValue[] => [`Row ${i + 2}`, 1, 2]);
    return miniWorkbook({ catalogue: [catalogueRow({}, row)], figures: [...padding, ['CP visits', numerator, denominator]] });
  };
  const wb = throughFile ? (await writeAndReload(make())).written : make();
  const outcome = await recalculate(new ExcelJsGateway(wb), { checkOnly: true });
  const host = hostFor(make());
  // ExcelJS drops a saved result of 0; Excel holds the formula's last result, whatever it is.
  [numerator, denominator].forEach((value, i) => {
    const result = value && typeof value === 'object' && 'result' in value ? value.result : undefined;
    const cell = host.doc.sheet('Figures')!.cell(row, 2 + i);
    if (typeof result === 'number' && cell && cell.value === null) cell.value = result;
  });
  const office = await recalcOnHost(host, { checkOnly: true });
  expect(aboutFormulas(office)).toEqual(aboutFormulas(outcome));
  return Object.assign(outcome, { officeSyncs: host.stats.syncs });
}

describe('figure cells whose saved value is not a figure (repros 34, 34c)', () => {
  test('a cell that refers to itself (=B2+1, saved 0 as Excel saves it) stops the run at that cell', async () => {
    const outcome = await run(formula('B2+1', 0));
    expect(outcome.ok).toBe(false);
    const issue = outcome.issues.find((i) => i.code === 'circular-figure');
    expect(issue).toMatchObject({ severity: 'error', at: { sheet: 'Figures', cell: 'B2' } });
    expect(issue?.message).toContain('=B2+1');
    expect(issue?.message).toContain('(0)');
  });

  test('read back from a saved file too, and with the sheet named in the reference', async () => {
    const outcome = await run(formula('Figures!$B$2*1', 0), 200, true);
    expect(outcome.issues.find((i) => i.code === 'circular-figure')?.at).toEqual({ sheet: 'Figures', cell: 'B2' });
  });

  test('two figure cells that refer to each other: one error naming both', async () => {
    const outcome = await run(formula('C2-20', 180), formula('B2+20', 200));
    const circular = outcome.issues.filter((i) => i.code === 'circular-figure');
    expect(circular).toHaveLength(1);
    expect(circular[0]).toMatchObject({ at: { sheet: 'Figures', cell: 'B2' } });
    expect(circular[0]?.message).toContain('C2');
  });

  test('a link to another workbook warns, naming the cell and the workbook, and the run goes on', async () => {
    const outcome = await run(formula("'C:\\Data\\[Other.xlsx]Sheet1'!$A$1", 180));
    expect(outcome.ok).toBe(true);
    const issue = outcome.issues.find((i) => i.code === 'external-link-figure');
    expect(issue).toMatchObject({ severity: 'warning', at: { sheet: 'Figures', cell: 'B2' } });
    expect(issue?.message).toContain('C:\\Data\\Other.xlsx');
    expect(issue?.message).toContain('180');
  });

  test("Excel's stored form of a link, [1]Sheet1!$B$2, warns as an external link", async () => {
    const outcome = await run(formula('[1]Sheet1!$B$2', 180));
    expect(outcome.issues.find((i) => i.code === 'external-link-figure')?.message).toContain('external link 1');
  });

  test('far down its sheet, past what is read ahead, Office.js reads the formula with the cell in its own round trip', async () => {
    const outcome = await run(formula('B2000+1', 0), 200, false, 2000);
    expect(outcome.issues.find((i) => i.code === 'circular-figure')?.at).toEqual({ sheet: 'Figures', cell: 'B2000' });
    // Listing, read (with the window), the reference, and no write: checkOnly.
    expect(outcome.officeSyncs).toBe(3);
  });

  test('an ordinary formula over other cells is read by its saved value, with no word', async () => {
    const outcome = await run(formula('SUM(D2:E2)+LOG10(1)', 180));
    expect(outcome.ok).toBe(true);
    expect(outcome.issues.filter((i) => i.code === 'circular-figure' || i.code === 'external-link-figure')).toEqual([]);
  });
});

describe('formula text', () => {
  test('links and references are told from tables, strings and function names', () => {
    expect(externalWorkbook('Table1[Col]+[@Num]')).toBeUndefined();
    expect(externalWorkbook('"[x.xlsx]y!A1"&A1')).toBeUndefined();
    expect(externalWorkbook('[Other.xlsx]Sheet1!A1')).toBe('Other.xlsx');
    expect(formulaReferences('LOG10(2)+D:D')).toEqual([{ box: { top: 1, bottom: 1048576, left: 4, right: 4 } }]);
    expect(formulaReferences("'My sheet'!C5")).toEqual([{ sheet: 'My sheet', box: { top: 5, left: 3, bottom: 5, right: 3 } }]);
  });
});
