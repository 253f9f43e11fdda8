/**
 * Round trips and request sizes of a recalculation through Microsoft's Office.js on the test
 * host, as Office.js serialises them: Excel on the web refuses a request or a response over 5 MB
 * (https://learn.microsoft.com/en-us/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins).
 */
import { generateInput } from '../../scripts/generate';
import { buildKentWorkbook } from '../../src/example/kentExample';
import type { PlanCell } from '../../src/plan';
import { COMMAND_BYTES, formatWrites, MAX_REQUEST_BYTES, READ_BLOCK_BYTES } from '../../src/gateways/officejs';
import { PAYLOAD_LIMIT } from '../fakes/excel/excelRules';
import type { OfficeJsHost } from '../fakes/officejs/host';
import { hostFor, hostForInput, recalcOnHost } from '../helpers/office';

function writeRequests(host: OfficeJsHost) {
  return host.stats.requests.filter((r) => r.writes > 0);
}

function everyRequestFits(host: OfficeJsHost): void {
  for (const exchange of host.exchanges) {
    expect(exchange.error).toBeUndefined();
    expect(exchange.requestBytes).toBeLessThanOrEqual(MAX_REQUEST_BYTES);
    expect(exchange.responseBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT);
  }
}

describe('round trips through Office.js', () => {
  test('Kent: 4 round trips (listing; contract tables and earlier output; referenced cells; one write)', async () => {
    const host = hostFor(buildKentWorkbook());
    const outcome = await recalcOnHost(host);
    expect(outcome.ok).toBe(true);
    expect(host.stats.syncs).toBe(4);
    expect(host.stats.requests.map((r) => r.writes > 0)).toEqual([false, false, false, true]);
    everyRequestFits(host);
  });

  test('Kent rerun: the same 4, the backups made and removed inside the one write request', async () => {
    const host = hostFor(buildKentWorkbook());
    await recalcOnHost(host);
    host.stats.reset();
    host.exchanges.length = 0;
    const outcome = await recalcOnHost(host);
    expect(outcome.ok).toBe(true);
    expect(host.stats.syncs).toBe(4);
    expect(writeRequests(host)).toHaveLength(1);
    expect(host.doc.sheets.some((s) => s.name.startsWith('~scorecard backup'))).toBe(false);
    everyRequestFits(host);
  });

  test('100 x 20 x 13 with area sheets: 26,000 data rows take one block more, a 4.4 MB write goes in one request', async () => {
    const host = hostForInput(generateInput({ indicators: 100, areas: 20, months: 13 }));
    const outcome = await recalcOnHost(host);
    expect(outcome.ok).toBe(true);
    // Listing, contract tables (first 20,000 data rows), the other 6,000 rows, the write (no references).
    expect(host.stats.syncs).toBe(4);
    expect(writeRequests(host)).toHaveLength(1);
    expect(writeRequests(host)[0]!.bytes).toBeGreaterThan(4 * 1024 * 1024);
    everyRequestFits(host);
  });

  test('100 x 50 x 36 with 49 area sheets: reads and writes split only as the bytes require, each within 5 MB', async () => {
    const host = hostForInput(generateInput({ indicators: 100, areas: 50, months: 36 }));
    const outcome = await recalcOnHost(host);
    expect(outcome.ok).toBe(true);
    everyRequestFits(host);
    const writes = writeRequests(host);
    const written = writes.reduce((n, r) => n + r.bytes, 0);
    // Packed against an estimate that errs at most ~25% high: never a request more than that needs.
    expect(writes.length).toBeLessThanOrEqual(Math.ceil(written / (0.8 * MAX_REQUEST_BYTES)));
    const reads = host.exchanges.filter((e, i) => i > 1 && !host.stats.requests[i]?.writes);
    const read = reads.reduce((n, e) => n + e.responseBytes, 0);
    expect(reads.length).toBeLessThanOrEqual(Math.ceil(read / (0.95 * READ_BLOCK_BYTES)));
  }, 120_000);
});

describe('number formats as a write sends them', () => {
  const cell = (numberFormat?: string): PlanCell => ({ value: 1, ...(numberFormat ? { numberFormat } : {}) });

  test('a block of General cells sends none (the block was cleared)', () => {
    expect(formatWrites([[cell(), cell()]], COMMAND_BYTES)).toEqual({ writes: [], bytes: 0 });
  });

  test('a formatted column in a wide General block goes as one column vector, from its first to its last format', () => {
    const rows = Array.from({ length: 40 }, (_, r) =>
      Array.from({ length: 12 }, (_, c) => cell(c === 3 && r >= 2 && r <= 30 ? '0.0%' : undefined)),
    );
    const { writes } = formatWrites(rows, COMMAND_BYTES);
    expect(writes).toHaveLength(1);
    expect(writes[0]).toMatchObject({ row: 2, column: 3 });
    expect(writes[0]!.formats).toHaveLength(29);
  });

  test('a block formatted throughout goes as one matrix', () => {
    const rows = Array.from({ length: 3 }, () => Array.from({ length: 4 }, () => cell('0.0')));
    const { writes } = formatWrites(rows, COMMAND_BYTES);
    expect(writes).toEqual([{ row: 0, column: 0, formats: rows.map((row) => row.map(() => '0.0')) }]);
  });
});
