import type ExcelJS from 'exceljs';
import { HyperFormula } from 'hyperformula';
import type { RawCellContent } from 'hyperformula';
import type { CellValue, SheetPlan } from '../../src/plan';
import { cellAddress, parseRangeAddress } from '../../src/engine';

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** What HyperFormula should hold for an ExcelJS cell: formulas as formulas, text kept as text (the bench loads its workbooks so too). */
export function contentOf(value: ExcelJS.CellValue): RawCellContent {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return (value.getTime() - EXCEL_EPOCH) / 86400000;
  if (typeof value === 'string') return /^[='+\-@]/.test(value) ? `'${value}` : value;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if ('formula' in value && value.formula) return `=${value.formula}`;
  if ('richText' in value) return value.richText.map((p) => p.text).join('');
  if ('error' in value) return String(value.error);
  return String(value);
}

/** Every sheet of a written workbook in HyperFormula, an engine independent of ours. */
export function loadIntoHyperFormula(workbook: ExcelJS.Workbook): HyperFormula {
  const sheets: Record<string, RawCellContent[][]> = {};
  for (const ws of workbook.worksheets) {
    const rows: RawCellContent[][] = [];
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (cell.isMerged && cell.master !== cell) return;
        (rows[r - 1] ??= [])[c - 1] = contentOf(cell.value);
      });
    });
    sheets[ws.name] = Array.from(rows, (row) => Array.from(row ?? [], (v) => v ?? null));
  }
  return HyperFormula.buildFromSheets(sheets, { licenseKey: 'gpl-v3' });
}

export interface FormulaCheck {
  address: string;
  formula: string;
  expected: CellValue;
  actual: unknown;
}

/** Each planned formula cell of a sheet, with what HyperFormula calculates for it. */
export function evaluatePlanned(hf: HyperFormula, plan: SheetPlan, sheetName = plan.name): FormulaCheck[] {
  const sheet = hf.getSheetId(sheetName);
  if (sheet === undefined) throw new Error(`HyperFormula has no sheet ${sheetName}`);
  const checks: FormulaCheck[] = [];
  plan.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (!cell.formula) return;
      const actual = hf.getCellValue({ sheet, row: r, col: c });
      const address = cellAddress(r + 1, c + 1);
      checks.push({ address, formula: cell.formula, expected: cell.value, actual });
    }),
  );
  return checks;
}

/** The checks whose calculated value differs from the engine's (numbers to 1e-9). */
export function mismatches(checks: FormulaCheck[]): FormulaCheck[] {
  return checks.filter(({ expected, actual }) =>
    typeof expected === 'number' && typeof actual === 'number'
      ? Math.abs(expected - actual) > 1e-9 * Math.max(1, Math.abs(expected))
      : expected !== actual,
  );
}

/** Sets a cell (sheet and A1 address) in HyperFormula. */
export function setCell(hf: HyperFormula, sheetName: string, address: string, value: RawCellContent): void {
  const box = parseRangeAddress(address);
  const sheet = hf.getSheetId(sheetName);
  if (!box || sheet === undefined) throw new Error(`No cell ${sheetName}!${address}`);
  hf.setCellContents({ sheet, row: box.top - 1, col: box.left - 1 }, value);
}
