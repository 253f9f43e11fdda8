/**
 * Office.js traffic through Microsoft's Office.js on the test host, the task pane's bundle size and
 * the quick scale cases: the parts of `npm run bench` that are not side by side with a peer.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'fs';
import { join } from 'path';
import { gzipSync } from 'zlib';
import { generateInput } from './generate';

const size = { indicators: 100, areas: 50, months: 36 };

/**
 * Office.js traffic: each recalculation driven through Microsoft's own Office.js library against
 * the test host, so request and response sizes are as Office.js serialises them (Excel on the
 * web refuses either over 5 MB).
 */
export async function officeTraffic(): Promise<void> {
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
  const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
  for (const { label, host } of cases) {
    const start = performance.now();
    const outcome = await recalcOnHost(host);
    const ms = performance.now() - start;
    if (!outcome.ok) throw new Error(`${label} failed`);
    const kb = (host.largestRequestBytes / 1024).toFixed(0);
    const responseKb = (host.largestResponseBytes / 1024).toFixed(0);
    const writes = host.stats.requests.filter((r) => r.writes > 0);
    const reads = host.stats.requests.length - writes.length;
    const read = host.exchanges.reduce((n, e) => n + e.responseBytes, 0);
    const written = writes.reduce((n, r) => n + r.bytes, 0);
    console.log(
      `  ${label.padEnd(38)} ${host.stats.syncs} round trips, largest request ${kb} KB, largest response ${responseKb} KB, ${ms.toFixed(0)} ms`,
    );
    // Why there are as many as there are: the bytes each way against 5 MB a request or response.
    console.log(
      `  ${''.padEnd(38)} ${reads} reads (${mb(read)} MB read, at least ${Math.ceil(read / 5_242_880)} responses), ` +
        `${writes.length} write requests (${mb(written)} MB written, at least ${Math.ceil(written / 5_242_880)})`,
    );
  }
}

export function bundleSize(): void {
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
export async function scale(): Promise<void> {
  const { runScaleCases } = await import('./scale');
  await runScaleCases(['table-to-last-row', 'sheet-to-last-cell']);
}
