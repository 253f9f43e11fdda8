/**
 * Round trips and request sizes of a recalculation through Microsoft's Office.js on the test
 * host, as Office.js serialises them: Excel on the web refuses a request or a response over 5 MB
 * (https://learn.microsoft.com/en-us/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins).
 */
import { generateInput } from '../../scripts/generate';
import { buildKentWorkbook } from '../../src/example/kentExample';
import type { PlanCell } from '../../src/plan';
import type { SheetWindow } from '../../src/gateways/officejs';
import {
  blockRequests,
  COMMAND_BYTES,
  formatWrites,
  fromReadAhead,
  MAX_REQUEST_BYTES,
  READ_AHEAD_CELLS,
  READ_BLOCK_BYTES,
} from '../../src/gateways/officejs';
import { comparableFromFake, sortCells } from '../fakes/excel/bridge';
import { PAYLOAD_LIMIT } from '../fakes/excel/excelRules';
import type { OfficeJsHost } from '../fakes/officejs/host';
import { hostFor, hostForInput, recalcOnHost } from '../helpers/office';
import { catalogueRow, miniWorkbook } from '../helpers/miniWorkbook';
import type ExcelJS from 'exceljs';

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
  test('Kent: 3 round trips (listing; contract tables, earlier output and the referenced sheets read ahead; one write)', async () => {
    const host = hostFor(buildKentWorkbook());
    const outcome = await recalcOnHost(host);
    expect(outcome.ok).toBe(true);
    expect(host.stats.syncs).toBe(3);
    expect(host.stats.requests.map((r) => r.writes > 0)).toEqual([false, false, true]);
    everyRequestFits(host);
  });

  test('Kent rerun: the same 3, the backups made and removed inside the one write request', async () => {
    const host = hostFor(buildKentWorkbook());
    await recalcOnHost(host);
    host.stats.reset();
    host.exchanges.length = 0;
    const outcome = await recalcOnHost(host);
    expect(outcome.ok).toBe(true);
    expect(host.stats.syncs).toBe(3);
    expect(writeRequests(host)).toHaveLength(1);
    expect(host.doc.sheets.some((s) => s.name.startsWith('~scorecard backup'))).toBe(false);
    everyRequestFits(host);
  });

  test('Kent with a hidden catalogue row: still 3, its visible cells read with the table', async () => {
    const wb = buildKentWorkbook();
    wb.getWorksheet('Catalogue')!.getRow(5).hidden = true;
    const host = hostFor(wb);
    const outcome = await recalcOnHost(host);
    expect(outcome.issues.filter((i) => i.code === 'hidden-catalogue-row').map((i) => i.at?.cell)).toEqual(['A5']);
    expect(host.stats.syncs).toBe(3);
    everyRequestFits(host);
  });

  test('a catalogue reaching past row 512, with one row hidden: still 3, its visible cells read with it', async () => {
    const input = generateInput({ indicators: 600, areas: 1, months: 13, areaSheets: false });
    const host = hostForInput(input);
    host.doc.sheet(input.catalogue!.range.sheet)!.hiddenRows.add(590);
    const outcome = await recalcOnHost(host);
    expect(outcome.issues.filter((i) => i.code === 'hidden-catalogue-row').map((i) => i.at?.cell)).toEqual(['A590']);
    // Listing, first read (the catalogue's visible cells with it), the write.
    expect(host.stats.syncs).toBe(3);
  }, 60_000);

  test('100 x 20 x 13 with area sheets: 26,000 data rows come in the first read, a 4.4 MB write goes in one request', async () => {
    const host = hostForInput(generateInput({ indicators: 100, areas: 20, months: 13 }));
    const outcome = await recalcOnHost(host);
    expect(outcome.ok).toBe(true);
    // Listing, contract tables (all 26,000 data rows, 3.1 MB), the write (no references).
    expect(host.stats.syncs).toBe(3);
    expect(writeRequests(host)).toHaveLength(1);
    expect(writeRequests(host)[0]!.bytes).toBeGreaterThan(4 * 1024 * 1024);
    everyRequestFits(host);
  });

  test('a data table far wider than the contract (22 columns, 10 MB): Excel refuses the first read, it is asked again cautiously, and the scorecard is the same', async () => {
    const narrow = generateInput({ indicators: 100, areas: 20, months: 9, areaSheets: false });
    const wide = generateInput({ indicators: 100, areas: 20, months: 9, areaSheets: false });
    wide.data!.range.cells.forEach((row, r) => {
      for (let k = 0; k < 14; k++) row.push(r === 0 ? `Note ${k}` : `comment on row ${r}, note ${k}`);
    });
    const [narrowHost, wideHost] = [hostForInput(narrow), hostForInput(wide)];
    const [narrowOutcome, wideOutcome] = [await recalcOnHost(narrowHost), await recalcOnHost(wideHost)];
    expect(wideOutcome.ok).toBe(true);
    // The first ask of round trip 2 is refused as over 5 MB; nothing after it is.
    const refused = wideHost.exchanges.filter((e) => e.error);
    expect(refused.map((e) => e.error)).toEqual(['ResponsePayloadSizeLimitExceeded']);
    expect(wideHost.exchanges.indexOf(refused[0]!)).toBe(1);
    const read = wideHost.exchanges.filter((e, i) => !e.error && !wideHost.stats.requests[i]?.writes);
    expect(read.reduce((n, e) => n + e.responseBytes, 0)).toBeGreaterThan(2 * PAYLOAD_LIMIT);
    for (const e of wideHost.exchanges.filter((x) => !x.error)) expect(e.responseBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT);
    const written = (host: OfficeJsHost) => sortCells(comparableFromFake(host.doc.sheet('Scorecard')!)).cells;
    expect(written(wideHost)).toEqual(written(narrowHost));
    expect(narrowOutcome.ok && wideOutcome.ok && wideOutcome.summary.total).toEqual(
      narrowOutcome.ok && narrowOutcome.summary.total,
    );
  }, 120_000);

  test('rows far longer than the first ones measured: a block Excel refuses is read again in halves, and the scorecard is the same', async () => {
    const size = { indicators: 100, areas: 20, months: 36, areaSheets: false };
    const plain = generateInput(size);
    const noted = generateInput(size);
    // A note on every row after the first read's 32,768: the blocks are sized from rows without one.
    noted.data!.range.cells.forEach((row, r) => row.push(r === 0 ? 'Note' : r > 32_768 ? `checked ${r} `.repeat(15) : null));
    const [plainHost, notedHost] = [hostForInput(plain), hostForInput(noted)];
    const [plainOutcome, notedOutcome] = [await recalcOnHost(plainHost), await recalcOnHost(notedHost)];
    expect(notedOutcome.ok).toBe(true);
    const refused = notedHost.exchanges.filter((e) => e.error);
    expect(refused.length).toBeGreaterThan(0);
    expect(new Set(refused.map((e) => e.error))).toEqual(new Set(['ResponsePayloadSizeLimitExceeded']));
    for (const e of notedHost.exchanges.filter((x) => !x.error)) expect(e.responseBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT);
    const written = (host: OfficeJsHost) => sortCells(comparableFromFake(host.doc.sheet('Scorecard')!)).cells;
    expect(written(notedHost)).toEqual(written(plainHost));
    expect(plainOutcome.ok && plainHost.exchanges.some((e) => e.error)).toBe(false);
  }, 180_000);

  test('a catalogue of 2,100 indicators comes whole in the first read; 33,600 data rows leave one block', async () => {
    const host = hostForInput(generateInput({ indicators: 2100, areas: 1, months: 16, areaSheets: false }));
    const outcome = await recalcOnHost(host);
    expect(outcome.ok).toBe(true);
    // Listing, first read (the whole catalogue, the first 32,768 data rows), the data table's last 833 rows.
    expect(host.stats.requests.filter((r) => r.writes === 0)).toHaveLength(3);
    everyRequestFits(host);
  }, 120_000);

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
  }, 300_000);
});

test('when even 64 rows of each table are more than Excel sends at once, the run stops saying where to look', async () => {
  const wb = buildKentWorkbook();
  const scenarios = wb.addWorksheet('Scorecard scenarios');
  const text = 's'.repeat(30_000);
  for (let r = 1; r <= 200; r++) scenarios.getCell(r, 1).value = text;
  const host = hostFor(wb);
  const outcome = recalcOnHost(host);
  await expect(outcome).rejects.toMatchObject({ category: 'file', code: 'ResponsePayloadSizeLimitExceeded' });
  await expect(outcome).rejects.toThrow(/"Scorecard scenarios"/);
  // Asked three times, each more cautiously, then stopped: nothing written.
  expect(host.exchanges.filter((e) => e.error)).toHaveLength(3);
  expect(host.stats.requests.some((r) => r.writes > 0)).toBe(false);
}, 60_000);

describe('rows past the first read', () => {
  const loaded = (rows: number, width: number) => ({
    address: '',
    values: Array.from({ length: rows }, () => Array.from({ length: width }, () => 12345)),
    valueTypes: Array.from({ length: rows }, () => Array.from({ length: width }, () => 'Double' as Excel.RangeValueType)),
  });

  test('the short last blocks of two tables share one request; a full block goes alone', () => {
    const requests = blockRequests([
      { key: 'catalogue', whole: 'Catalogue!A1:X3000', head: loaded(1365, 24) },
      { key: 'data', whole: 'Data!A1:H20000', head: loaded(4096, 8) },
    ]);
    const rows = requests.map((request) => request.map((b) => `${b.key} ${b.box.top}-${b.box.bottom}`));
    // About 124 bytes a data row and 360 a catalogue row: 2.6 MB left in all, one request.
    expect(rows).toEqual([['catalogue 1366-3000', 'data 4097-20000']]);
    const big = blockRequests([{ key: 'data', whole: 'Data!A1:H1000000', head: loaded(4096, 8) }]);
    expect(big.length).toBeGreaterThan(1);
    for (const request of big) expect(request.reduce((n, b) => n + b.bytes, 0)).toBeLessThanOrEqual(READ_BLOCK_BYTES);
  });

  test('a table read none of (it starts below the first rows) is sized at a guess of 100 bytes a cell', () => {
    const requests = blockRequests([
      { key: 'data', whole: 'Data!A40001:H50000', head: { address: '', values: [], valueTypes: [] } },
    ]);
    // 800 bytes a row of 8 cells.
    expect(requests.flat()[0]!.box).toMatchObject({ top: 40001, bottom: 40000 + Math.floor(READ_BLOCK_BYTES / 800) });
  });
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

describe('referenced sheets read ahead in round trip 2', () => {
  const window = { top: 1, left: 1, bottom: 100, right: 64 };
  const read: SheetWindow = {
    sheet: 'Figures',
    window,
    used: { top: 2, left: 2, bottom: 5, right: 3 },
    cells: {
      sheet: 'Figures',
      address: 'B2:C5',
      top: 2,
      left: 2,
      cells: [
        [1, 2],
        [3, { error: '#N/A' }],
        [null, 'x'],
        [5, 6],
      ],
    },
  };

  test('a range inside the window is answered from it, empty cells as null, errors kept apart from text', () => {
    expect(fromReadAhead(read, { top: 3, left: 2, bottom: 4, right: 4 }, false)).toEqual({
      range: {
        sheet: 'Figures',
        address: 'B3:D4',
        top: 3,
        left: 2,
        cells: [
          [3, { error: '#N/A' }, null],
          [null, 'x', null],
        ],
      },
    });
  });

  test('a range reaching past the window, or an unread sheet, is left for Excel', () => {
    expect(fromReadAhead(read, { top: 90, left: 1, bottom: 101, right: 1 }, false)).toBeUndefined();
    expect(fromReadAhead(undefined, { top: 1, left: 1, bottom: 1, right: 1 }, false)).toBeUndefined();
  });

  test('whole columns are what meets the used range: answered when the used range lies in the window', () => {
    const columnB = { top: 1, left: 2, bottom: 1048576, right: 2 };
    expect(fromReadAhead(read, columnB, true)?.range?.address).toBe('B2:B5');
    expect(fromReadAhead(read, { ...columnB, left: 9, right: 9 }, true)).toEqual({ range: null });
    expect(fromReadAhead({ ...read, used: { top: 1, left: 1, bottom: 5000, right: 2 } }, columnB, true)).toBeUndefined();
    expect(fromReadAhead({ sheet: 'Blank', window }, columnB, true)).toEqual({ range: null });
  });

  test('without a data table, the read-ahead takes its share: a figure on row 300 of one of five sheets needs no round trip of its own', async () => {
    const figures = Array.from({ length: 500 }, (_, i): ExcelJS.CellValue[] => [`Row ${i + 2}`, 180 + (i % 7), 200]);
    const wb = miniWorkbook({ catalogue: [catalogueRow({}, 300)], figures });
    for (const name of ['Notes', 'Lookups', 'Previous year']) wb.addWorksheet(name).getCell('A1').value = name;
    const host = hostFor(wb);
    const outcome = await recalcOnHost(host);
    expect(outcome.ok).toBe(true);
    // Five sheets share 50,000 cells as 156 rows each when a data table takes most of the response.
    expect(Math.floor(READ_AHEAD_CELLS / 5 / 64)).toBeLessThan(300);
    expect(host.stats.syncs).toBe(3);
    const written = host.doc.sheet('Scorecard')!;
    const texts = [...Array(40).keys()].flatMap((r) => [1, 2, 3].map((c) => written.cell(r + 1, c)?.value));
    expect(texts).toContain('% of CP visits in timescale');
  });

  test('when what is read ahead would pass 5 MB, the read is made again without it and references get their own round trip', async () => {
    const wb = buildKentWorkbook();
    const notes = wb.addWorksheet('Long notes');
    // Enough long text in every sheet's window to make the read-ahead response pass 5 MB.
    const rows = Math.floor(READ_AHEAD_CELLS / 6 / 64);
    const text = 'n'.repeat(800);
    for (let r = 1; r <= rows; r++) for (let c = 1; c <= 64; c++) notes.getCell(r, c).value = text;
    const host = hostFor(wb);
    const outcome = await recalcOnHost(host);
    expect(outcome.ok && outcome.summary.total).toMatchObject({ G: 19, A: 19, R: 5 });
    expect(host.exchanges.map((e) => e.error ?? 'ok')).toEqual(['ok', 'ResponsePayloadSizeLimitExceeded', 'ok', 'ok', 'ok']);
  }, 60_000);
});
