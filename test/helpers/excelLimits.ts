/**
 * Excel's specifications and limits, checked on what we write: a WorkbookPlan (whatever the
 * gateway) and a workbook as ExcelJS holds or reloads it.
 * https://support.microsoft.com/en-us/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3
 *
 * Each breach names the sheet and cell and the limit, so a failing test says what to fix.
 */
import type ExcelJS from 'exceljs';
import type { CellValue, SheetPlan, WorkbookPlan } from '../../src/plan';

export const EXCEL_LIMITS = {
  rows: 1_048_576,
  columns: 16_384,
  formulaCharacters: 8_192,
  cellCharacters: 32_767,
  rowHeightPoints: 409,
  columnWidthCharacters: 255,
  sheetNameCharacters: 31,
  numberFormatCharacters: 255,
  /** "Number formats in a workbook: between 200 and 250, depending on the language version". */
  numberFormatsPerWorkbook: 200,
  nestingLevels: 64,
  functionArguments: 255,
  definedNameCharacters: 255,
  /** Not Excel's (memory is): ours, so that rules stay "a few per column", never one per row. */
  conditionalRulesPerSheet: 100,
} as const;

export interface LimitBreach {
  /** Sheet!cell, or the sheet or workbook. */
  where: string;
  problem: string;
}

const BAD_SHEET_CHARACTERS = /[:\\/?*[\]]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** Characters XML 1.0 forbids, which make Excel call the file corrupt (tab, LF and CR are fine). */
// eslint-disable-next-line no-control-regex -- the control characters are what is looked for
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/** Why a sheet name is not one Excel accepts, or undefined. */
export function sheetNameProblem(name: string): string | undefined {
  if (name.length === 0) return 'a sheet name is empty';
  if (name.length > EXCEL_LIMITS.sheetNameCharacters) return `sheet name "${name}" is ${name.length} characters (at most 31)`;
  if (BAD_SHEET_CHARACTERS.test(name)) return `sheet name "${name}" holds one of : \\ / ? * [ ]`;
  if (name.startsWith("'") || name.endsWith("'")) return `sheet name "${name}" starts or ends with an apostrophe`;
  if (LONE_SURROGATE.test(name)) return `sheet name "${name}" holds half a surrogate pair (a character cut in two)`;
  if (XML_FORBIDDEN.test(name)) return `sheet name "${name}" holds a control character`;
  if (name.toLowerCase() === 'history') return 'a sheet is called "History", which Excel reserves';
  return undefined;
}

/** Why a workbook (defined) name is not one Excel accepts, or undefined. */
export function definedNameProblem(name: string): string | undefined {
  if (name.length > EXCEL_LIMITS.definedNameCharacters)
    return `the name "${name.slice(0, 40)}…" is ${name.length} characters (at most 255)`;
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name)) return `the name "${name}" has a character a name cannot hold`;
  if (/^[A-Za-z]{1,3}\d+$/.test(name) || /^(R|C|RC|R\d+C\d+|R\d+|C\d+)$/i.test(name)) {
    return `the name "${name}" looks like a cell reference`;
  }
  return undefined;
}

/** The deepest nesting of function calls in a formula, ignoring text in quotes. */
function formulaShape(formula: string): { depth: number; mostArguments: number } {
  let depth = 0;
  let deepest = 0;
  let mostArguments = 0;
  const commas: number[] = [];
  let inText = false;
  let inSheetName = false;
  for (const ch of formula) {
    if (ch === '"' && !inSheetName) inText = !inText;
    else if (ch === "'" && !inText) inSheetName = !inSheetName;
    if (inText || inSheetName) continue;
    if (ch === '(') {
      depth += 1;
      commas.push(0);
      deepest = Math.max(deepest, depth);
    } else if (ch === ')') {
      mostArguments = Math.max(mostArguments, (commas.pop() ?? 0) + 1);
      depth -= 1;
    } else if (ch === ',' && commas.length) commas.push((commas.pop() ?? 0) + 1);
  }
  return { depth: deepest, mostArguments };
}

export function formulaProblems(formula: string): string[] {
  const problems: string[] = [];
  if (formula.length > EXCEL_LIMITS.formulaCharacters) {
    problems.push(`a formula of ${formula.length.toLocaleString()} characters (at most 8,192)`);
  }
  const shape = formulaShape(formula);
  if (shape.depth > EXCEL_LIMITS.nestingLevels) problems.push(`a formula nested ${shape.depth} levels deep (at most 64)`);
  if (shape.mostArguments > EXCEL_LIMITS.functionArguments) {
    problems.push(`a function with ${shape.mostArguments} arguments (at most 255)`);
  }
  return problems;
}

export function valueProblems(value: unknown): string[] {
  if (typeof value === 'number' && !Number.isFinite(value)) return [`the number ${value}, which Excel cannot hold`];
  if (typeof value !== 'string') return [];
  const problems: string[] = [];
  if (value.length > EXCEL_LIMITS.cellCharacters) {
    problems.push(`a text of ${value.length.toLocaleString()} characters (at most 32,767)`);
  }
  if (XML_FORBIDDEN.test(value)) problems.push('a text holding a control character that makes the file unreadable');
  return problems;
}

function numberFormatProblems(format: string): string[] {
  return format.length > EXCEL_LIMITS.numberFormatCharacters
    ? [`a number format of ${format.length} characters (at most 255)`]
    : [];
}

function sizeProblems(heights: [number, number][], widths: number[]): string[] {
  const problems: string[] = [];
  for (const [row, height] of heights) {
    if (!(height >= 0 && height <= EXCEL_LIMITS.rowHeightPoints))
      problems.push(`row ${row} is ${height} points tall (at most 409)`);
  }
  widths.forEach((width, i) => {
    if (!(width >= 0 && width <= EXCEL_LIMITS.columnWidthCharacters)) {
      problems.push(`column ${i + 1} is ${width} characters wide (at most 255)`);
    }
  });
  return problems;
}

/** Sheet names: each valid, and no two alike ignoring case. */
function sheetNameBreaches(names: string[]): LimitBreach[] {
  const breaches: LimitBreach[] = [];
  const seen = new Map<string, string>();
  for (const name of names) {
    const problem = sheetNameProblem(name);
    if (problem) breaches.push({ where: name, problem });
    const key = name.toLocaleUpperCase();
    if (seen.has(key))
      breaches.push({ where: name, problem: `sheet names "${seen.get(key)}" and "${name}" differ only in case` });
    seen.set(key, name);
  }
  return breaches;
}

function planSheetBreaches(sheet: SheetPlan, formats: Set<string>): LimitBreach[] {
  const breaches: LimitBreach[] = [];
  const at = (r: number, c: number): string => `${sheet.name}!R${r + 1}C${c + 1}`;
  if (sheet.cells.length > EXCEL_LIMITS.rows) breaches.push({ where: sheet.name, problem: `${sheet.cells.length} rows` });
  if ((sheet.cells[0]?.length ?? 0) > EXCEL_LIMITS.columns) breaches.push({ where: sheet.name, problem: 'too many columns' });
  sheet.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      const problems = [
        ...valueProblems(cell.value as CellValue),
        ...(cell.formula ? formulaProblems(cell.formula) : []),
        ...(cell.numberFormat ? numberFormatProblems(cell.numberFormat) : []),
      ];
      if (cell.numberFormat) formats.add(cell.numberFormat);
      for (const problem of problems) breaches.push({ where: at(r, c), problem });
    }),
  );
  const heights = Object.entries(sheet.rowHeights).map(([row, h]): [number, number] => [Number(row), h]);
  for (const problem of sizeProblems(heights, sheet.columnWidths)) breaches.push({ where: sheet.name, problem });
  const rules = sheet.conditionalFormats.reduce((n, cf) => n + cf.rules.length, 0);
  if (rules > EXCEL_LIMITS.conditionalRulesPerSheet) {
    breaches.push({ where: sheet.name, problem: `${rules} conditional-format rules (we keep to a few per column)` });
  }
  return breaches;
}

/** Everything in a plan that Excel would refuse, cut or call corrupt. */
export function planBreaches(plan: WorkbookPlan): LimitBreach[] {
  const formats = new Set<string>();
  const breaches = [
    ...sheetNameBreaches(plan.sheets.map((s) => s.name)),
    ...plan.sheets.flatMap((sheet) => planSheetBreaches(sheet, formats)),
  ];
  if (formats.size > EXCEL_LIMITS.numberFormatsPerWorkbook) {
    breaches.push({ where: 'workbook', problem: `${formats.size} number formats (at most 200)` });
  }
  return breaches;
}

/** A cell's value and formula as ExcelJS holds them (formula cells keep their result apart). */
function cellParts(cell: ExcelJS.Cell): { value: unknown; formula?: string } {
  const value = cell.value;
  if (value && typeof value === 'object' && 'formula' in value) {
    return { value: (value as { result?: unknown }).result, formula: String(value.formula) };
  }
  if (value && typeof value === 'object' && 'richText' in value) return { value: value.richText.map((p) => p.text).join('') };
  return { value };
}

function worksheetBreaches(ws: ExcelJS.Worksheet, formats: Set<string>): LimitBreach[] {
  const breaches: LimitBreach[] = [];
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      const { value, formula } = cellParts(cell);
      const problems = [...valueProblems(value), ...(formula ? formulaProblems(`=${formula}`) : [])];
      if (cell.numFmt) {
        formats.add(cell.numFmt);
        problems.push(...numberFormatProblems(cell.numFmt));
      }
      for (const problem of problems) breaches.push({ where: `${ws.name}!${cell.address}`, problem });
    });
  });
  const heights: [number, number][] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    if (row.height !== undefined) heights.push([r, row.height]);
  });
  const widths = (ws.columns ?? []).map((c) => c.width ?? 0);
  for (const problem of sizeProblems(heights, widths)) breaches.push({ where: ws.name, problem });
  if (ws.rowCount > EXCEL_LIMITS.rows || ws.columnCount > EXCEL_LIMITS.columns) {
    breaches.push({ where: ws.name, problem: `${ws.rowCount} rows by ${ws.columnCount} columns` });
  }
  const cf = (ws as unknown as { conditionalFormattings?: { rules: unknown[] }[] }).conditionalFormattings ?? [];
  const rules = cf.reduce((n, f) => n + f.rules.length, 0);
  if (rules > EXCEL_LIMITS.conditionalRulesPerSheet)
    breaches.push({ where: ws.name, problem: `${rules} conditional-format rules` });
  return breaches;
}

function definedNameBreaches(wb: ExcelJS.Workbook): LimitBreach[] {
  const breaches: LimitBreach[] = [];
  const seen = new Set<string>();
  for (const { name } of wb.definedNames.model as { name: string }[]) {
    const problem = definedNameProblem(name);
    if (problem) breaches.push({ where: 'workbook names', problem });
    if (seen.has(name.toUpperCase())) breaches.push({ where: 'workbook names', problem: `the name "${name}" twice` });
    seen.add(name.toUpperCase());
  }
  return breaches;
}

/**
 * Everything in an ExcelJS workbook that Excel would refuse, cut or call corrupt: in every sheet,
 * or only in the sheets named (what a run wrote, when the input is hostile on purpose).
 */
export function workbookBreaches(wb: ExcelJS.Workbook, only?: string[]): LimitBreach[] {
  const formats = new Set<string>();
  const sheets = only ? wb.worksheets.filter((ws) => only.includes(ws.name)) : wb.worksheets;
  const breaches = [
    ...sheetNameBreaches(wb.worksheets.map((ws) => ws.name)),
    ...sheets.flatMap((ws) => worksheetBreaches(ws, formats)),
    ...definedNameBreaches(wb),
  ];
  if (formats.size > EXCEL_LIMITS.numberFormatsPerWorkbook) {
    breaches.push({ where: 'workbook', problem: `${formats.size} number formats (at most 200)` });
  }
  return breaches;
}

function report(what: string, breaches: LimitBreach[]): string {
  const shown = breaches.slice(0, 10).map((b) => `  ${b.where}: ${b.problem}`);
  const more = breaches.length > 10 ? [`  … and ${breaches.length - 10} more`] : [];
  return [`${what} breaks Excel's limits:`, ...shown, ...more].join('\n');
}

/** Throws, listing the first breaches, unless the plan keeps within Excel's limits. */
export function expectPlanWithinExcelLimits(plan: WorkbookPlan): void {
  const breaches = planBreaches(plan);
  if (breaches.length) throw new Error(report('The plan', breaches));
}

/** Throws, listing the first breaches, unless the workbook keeps within Excel's limits. */
export function expectWorkbookWithinExcelLimits(wb: ExcelJS.Workbook, only?: string[]): void {
  const breaches = workbookBreaches(wb, only);
  if (breaches.length) throw new Error(report('The workbook', breaches));
}
