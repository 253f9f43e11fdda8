/**
 * The engine and the plan in process, and HyperFormula evaluating the scorecard the CLI wrote
 * for the same input: the same arithmetic done by our engine and by a spreadsheet engine.
 */
import { spawnSync } from 'child_process';
import { join } from 'path';
import { parseArgs } from 'util';
import ExcelJS from 'exceljs';
import { computeScorecard, IssueList, parseInput, reportingMonth } from '../src/engine';
import type { WorkbookInput } from '../src/engine';
import type { WorkbookPlan } from '../src/plan';
import { areaScorecards, planWorkbook } from '../src/plan';
import { HyperFormula } from 'hyperformula';
import type { RawCellContent } from 'hyperformula';
import { inputFile } from './benchFiles';
import { generateInput, workbookFromInput } from './generate';

const CLI = join(__dirname, '..', 'dist', 'node', 'cli', 'main.js');

function time<T>(fn: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = fn();
  return { value, ms: performance.now() - start };
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

export interface EngineTimes {
  parse: number;
  compute: number;
  /** The plan with every area's sheet, as a default run writes. */
  plan: number;
  /** Engine and full plan together, the median of the runs' sums. */
  enginePlusPlan: number;
  planTopLevel: number;
  /** The area sheets' scorecards alone (areaScorecards), the bulk of the full plan. */
  areaScorecards: number;
  /** Formulas in the full plan and their characters (without the '='), as written. */
  formulas: number;
  formulaChars: number;
  summaryLine: string;
}

function formulaSize(plan: WorkbookPlan): { formulas: number; formulaChars: number } {
  let formulas = 0;
  let formulaChars = 0;
  for (const sheet of plan.sheets) {
    for (const row of sheet.cells) {
      for (const cell of row) {
        if (!cell.formula) continue;
        formulas += 1;
        formulaChars += cell.formula.length - 1;
      }
    }
  }
  return { formulas, formulaChars };
}

/** Parse, engine and plan, each the median of `runs` (at least 5). */
export function timeEngine(input: WorkbookInput, runs: number): EngineTimes {
  const samples = { parse: [] as number[], compute: [] as number[], plan: [] as number[], both: [] as number[] };
  const planTopLevel: number[] = [];
  const areas: number[] = [];
  let summaryLine = '';
  let size = { formulas: 0, formulaChars: 0 };
  for (let run = 0; run < Math.max(5, runs); run++) {
    const issues = new IssueList();
    const parsed = time(() => parseInput(input, issues)!);
    const month = reportingMonth(parsed.value, issues)!;
    const area = parsed.value.settings.area;
    const results = time(() =>
      computeScorecard(parsed.value.catalogue.indicators, parsed.value.observations, { title: 'Bench', area, month }, issues)!,
    );
    const full = time(() => planWorkbook(results.value));
    planTopLevel.push(time(() => planWorkbook(results.value, undefined, { areaSheets: false })).ms);
    areas.push(time(() => areaScorecards(results.value, (a) => `Scorecard - ${a}`)).ms);
    if (issues.hasErrors) throw new Error(issues.items.map((i) => i.message).join('\n'));
    samples.parse.push(parsed.ms);
    samples.compute.push(results.ms);
    samples.plan.push(full.ms);
    samples.both.push(results.ms + full.ms);
    size = formulaSize(full.value.plan);
    const t = full.value.summary.total;
    summaryLine = `county summary: ${t.G} G, ${t.A} A, ${t.R} R; ${results.value.areas.length} areas computed`;
  }
  return {
    parse: median(samples.parse),
    compute: median(samples.compute),
    plan: median(samples.plan),
    enginePlusPlan: median(samples.both),
    planTopLevel: median(planTopLevel),
    areaScorecards: median(areas),
    ...size,
    summaryLine,
  };
}

export interface HyperFormulaTimes {
  /** Median of the runs. */
  ms: number;
  runs: number;
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

/** The written workbook's sheets as HyperFormula takes them, with a count of its formulas. */
async function sheetsOf(
  path: string,
): Promise<{ sheets: Record<string, RawCellContent[][]>; formulas: number; formulaChars: number }> {
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
  return { sheets, formulas, formulaChars };
}

/**
 * Reads a written scorecard and times HyperFormula building and evaluating every sheet of it,
 * the median of `runs` (the sheets' cells are taken from the file once first, untimed). Its row
 * limit is raised to Excel's, as the data sheet has 180,000 rows.
 */
export async function timeHyperFormula(path: string, runs = 5): Promise<HyperFormulaTimes> {
  const { sheets, formulas, formulaChars } = await sheetsOf(path);
  const times: number[] = [];
  let count = 0;
  for (let run = 0; run < runs; run++) {
    const { ms, value: hf } = time(() =>
      HyperFormula.buildFromSheets(sheets, { licenseKey: 'gpl-v3', maxRows: 1_048_576, maxColumns: 16_384 }),
    );
    count = hf.getSheetNames().length;
    hf.destroy();
    times.push(ms);
  }
  return { ms: median(times), runs, sheets: count, formulas, formulaChars };
}

const pad = (ms: number): string => `${ms.toFixed(0).padStart(6)} ms`;
const millions = (n: number): string => `${(n / 1e6).toFixed(2)} M`;

export function printEngine(label: string, t: EngineTimes, runs: number): void {
  const rest = t.plan - t.planTopLevel - t.areaScorecards;
  console.log(`Engine and plan in process: ${label}, median of ${runs} runs`);
  console.log(`  parse + validate tables      ${pad(t.parse)}`);
  console.log(`  engine (all areas)           ${pad(t.compute)}`);
  console.log(`  plan (with area sheets)      ${pad(t.plan)}, of which:`);
  console.log(
    `    top-level sheets           ${pad(t.planTopLevel)}  (Scorecard, Summary, Exceptions, ...: the plan without area sheets)`,
  );
  console.log(`    area scorecards            ${pad(t.areaScorecards)}  (one sheet per area after the first)`);
  console.log(
    `    the rest                   ${pad(rest)}  (the Areas sheet, and fitting and checking every sheet, area sheets included)`,
  );
  console.log(`  engine + full plan           ${pad(t.enginePlusPlan)}`);
  console.log(`  formulas in the full plan    ${t.formulas.toLocaleString()}, ${millions(t.formulaChars)} characters`);
  console.log(`  ${t.summaryLine}`);
}

export function printHyperFormula(t: EngineTimes, hf: HyperFormulaTimes): void {
  const ours = t.enginePlusPlan;
  console.log(
    `HyperFormula building and evaluating the written scorecard (${hf.sheets} sheets, ${hf.formulas.toLocaleString()} formulas, ${millions(hf.formulaChars)} characters of formulas), median of ${hf.runs} runs:`,
  );
  console.log(`  HyperFormula                 ${pad(hf.ms)}`);
  console.log(`  engine + full plan           ${pad(ours)}  ${(hf.ms / ours).toFixed(1)}x faster than HyperFormula (goal: 20x)`);
  console.log(`  parse + engine + full plan   ${pad(t.parse + ours)}  ${(hf.ms / (t.parse + ours)).toFixed(1)}x faster`);
}

/**
 * This comparison alone, without the CLI against soffice:
 *   npx tsx scripts/benchEngine.ts [--runs 5]
 * The CLI (built first) writes the 100 x 50 x 36 scorecard that HyperFormula then evaluates.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
  const runs = Math.max(5, Number(values.runs) || 5);
  const size = { indicators: 100, areas: 50, months: 36 };
  const input = generateInput(size);
  const engine = timeEngine(input, runs);
  printEngine(`generated ${size.indicators} x ${size.areas} x ${size.months} (180,000 data rows)`, engine, runs);
  const build = spawnSync('npm', ['run', 'build:cli', '--silent'], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('npm run build:cli failed');
  const path = await inputFile({ label: 'generated', key: JSON.stringify(input), workbook: () => workbookFromInput(input) });
  const output = path.replace(/\.xlsx$/, '-scorecard.xlsx');
  const cli = spawnSync(process.execPath, [CLI, 'recalc', path, '-o', output], { stdio: 'inherit' });
  if (cli.status !== 0) throw new Error(`the CLI exited ${cli.status}`);
  printHyperFormula(engine, await timeHyperFormula(output, runs));
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
