/**
 * Prints how long the engine and the plan take on a generated scorecard of
 * 100 indicators x 50 areas x 36 months (180,000 in-month rows). Figures, not assertions.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'fs';
import { join } from 'path';
import { gzipSync } from 'zlib';
import { computeScorecard, IssueList, parseInput, reportingMonth } from '../src/engine';
import { planWorkbook } from '../src/plan';
import { generateInput } from './generate';

const size = { indicators: 100, areas: 50, months: 36 };

function time<T>(fn: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = fn();
  return { value, ms: performance.now() - start };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const input = generateInput(size);
const runs = 5;
const parse: number[] = [];
const compute: number[] = [];
const plan: number[] = [];
const planAreas: number[] = [];
let summaryLine = '';
for (let run = 0; run < runs; run++) {
  const issues = new IssueList();
  const parsed = time(() => parseInput(input, issues)!);
  const month = reportingMonth(parsed.value, issues)!;
  const results = time(() =>
    computeScorecard(
      parsed.value.catalogue.indicators,
      parsed.value.observations,
      { title: 'Bench', area: 'Area 1', month },
      issues,
    )!,
  );
  const planned = time(() => planWorkbook(results.value, undefined, { areaSheets: false }));
  const allAreas = time(() => planWorkbook(results.value));
  if (issues.hasErrors) throw new Error(issues.items.map((i) => i.message).join('\n'));
  parse.push(parsed.ms);
  compute.push(results.ms);
  plan.push(planned.ms);
  planAreas.push(allAreas.ms);
  const t = planned.value.summary.total;
  summaryLine = `county summary: ${t.G} G, ${t.A} A, ${t.R} R; ${results.value.areas.length} areas computed`;
}
const rows = (input.data?.range.cells.length ?? 1) - 1;
console.log(
  `Scorecard bench: ${size.indicators} indicators x ${size.areas} areas x ${size.months} months (${rows.toLocaleString()} data rows), median of ${runs} runs`,
);
console.log(`  parse + validate tables      ${median(parse).toFixed(0).padStart(6)} ms`);
console.log(`  engine (all areas)           ${median(compute).toFixed(0).padStart(6)} ms`);
console.log(`  plan (top level only)        ${median(plan).toFixed(0).padStart(6)} ms`);
console.log(`  engine + plan                ${(median(compute) + median(plan)).toFixed(0).padStart(6)} ms`);
console.log(`  plan (with ${size.areas - 1} area sheets)   ${median(planAreas).toFixed(0).padStart(6)} ms`);
console.log(`  ${summaryLine}`);

/**
 * Office.js traffic: each recalculation driven through Microsoft's own Office.js library against
 * the test host, so request and response sizes are as Office.js serialises them (Excel on the
 * web refuses either over 5 MB).
 */
async function officeTraffic(): Promise<void> {
  const { buildKentWorkbook } = await import('../src/example/kentExample');
  const { hostFor, hostForInput, recalcOnHost } = await import('../test/helpers/office');
  const cases = [
    { label: 'Kent example (43 indicators)', host: hostFor(buildKentWorkbook()) },
    {
      label: 'generated 100 x 20 x 13, area sheets',
      host: hostForInput(generateInput({ indicators: 100, areas: 20, months: 13 })),
    },
    {
      label: `generated ${size.indicators} x ${size.areas} x ${size.months}, top level`,
      host: hostForInput(generateInput({ ...size, areaSheets: false })),
    },
    { label: `generated, with ${size.areas - 1} area sheets`, host: hostForInput(generateInput(size)) },
  ];
  console.log("Office.js gateway through Microsoft's Office.js on the test host (per recalculation; limit 5,120 KB):");
  for (const { label, host } of cases) {
    const start = performance.now();
    const outcome = await recalcOnHost(host);
    const ms = performance.now() - start;
    if (!outcome.ok) throw new Error(`${label} failed`);
    const kb = (host.largestRequestBytes / 1024).toFixed(0);
    const responseKb = (host.largestResponseBytes / 1024).toFixed(0);
    console.log(
      `  ${label.padEnd(38)} ${host.stats.syncs} round trips, largest request ${kb} KB, largest response ${responseKb} KB, ${ms.toFixed(0)} ms`,
    );
  }
}

function bundleSize(): void {
  const dir = join(__dirname, '..', 'dist', 'web');
  if (!existsSync(dir)) {
    console.log('Task pane bundle: no production build (run `npm run build` first)');
    return;
  }
  const scripts = readdirSync(dir).filter((f) => f.endsWith('.js'));
  const raw = scripts.reduce((n, f) => n + statSync(join(dir, f)).size, 0);
  const gz = scripts.reduce((n, f) => n + gzipSync(readFileSync(join(dir, f)), { level: 9 }).length, 0);
  console.log(
    `Task pane initial JS: ${(raw / 1024).toFixed(0)} KB minified, ${(gz / 1024).toFixed(0)} KB gzipped (${scripts.join(', ')})`,
  );
}

/** The quick scale cases (the rest take a minute or more: npx tsx scripts/scale.ts). */
async function scale(): Promise<void> {
  const { runScaleCases } = await import('./scale');
  await runScaleCases(['table-to-last-row', 'sheet-to-last-cell']);
}

officeTraffic().then(bundleSize).then(scale);
