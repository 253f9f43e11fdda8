/**
 * The CLI against LibreOffice converting the same input file: what a user waits for, side by
 * side. Each case's input .xlsx is written once (kept in the temp folder by content, so a rerun
 * reuses it), then `node dist/node/cli/main.js recalc` and `soffice --headless --convert-to xlsx`
 * run alternately; medians of the runs' times and of their peak memory (with the least and largest peak).
 */
import { spawnSync } from 'child_process';
import { createHash } from 'crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type ExcelJS from 'exceljs';
import { parseArgs } from 'util';
import { buildKentWorkbook } from '../src/example/kentExample';
import { generateInput, workbookFromInput } from './generate';

export interface FileCase {
  label: string;
  /** A stable description of the input, to name its cached file. */
  key: string;
  workbook: () => ExcelJS.Workbook;
}

interface Measured {
  ms: number;
  /** Peak resident memory in KiB, where it could be measured (over several runs, their median). */
  rssKb?: number;
  /** Over several runs, the least and largest peak (garbage collection's timing spreads them). */
  rssRangeKb?: [number, number];
  ok: boolean;
}

export interface FileResult {
  label: string;
  input: string;
  output: string;
  inputKb: number;
  cli: Measured;
  soffice?: Measured;
}

export const BENCH_DIR = join(tmpdir(), 'scorecard-bench');
const CLI = join(__dirname, '..', 'dist', 'node', 'cli', 'main.js');
const GNU_TIME = '/usr/bin/time';

function has(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).status === 0;
}

/** Writes the case's input once per content; returns its path. */
export async function inputFile(c: FileCase): Promise<string> {
  mkdirSync(BENCH_DIR, { recursive: true });
  const hash = createHash('sha1').update(c.key).digest('hex').slice(0, 12);
  const path = join(BENCH_DIR, `input-${hash}.xlsx`);
  if (!existsSync(path)) await c.workbook().xlsx.writeFile(path);
  return path;
}

/**
 * Runs a command, timing it; peak memory from GNU time where installed, or else, for a node
 * child, from its own process.resourceUsage() as it exits.
 */
function run(command: string, args: string[]): Measured {
  const gnuTime = existsSync(GNU_TIME);
  const rssFile = join(BENCH_DIR, `rss-${process.pid}.txt`);
  rmSync(rssFile, { force: true });
  let argv = [command, ...args];
  if (!gnuTime && command === process.execPath) {
    const preload = join(BENCH_DIR, 'maxrss.cjs');
    writeFileSync(
      preload,
      `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS)));`,
    );
    argv = [command, '--require', preload, ...args];
  }
  if (gnuTime) argv = [GNU_TIME, '-v', ...argv];
  const start = performance.now();
  const [program = command, ...rest] = argv;
  const child = spawnSync(program, rest, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - start;
  const match = /Maximum resident set size \(kbytes\): (\d+)/.exec(child.stderr ?? '');
  const rssKb = match ? Number(match[1]) : existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) : undefined;
  if (child.status !== 0) process.stderr.write(`${argv.join(' ')} exited ${child.status}:\n${child.stderr}\n`);
  return { ms, rssKb, ok: child.status === 0 };
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

function summarise(runs: Measured[]): Measured {
  const rss = runs.map((r) => r.rssKb).filter((r): r is number => r !== undefined);
  return {
    ms: median(runs.map((r) => r.ms)),
    rssKb: rss.length ? median(rss) : undefined,
    rssRangeKb: rss.length ? [Math.min(...rss), Math.max(...rss)] : undefined,
    ok: runs.every((r) => r.ok),
  };
}

/** The CLI and soffice on one case, `runs` times each, alternating which goes first. */
export async function compareWithSoffice(c: FileCase, runs: number): Promise<FileResult> {
  const input = await inputFile(c);
  const output = input.replace(/\.xlsx$/, '-scorecard.xlsx');
  const profile = join(BENCH_DIR, 'soffice-profile');
  const sofficeOut = join(BENCH_DIR, 'soffice-out');
  const soffice = has('soffice');
  const cliArgs = [CLI, 'recalc', input, '-o', output];
  const sofficeArgs = [
    `-env:UserInstallation=file://${profile}`,
    '--headless',
    '--convert-to',
    'xlsx',
    '--outdir',
    sofficeOut,
    input,
  ];
  // A first soffice start sets up its profile: not what a user waits for on every conversion.
  if (soffice && !existsSync(profile)) run('soffice', sofficeArgs);
  const cliRuns: Measured[] = [];
  const sofficeRuns: Measured[] = [];
  for (let i = 0; i < runs; i++) {
    if (soffice && i % 2 === 1) sofficeRuns.push(run('soffice', sofficeArgs));
    cliRuns.push(run(process.execPath, cliArgs));
    if (soffice && i % 2 === 0) sofficeRuns.push(run('soffice', sofficeArgs));
  }
  return {
    label: c.label,
    input,
    output,
    inputKb: statSync(input).size / 1024,
    cli: summarise(cliRuns),
    soffice: soffice ? summarise(sofficeRuns) : undefined,
  };
}

const mib = (kb: number): string => (kb / 1024).toFixed(0);

function memory(m: Measured): string {
  if (m.rssKb === undefined) return '? MiB';
  const [least, most] = m.rssRangeKb ?? [m.rssKb, m.rssKb];
  return least === most ? `${mib(m.rssKb)} MiB` : `${mib(m.rssKb)} MiB (${mib(least)}-${mib(most)})`;
}

const seconds = (m: Measured): string => `${(m.ms / 1000).toFixed(2)} s, ${memory(m)}${m.ok ? '' : ' (failed)'}`;

/** "0.81 (1.23x faster)" or "2.40 (2.40x slower)": the first over the second. */
export function ratio(mine: number, theirs: number): string {
  const r = mine / theirs;
  return `${r.toFixed(2)} (${(r < 1 ? 1 / r : r).toFixed(2)}x ${r < 1 ? 'faster' : 'slower'})`;
}

function memoryRatio(mine?: number, theirs?: number): string {
  if (mine === undefined || theirs === undefined) return '-';
  return `${(mine / theirs).toFixed(2)} (${mine < theirs ? 'less' : 'more'})`;
}

export function printFileResults(results: FileResult[], runs: number): void {
  const soffice = results.some((r) => r.soffice);
  console.log(
    `CLI (node dist/node/cli/main.js recalc) vs LibreOffice (soffice --headless --convert-to xlsx) of the same input file, medians of ${runs} alternating runs, time and peak memory (the least and largest peak in brackets):`,
  );
  if (!soffice) console.log('  soffice is not installed here: the LibreOffice column is skipped.');
  for (const r of results) {
    const cli = seconds(r.cli);
    const line = `  ${r.label.padEnd(28)} input ${r.inputKb.toFixed(0).padStart(6)} KB  CLI ${cli.padEnd(27)}`;
    if (!r.soffice) {
      console.log(line);
      continue;
    }
    console.log(
      `${line} soffice ${seconds(r.soffice).padEnd(27)} time CLI/soffice ${ratio(r.cli.ms, r.soffice.ms)}; memory ${memoryRatio(r.cli.rssKb, r.soffice.rssKb)}`,
    );
  }
}

/**
 * The file comparison alone: `npx tsx scripts/benchFiles.ts [--runs 5] [--quick]` (after
 * `npm run build:cli`), the same cases as `npm run bench`.
 */
async function filesOnly(): Promise<void> {
  const { values } = parseArgs({
    options: { quick: { type: 'boolean', default: false }, runs: { type: 'string', default: '3' } },
  });
  const runs = Math.max(1, Number(values.runs) || 3);
  const generated = (indicators: number, areas: number): FileCase => {
    const size = { indicators, areas, months: 36 };
    const input = generateInput(size);
    return {
      label: `generated ${indicators} x ${areas} x 36`,
      key: JSON.stringify(input),
      workbook: () => workbookFromInput(input),
    };
  };
  const cases: FileCase[] = [
    { label: 'Kent example (43 indicators)', key: 'kent', workbook: buildKentWorkbook },
    generated(100, 50),
    ...(values.quick ? [] : [generated(200, 50)]),
  ];
  const results: FileResult[] = [];
  for (const c of cases) results.push(await compareWithSoffice(c, runs));
  printFileResults(results, runs);
}

if (require.main === module) {
  filesOnly().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
