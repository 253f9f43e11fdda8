/**
 * What users wait for, side by side with a peer, as ratios. Figures, not assertions.
 *
 *   npm run bench              Kent, 100 x 50 and 200 x 50 (indicators x areas, 36 months)
 *   npm run bench -- --quick   without 200 x 50 (the slowest case)
 *   npm run bench -- --runs 5  more alternating CLI/soffice runs per case (default 3)
 *
 * 1. The CLI against `soffice --headless --convert-to xlsx` of the same input file.
 * 2. The engine and the full plan (area sheets included) against HyperFormula evaluating the
 *    scorecard the CLI wrote for the 100 x 50 input.
 * 3. Office.js round trips and the largest request and response, as Office.js serialises them.
 */
import { spawnSync } from 'child_process';
import { parseArgs } from 'util';
import { buildKentWorkbook } from '../src/example/kentExample';
import type { FileCase, FileResult } from './benchFiles';
import { compareWithSoffice, printFileResults } from './benchFiles';
import { printEngine, printHyperFormula, timeEngine, timeSideBySide } from './benchEngine';
import { bundleSize, officeTraffic, scale } from './benchOffice';
import { generateInput, workbookFromInput } from './generate';

const { values: options } = parseArgs({
  options: { quick: { type: 'boolean', default: false }, runs: { type: 'string', default: '3' } },
});
const runs = Math.max(1, Number(options.runs) || 3);

const generated = (indicators: number, areas: number): FileCase => {
  const size = { indicators, areas, months: 36 };
  return {
    label: `generated ${indicators} x ${areas} x 36`,
    key: JSON.stringify(generateInput(size)),
    workbook: () => workbookFromInput(generateInput(size)),
  };
};

async function main(): Promise<void> {
  const started = performance.now();
  console.log('Building the CLI (npm run build:cli) ...');
  const build = spawnSync('npm', ['run', 'build:cli', '--silent'], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('npm run build:cli failed');
  const cases: FileCase[] = [
    { label: 'Kent example (43 indicators)', key: 'kent', workbook: buildKentWorkbook },
    generated(100, 50),
    ...(options.quick ? [] : [generated(200, 50)]),
  ];
  const files: FileResult[] = [];
  for (const c of cases) {
    process.stdout.write(`  ${c.label} ...\n`);
    files.push(await compareWithSoffice(c, runs));
  }
  printFileResults(files, runs);
  if (options.quick) console.log('  (200 x 50 skipped: --quick)');

  const size = { indicators: 100, areas: 50, months: 36 };
  const label = `generated ${size.indicators} x ${size.areas} x ${size.months} (180,000 data rows)`;
  const written = files[1];
  if (written?.cli.ok) {
    // Alternating runs of ours and HyperFormula's on the scorecard the CLI wrote for the same input.
    const { engine, hf } = await timeSideBySide(generateInput(size), written.output, 5);
    printEngine(label, engine, 5);
    printHyperFormula(engine, hf);
  } else printEngine(label, timeEngine(generateInput(size), 5), 5);

  await officeTraffic();
  bundleSize();
  await scale();
  console.log(`Bench took ${((performance.now() - started) / 1000).toFixed(0)} s.`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
