/**
 * The scale cases of issue 11 (class 7) through the CLI's path: open the .xlsx with the ExcelJS
 * gateway (large sheets read from their XML), recalculate, save the output sheets into the file's package. Prints each step's time and the file sizes. Figures, not assertions.
 *
 *   npx tsx scripts/scale.ts                 every case
 *   npx tsx scripts/scale.ts data-rows       one case (for node --cpu-prof, say)
 */
import { mkdtempSync, statSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { recalculate } from '../src/app/recalculate';
import { describeIssue } from '../src/engine';
import { FileGateway } from '../src/gateways/exceljs/fileGateway';
import type { ScaleCase } from './generate';
import { generateWorkbook, SCALE_CASES } from './generate';

const kb = (path: string): string => `${Math.round(statSync(path).size / 1024).toLocaleString()} KB`;
const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

/** Wall-clock and CPU time since a mark: on a busy machine the CPU time is the steadier figure. */
function since(mark: { wall: number; cpu: NodeJS.CpuUsage }): string {
  const cpu = process.cpuUsage(mark.cpu);
  return `${seconds(performance.now() - mark.wall)} (CPU ${seconds((cpu.user + cpu.system) / 1000)})`;
}
const mark = () => ({ wall: performance.now(), cpu: process.cpuUsage() });

async function run(which: ScaleCase, dir: string): Promise<void> {
  const input = join(dir, `${which}.xlsx`);
  const output = join(dir, `${which}-scorecard.xlsx`);
  await generateWorkbook(which).xlsx.writeFile(input);
  const start = mark();
  const gateway = await FileGateway.fromFile(input);
  const opened = since(start);
  const recalcStart = mark();
  const outcome = await recalculate(gateway, { now: () => new Date(Date.UTC(2017, 4, 2)) });
  const recalculated = since(recalcStart);
  const saveStart = mark();
  if (outcome.ok) writeFileSync(output, await gateway.toBuffer());
  const saved = since(saveStart);
  const steps = Object.entries(outcome.timings)
    .map(([step, ms]) => `${step} ${seconds(ms)}`)
    .join(', ');
  const result = outcome.ok
    ? `${outcome.summary.total.total.toLocaleString()} indicators; output ${kb(output)}`
    : `stopped: ${describeIssue(outcome.issues.find((i) => i.severity === 'error')!)}`;
  console.log(`${which}: input ${kb(input)}; ${result}`);
  console.log(`  open ${opened}; recalculate ${recalculated} [${steps}]; save ${saved}; total ${since(start)}`);
}

/** Runs the cases asked for, each once, printing a line pair for each. */
export async function runScaleCases(cases: readonly ScaleCase[]): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'scorecard-scale-'));
  console.log(`Scale cases (issue 11, class 7) through the ExcelJS gateway, files in ${dir}:`);
  for (const which of cases) await run(which, dir);
}

if (require.main === module) {
  const asked = process.argv.slice(2) as ScaleCase[];
  runScaleCases(asked.length ? asked : SCALE_CASES);
}
