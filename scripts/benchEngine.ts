/**
 * The engine and the plan in process, and HyperFormula evaluating the scorecard the CLI wrote
 * for the same input: the same arithmetic done by our engine and by a spreadsheet engine.
 */
import { spawnSync } from 'child_process';
import { join } from 'path';
import { parseArgs } from 'util';
import { Worker } from 'worker_threads';
import ExcelJS from 'exceljs';
import { computeScorecard, IssueList, parseInput, reportingMonth } from '../src/engine';
import type { WorkbookInput } from '../src/engine';
import type { WorkbookPlan } from '../src/plan';
import { areaScorecards, planWorkbook } from '../src/plan';
import type { RawCellContent } from 'hyperformula';
import { contentOf } from '../test/helpers/hyperformula';
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

interface EngineSample {
  parse: number;
  compute: number;
  plan: number;
  topLevel: number;
  areas: number;
  size: { formulas: number; formulaChars: number };
  summaryLine: string;
}

/** One run: parse, engine, the full plan, and (timed apart) the plan's parts. */
function engineRun(input: WorkbookInput): EngineSample {
  const issues = new IssueList();
  const parsed = time(() => parseInput(input, issues)!);
  const month = reportingMonth(parsed.value, issues)!;
  const area = parsed.value.settings.area;
  const results = time(() =>
    computeScorecard(parsed.value.catalogue.indicators, parsed.value.observations, { title: 'Bench', area, month }, issues)!,
  );
  const full = time(() => planWorkbook(results.value));
  const topLevel = time(() => planWorkbook(results.value, undefined, { areaSheets: false })).ms;
  const areas = time(() => areaScorecards(results.value, (a) => `Scorecard - ${a}`)).ms;
  if (issues.hasErrors) throw new Error(issues.items.map((i) => i.message).join('\n'));
  const t = full.value.summary.total;
  return {
    parse: parsed.ms,
    compute: results.ms,
    plan: full.ms,
    topLevel,
    areas,
    size: formulaSize(full.value.plan),
    summaryLine: `county summary: ${t.G} G, ${t.A} A, ${t.R} R; ${results.value.areas.length} areas computed`,
  };
}

function engineMedians(samples: EngineSample[]): EngineTimes {
  const of = (pick: (s: EngineSample) => number): number => median(samples.map(pick));
  const last = samples[samples.length - 1];
  return {
    parse: of((s) => s.parse),
    compute: of((s) => s.compute),
    plan: of((s) => s.plan),
    enginePlusPlan: of((s) => s.compute + s.plan),
    planTopLevel: of((s) => s.topLevel),
    areaScorecards: of((s) => s.areas),
    formulas: last?.size.formulas ?? 0,
    formulaChars: last?.size.formulaChars ?? 0,
    summaryLine: last?.summaryLine ?? '',
  };
}

/** Parse, engine and plan, each the median of `runs` (at least 5). */
export function timeEngine(input: WorkbookInput, runs: number): EngineTimes {
  return engineMedians(Array.from({ length: Math.max(5, runs) }, () => engineRun(input)));
}

export interface HyperFormulaTimes {
  /** Median of the runs. */
  ms: number;
  runs: number;
  sheets: number;
  formulas: number;
  formulaChars: number;
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
 * HyperFormula building and evaluating every sheet once (its row limit raised to Excel's, as the
 * data sheet has 180,000 rows), in a worker thread of its own: its own V8 heap, so the garbage a
 * run leaves (over 2 GB, seen with --trace-gc) is collected there, not marked and swept in our
 * next engine run, and ours never in its. A fresh worker for each run, ended before our next run,
 * so that its heap is thrown away rather than collected on the other core while ours is timed.
 * The sheets reach each worker as JSON in shared memory, read before its timing starts: this
 * thread keeps none of them on its heap. Plain JavaScript, so the worker needs no TypeScript.
 */
const HYPERFORMULA_WORKER = `
const { parentPort, workerData } = require('worker_threads');
const { HyperFormula } = require(workerData.hyperformula);
const sheets = JSON.parse(Buffer.from(new Uint8Array(workerData.shared)).toString('utf8'));
parentPort.on('message', () => {
  const start = performance.now();
  const hf = HyperFormula.buildFromSheets(sheets, { licenseKey: 'gpl-v3', maxRows: 1048576, maxColumns: 16384 });
  const ms = performance.now() - start;
  const count = hf.getSheetNames().length;
  hf.destroy();
  parentPort.postMessage({ ms, sheets: count });
});
`;

interface HyperFormulaWorker {
  run(): Promise<{ ms: number; sheets: number }>;
  stop(): Promise<number>;
}

function hyperFormulaWorker(shared: SharedArrayBuffer): HyperFormulaWorker {
  const worker = new Worker(HYPERFORMULA_WORKER, {
    eval: true,
    workerData: { shared, hyperformula: require.resolve('hyperformula') },
  });
  return {
    run: () =>
      new Promise((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
        worker.postMessage('run');
      }),
    stop: () => worker.terminate(),
  };
}

/** The sheets as JSON in memory every worker can read, outside any V8 heap. */
function sharedSheets(sheets: Record<string, RawCellContent[][]>): SharedArrayBuffer {
  const json = Buffer.from(JSON.stringify(sheets), 'utf8');
  const shared = new SharedArrayBuffer(json.length);
  new Uint8Array(shared).set(json);
  return shared;
}

/**
 * The engine and full plan, and HyperFormula evaluating the scorecard written for the same input,
 * in alternating runs (at least 5 pairs), so that both meet the same load on a shared machine;
 * medians of each. The written sheets are read from the file once first, untimed, and handed to
 * HyperFormula's worker.
 */
export async function timeSideBySide(
  input: WorkbookInput,
  path: string,
  runs: number,
): Promise<{ engine: EngineTimes; hf: HyperFormulaTimes }> {
  const written = await sheetsOf(path);
  const { formulas, formulaChars } = written;
  const shared = sharedSheets(written.sheets);
  written.sheets = {};
  const engine: EngineSample[] = [];
  const hf: number[] = [];
  let count = 0;
  const pairs = Math.max(5, runs);
  for (let run = 0; run < pairs; run++) {
    engine.push(engineRun(input));
    const hyperFormula = hyperFormulaWorker(shared);
    try {
      const once = await hyperFormula.run();
      hf.push(once.ms);
      count = once.sheets;
    } finally {
      await hyperFormula.stop();
    }
  }
  return { engine: engineMedians(engine), hf: { ms: median(hf), runs: pairs, sheets: count, formulas, formulaChars } };
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
    `HyperFormula building and evaluating the written scorecard (${hf.sheets} sheets, ${hf.formulas.toLocaleString()} formulas, ${millions(hf.formulaChars)} characters of formulas), in a worker thread (its own heap), median of ${hf.runs} runs alternating with ours:`,
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
  const build = spawnSync('npm', ['run', 'build:cli', '--silent'], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('npm run build:cli failed');
  const path = await inputFile({ label: 'generated', key: JSON.stringify(input), workbook: () => workbookFromInput(input) });
  const output = path.replace(/\.xlsx$/, '-scorecard.xlsx');
  const cli = spawnSync(process.execPath, [CLI, 'recalc', path, '-o', output], { stdio: 'inherit' });
  if (cli.status !== 0) throw new Error(`the CLI exited ${cli.status}`);
  const { engine, hf } = await timeSideBySide(input, output, runs);
  printEngine(`generated ${size.indicators} x ${size.areas} x ${size.months} (180,000 data rows)`, engine, runs);
  printHyperFormula(engine, hf);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
