/**
 * The engine and the plan in process, and HyperFormula evaluating the scorecard the CLI wrote
 * for the same input: the same arithmetic done by our engine and by a spreadsheet engine.
 */
import ExcelJS from 'exceljs';
import { computeScorecard, IssueList, parseInput, reportingMonth } from '../src/engine';
import type { WorkbookInput } from '../src/engine';
import { planWorkbook } from '../src/plan';
import { HyperFormula } from 'hyperformula';
import type { RawCellContent } from 'hyperformula';

function time<T>(fn: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = fn();
  return { value, ms: performance.now() - start };
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export interface EngineTimes {
  parse: number;
  compute: number;
  /** The plan with every area's sheet, as a default run writes. */
  plan: number;
  planTopLevel: number;
  summaryLine: string;
}

/** Parse, engine and plan, each the median of `runs`. */
export function timeEngine(input: WorkbookInput, runs: number): EngineTimes {
  const parse: number[] = [];
  const compute: number[] = [];
  const plan: number[] = [];
  const planTopLevel: number[] = [];
  let summaryLine = '';
  for (let run = 0; run < runs; run++) {
    const issues = new IssueList();
    const parsed = time(() => parseInput(input, issues)!);
    const month = reportingMonth(parsed.value, issues)!;
    const area = parsed.value.settings.area;
    const results = time(() =>
      computeScorecard(parsed.value.catalogue.indicators, parsed.value.observations, { title: 'Bench', area, month }, issues)!,
    );
    const topLevel = time(() => planWorkbook(results.value, undefined, { areaSheets: false }));
    const full = time(() => planWorkbook(results.value));
    if (issues.hasErrors) throw new Error(issues.items.map((i) => i.message).join('\n'));
    parse.push(parsed.ms);
    compute.push(results.ms);
    planTopLevel.push(topLevel.ms);
    plan.push(full.ms);
    const t = full.value.summary.total;
    summaryLine = `county summary: ${t.G} G, ${t.A} A, ${t.R} R; ${results.value.areas.length} areas computed`;
  }
  return { parse: median(parse), compute: median(compute), plan: median(plan), planTopLevel: median(planTopLevel), summaryLine };
}

export interface HyperFormulaTimes {
  ms: number;
  sheets: number;
  formulas: number;
  formulaChars: number;
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** A cell as HyperFormula holds it, as test/helpers/hyperformula.ts loads it. */
function contentOf(value: ExcelJS.CellValue): RawCellContent {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return (value.getTime() - EXCEL_EPOCH) / 86400000;
  if (typeof value === 'string') return /^[='+\-@]/.test(value) ? `'${value}` : value;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if ('formula' in value && value.formula) return `=${value.formula}`;
  if ('richText' in value) return value.richText.map((p) => p.text).join('');
  if ('error' in value) return String(value.error);
  return String(value);
}

/**
 * Reads a written scorecard and times HyperFormula building and evaluating every sheet of it (the
 * sheets' cells are taken from the file first, untimed). Its row limit is raised to Excel's, as
 * the data sheet has 180,000 rows.
 */
export async function timeHyperFormula(path: string): Promise<HyperFormulaTimes> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheets: Record<string, RawCellContent[][]> = {};
  let formulas = 0;
  let formulaChars = 0;
  for (const ws of workbook.worksheets) {
    const rows: RawCellContent[][] = [];
    ws.eachRow((row, r) =>
      row.eachCell((cell, c) => {
        if (cell.isMerged && cell.master !== cell) return;
        if (cell.formula) {
          formulas++;
          formulaChars += cell.formula.length;
        }
        (rows[r - 1] ??= [])[c - 1] = contentOf(cell.value);
      }),
    );
    sheets[ws.name] = Array.from(rows, (row) => Array.from(row ?? [], (v) => v ?? null));
  }
  const { ms, value: hf } = time(() =>
    HyperFormula.buildFromSheets(sheets, { licenseKey: 'gpl-v3', maxRows: 1_048_576, maxColumns: 16_384 }),
  );
  const count = hf.getSheetNames().length;
  hf.destroy();
  return { ms, sheets: count, formulas, formulaChars };
}

const pad = (ms: number): string => `${ms.toFixed(0).padStart(6)} ms`;

export function printEngine(label: string, t: EngineTimes, runs: number): void {
  console.log(`Engine and plan in process: ${label}, median of ${runs} runs`);
  console.log(`  parse + validate tables      ${pad(t.parse)}`);
  console.log(`  engine (all areas)           ${pad(t.compute)}`);
  console.log(`  plan (top level only)        ${pad(t.planTopLevel)}`);
  console.log(`  plan (with area sheets)      ${pad(t.plan)}`);
  console.log(`  engine + full plan           ${pad(t.compute + t.plan)}`);
  console.log(`  ${t.summaryLine}`);
}

export function printHyperFormula(t: EngineTimes, hf: HyperFormulaTimes): void {
  const ours = t.compute + t.plan;
  console.log(
    `HyperFormula building and evaluating the written scorecard (${hf.sheets} sheets, ${hf.formulas.toLocaleString()} formulas, ${(hf.formulaChars / 1e6).toFixed(1)} M characters of formulas), once:`,
  );
  console.log(`  HyperFormula                 ${pad(hf.ms)}`);
  console.log(`  engine + full plan           ${pad(ours)}  ${(hf.ms / ours).toFixed(1)}x faster than HyperFormula (goal: 20x)`);
  console.log(`  parse + engine + full plan   ${pad(t.parse + ours)}  ${(hf.ms / (t.parse + ours)).toFixed(1)}x faster`);
}
