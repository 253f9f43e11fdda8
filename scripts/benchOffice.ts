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
  const { hostFor, hostForInput } = await import('../test/helpers/office');
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
  for (const { label, host } of cases) await printTraffic(label, host);
  await roundTripCases();
}

type Host = import('../test/fakes/officejs/host').OfficeJsHost;

/** One recalculation on a host: its round trips and the bytes each way against 5 MB a request or response. */
async function printTraffic(label: string, host: Host): Promise<void> {
  const { recalcOnHost } = await import('../test/helpers/office');
  const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
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
  const refused = host.exchanges.filter((e) => e.error).map((e) => e.error);
  console.log(
    `  ${label.padEnd(38)} ${host.stats.syncs} round trips, largest request ${kb} KB, largest response ${responseKb} KB, ${ms.toFixed(0)} ms`,
  );
  // Why there are as many as there are: the bytes each way against 5 MB a request or response.
  console.log(
    `  ${''.padEnd(38)} ${reads} reads (${mb(read)} MB read, at least ${Math.ceil(read / 5_242_880)} responses), ` +
      `${writes.length} write requests (${mb(written)} MB written, at least ${Math.ceil(written / 5_242_880)})` +
      (refused.length ? `, refused: ${refused.join(', ')}` : ''),
  );
}

/**
 * The layouts that used to take more than 3 round trips (test/gateways/officejsRoundTrips.test.ts
 * checks the same): a reference outside the sheets read ahead, a name defined by a formula, a long
 * catalogue with hidden rows, and two big tables at once.
 */
export async function roundTripCases(): Promise<void> {
  const { hostFor, hostForInput } = await import('../test/helpers/office');
  const { catalogueRow, miniWorkbook } = await import('../test/helpers/miniWorkbook');
  const withRefs = (num: string, den: string) => {
    const wb = miniWorkbook({ catalogue: [catalogueRow({ 'Numerator ref': num, 'Denominator ref': den })] });
    wb.getWorksheet('Figures')!.getCell('BZ2').value = 180;
    wb.getWorksheet('Figures')!.getCell('CA2').value = 200;
    return hostFor(wb);
  };
  const named = (at: { visits: string; cases: string }) => {
    const host = withRefs('Latest_Visits', 'Latest_Cases');
    const sheet = host.doc.sheet('Figures')!;
    host.doc.names.push(
      { name: 'Latest_Visits', formula: 'INDEX(Figures!$B:$B,COUNT(Figures!$B:$B)+1)', sheet, address: at.visits, comment: '' },
      { name: 'Latest_Cases', formula: 'OFFSET(Figures!$C$1,COUNT(Figures!$C:$C),0)', sheet, address: at.cases, comment: '' },
    );
    return host;
  };
  const hidden = () => {
    const input = generateInput({ indicators: 600, areas: 1, months: 13, areaSheets: false });
    const host = hostForInput(input);
    const sheet = host.doc.sheet(input.catalogue!.range.sheet)!;
    for (const row of [5, 6, 590]) sheet.hiddenRows.add(row);
    return host;
  };
  const cases: [string, () => Host][] = [
    ['1. reference past the read-ahead (BZ2)', () => withRefs('Figures!BZ2', 'Figures!CA2')],
    ['2. INDEX/OFFSET name, cells read ahead', () => named({ visits: 'B2', cases: 'C2' })],
    ['2. INDEX/OFFSET name, past read-ahead', () => named({ visits: 'BZ2', cases: 'CA2' })],
    ['3. 600-row catalogue, 3 rows hidden', hidden],
    [
      '4. 4,000 indicators, 36,000 data rows',
      () => hostForInput(generateInput({ indicators: 4000, areas: 1, months: 9, areaSheets: false })),
    ],
  ];
  console.log('Office.js round trips in the layouts that used to take more than 3:');
  for (const [label, host] of cases) await printTraffic(label, host());
}

if (require.main === module) {
  officeTraffic().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
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
