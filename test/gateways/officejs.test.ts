import { buildKentWorkbook } from '../../src/example/kentExample';
import { ExcelJsGateway } from '../../src/gateways/exceljs';
import { recalculate } from '../../src/app/recalculate';
import { MAX_REQUEST_BYTES, READ_BLOCK_BYTES, rowBlocks } from '../../src/gateways/officejs';
import { PAYLOAD_LIMIT } from '../fakes/excel/context';
import { planWorkbook } from '../../src/plan';
import { generateInput } from '../../scripts/generate';
import { comparableFromExcelJs, comparableFromFake, sortCells } from '../fakes/excel/bridge';
import { FakeExcelHost } from '../fakes/excel/host';
import { DocumentState } from '../fakes/excel/document';
import { KENT_INPUT_SHEETS, KENT_OUTPUT_SHEETS, writeAndReload } from '../helpers/kent';
import { hostFor, hostForInput, recalcOnHost } from '../helpers/office';
import { miniWorkbook } from '../helpers/miniWorkbook';

const OUTPUT = ['Scorecard', 'Summary'];

describe('Office.js gateway on the fake host', () => {
  test('the Kent example gives 19 Green, 19 Amber, 5 Red in 3 round trips: list, read (references read ahead), write', async () => {
    const host = hostFor(buildKentWorkbook());
    const outcome = await recalcOnHost(host);
    expect(outcome.ok && outcome.summary.total).toMatchObject({ G: 19, A: 19, R: 5 });
    expect(host.stats.syncs).toBe(3);
    // Every request, as Microsoft's Office.js serialised it, is far under Excel on the web's 5 MB.
    expect(host.exchanges).toHaveLength(3);
    expect(host.largestRequestBytes).toBeLessThan(PAYLOAD_LIMIT / 4);
  });

  test('writes, cell for cell, the same values, formulas, formats and rules as the ExcelJS gateway', async () => {
    const host = hostFor(buildKentWorkbook());
    await recalcOnHost(host);
    const file = buildKentWorkbook();
    await recalculate(new ExcelJsGateway(file));
    const { written } = await writeAndReload(file);
    for (const name of OUTPUT) {
      const fromOffice = sortCells(comparableFromFake(host.doc.sheet(name)!));
      const fromFile = sortCells(comparableFromExcelJs(written.getWorksheet(name)!));
      expect(fromOffice.cells).toEqual(fromFile.cells);
      expect(fromOffice.rules).toEqual(fromFile.rules);
      expect(fromOffice.merges).toEqual(fromFile.merges);
      expect(fromOffice.rowHeights).toEqual(fromFile.rowHeights);
      expect(fromOffice.freeze).toEqual(fromFile.freeze);
      expect(fromOffice.tabColor).toEqual(fromFile.tabColor);
    }
  }, 60_000);

  test('writes happen with calculation and screen updating suspended and events off', async () => {
    const host = hostFor(buildKentWorkbook());
    await recalcOnHost(host);
    const write = host.stats.requests[2]!;
    expect(write.writes).toBeGreaterThan(100);
    expect(write).toMatchObject({ calculationSuspended: true, screenUpdatingSuspended: true, eventsOffDuringWrites: true });
    expect(host.doc.enableEvents).toBe(true);
    expect(host.stats.requests.slice(0, 2).every((r) => r.writes === 0)).toBe(true);
  });

  test('a second run leaves the same cells and the same number of conditional-format rules', async () => {
    const host = hostFor(buildKentWorkbook());
    await recalcOnHost(host);
    const first = OUTPUT.map((n) => sortCells(comparableFromFake(host.doc.sheet(n)!)));
    const rules = host.doc.sheet('Scorecard')!.cfs.length;
    host.stats.reset();
    await recalcOnHost(host);
    expect(OUTPUT.map((n) => sortCells(comparableFromFake(host.doc.sheet(n)!)))).toEqual(first);
    expect(host.doc.sheet('Scorecard')!.cfs.length).toBe(rules);
    // RAG 3 + 3, arrows 3 + 3, small denominators 1, SPC variation 7 and assurance 3.
    expect(rules).toBe(23);
    expect(host.stats.syncs).toBe(3);
    const written = host.doc.sheets.filter((sh) => !KENT_INPUT_SHEETS.includes(sh.name));
    expect(host.doc.names.filter((n) => n.name.startsWith('ScorecardOutput_'))).toHaveLength(written.length);
    expect(written.map((sh) => sh.name)).toEqual([...KENT_OUTPUT_SHEETS, 'Run log']);
  });

  test('exception pages get a line chart of actual, target and floor; reruns replace it and leave charts people made', async () => {
    const host = hostFor(buildKentWorkbook());
    await recalcOnHost(host);
    const sheet = host.doc.sheet('Exceptions')!;
    const trend = (id: string) => sheet.charts.find((c) => c.name.startsWith(`Trend ${id} `))!;
    expect(sheet.charts.map((c) => c.name.split(' #')[0])).toEqual(['Trend 6', 'Trend 8', 'Trend 20', 'Trend 27', 'Trend 42']);
    expect(trend('8')).toMatchObject({
      type: 'Line',
      seriesBy: 'Rows',
      title: '8 % of Returner Interviews completed within 3 working days',
    });
    // The chart's source is the trend table: months across, then Result, Target and Floor.
    const [top, bottom] = trend('8')
      .source.split(':')
      .map((a) => Number(a.replace(/^[A-Z]+/, '')));
    expect([top, bottom].map((r) => sheet.cell(Number(r), 1)?.value)).toEqual(['Trend Data – Month End', 'Floor']);
    sheet.charts.push({ name: 'My own chart', type: 'Pie', source: 'A1:B2', seriesBy: 'Auto', title: 'mine' });
    await recalcOnHost(host);
    await recalcOnHost(host);
    expect(sheet.charts).toHaveLength(6);
    expect(sheet.charts.filter((c) => c.name === 'My own chart')).toHaveLength(1);
  });

  test('a generated 100 indicators x 50 areas scorecard, top level only: 4 round trips, nothing over 5 MB', async () => {
    const host = hostForInput(generateInput({ indicators: 100, areas: 50, months: 13, basis: 'period', areaSheets: false }));
    const outcome = await recalcOnHost(host);
    expect(outcome.ok && outcome.results.areas).toHaveLength(50);
    expect(host.stats.syncs).toBeLessThanOrEqual(4);
    expect(host.largestRequestBytes).toBeLessThan(PAYLOAD_LIMIT);
    expect(host.largestResponseBytes).toBeLessThan(PAYLOAD_LIMIT);
  });

  test('with a scorecard sheet for each of the 50 areas, the write is split only as the 5 MB limit forces', async () => {
    const host = hostForInput(generateInput({ indicators: 100, areas: 50, months: 36 }));
    const outcome = await recalcOnHost(host);
    expect(outcome.ok).toBe(true);
    expect(host.doc.sheets.filter((sh) => sh.name.startsWith('Scorecard - Area '))).toHaveLength(49);
    const writes = host.stats.requests.filter((r) => r.writes > 0);
    const written = writes.reduce((n, r) => n + r.bytes, 0);
    expect(host.largestRequestBytes).toBeLessThan(PAYLOAD_LIMIT);
    // Each write request but the last is more than half full.
    expect(writes.length).toBeLessThanOrEqual(Math.ceil(written / (MAX_REQUEST_BYTES / 2)));
    expect(writes.length).toBeGreaterThan(1);
  });

  test('36 months of in-month data (18 MB to read) is read in blocks, each response under 5 MB', async () => {
    const host = hostForInput(generateInput({ indicators: 100, areas: 50, months: 36, areaSheets: false }));
    const outcome = await recalcOnHost(host);
    expect(outcome.ok).toBe(true);
    const responses = host.stats.requests.map((r) => r.responseBytes);
    const read = responses.reduce((a, b) => a + b, 0);
    expect(read).toBeGreaterThan(3 * PAYLOAD_LIMIT);
    expect(Math.max(...responses)).toBeLessThan(PAYLOAD_LIMIT);
    // Only the blocks the limit forces: one round trip per ~3 MB of further rows, no more.
    expect(host.stats.syncs).toBeLessThanOrEqual(4 + Math.ceil(read / READ_BLOCK_BYTES));
  });

  test('indicator names that look like formulas arrive in Excel as text', async () => {
    const wb = buildKentWorkbook();
    wb.getWorksheet('Catalogue')!.getCell('C2').value = '=1+1';
    wb.getWorksheet('Catalogue')!.getCell('C3').value = '-5 days';
    const host = hostFor(wb);
    await recalcOnHost(host);
    const sheet = host.doc.sheet('Scorecard')!;
    const names = [...sheet.cells.entries()].filter(([k]) => k.endsWith(',2')).map(([, c]) => c);
    expect(names.some((c) => c.value === '=1+1' && !c.formula)).toBe(true);
    expect(names.some((c) => c.value === '-5 days')).toBe(true);
  });

  test('a sheet called Scorecard that is not ours stops the run before any write', async () => {
    const wb = buildKentWorkbook();
    wb.addWorksheet('Scorecard').getCell('A1').value = 'mine';
    const host = hostFor(wb);
    const outcome = await recalcOnHost(host);
    expect(outcome.ok).toBe(false);
    expect(outcome.issues[0]?.code).toBe('sheet-not-ours');
    expect(host.stats.requests.every((r) => r.writes === 0)).toBe(true);
    expect(host.doc.sheet('Scorecard')!.cell(1, 1)!.value).toBe('mine');
  });

  test('a protected output sheet stops the run before any write', async () => {
    const host = hostFor(buildKentWorkbook());
    await recalcOnHost(host);
    host.doc.sheet('Summary')!.protected = true;
    host.stats.reset();
    const outcome = await recalcOnHost(host);
    expect(outcome.ok).toBe(false);
    expect(outcome.issues[0]).toMatchObject({ code: 'sheet-protected', at: { sheet: 'Summary' } });
    expect(host.stats.requests.every((r) => r.writes === 0)).toBe(true);
  });

  test('a renamed output sheet is found by its marker and rewritten in place', async () => {
    const host = hostFor(buildKentWorkbook());
    await recalcOnHost(host);
    host.doc.sheet('Scorecard')!.name = 'Scorecard (April)';
    await recalcOnHost(host);
    expect(host.doc.sheet('Scorecard')).toBeUndefined();
    expect(host.doc.sheet('Scorecard (April)')!.cell(1, 1)!.value).toBe('Scorecard - Kent');
  });

  test('large sheets are cut into blocks that each stay under the request limit', () => {
    const file = buildKentWorkbook();
    return recalculate(new ExcelJsGateway(file), { checkOnly: true }).then((outcome) => {
      if (!outcome.ok) throw new Error('expected ok');
      const sheet = planWorkbook(outcome.results).plan.sheets[0];
      if (!sheet) throw new Error('expected a sheet');
      const blocks = rowBlocks(sheet, 6_000);
      expect(blocks.length).toBeGreaterThan(3);
      expect(blocks.every((b) => b.bytes <= 6_000)).toBe(true);
      expect(blocks[0]?.from).toBe(0);
      expect(blocks[blocks.length - 1]?.to).toBe(sheet.cells.length - 1);
      blocks.slice(1).forEach((b, i) => expect(b.from).toBe((blocks[i]?.to ?? NaN) + 1));
    });
  });
});

describe('the fake host behaves like Office.js where it matters', () => {
  function host(): FakeExcelHost {
    const doc = new DocumentState();
    doc.addSheet('S').edit(1, 1).value = 42;
    return new FakeExcelHost(doc);
  }

  test('reading a property that was not loaded throws', async () => {
    await host().run(async (context) => {
      const range = context.workbook.worksheets.getItem('S').getRange('A1');
      await context.sync();
      expect(() => range.values).toThrow(/not available/);
    });
  });

  test('a loaded value arrives only after sync', async () => {
    await host().run(async (context) => {
      const range = context.workbook.worksheets.getItem('S').getRange('A1');
      range.load('values');
      expect(() => range.values).toThrow(/not available/);
      await context.sync();
      expect(range.values).toEqual([[42]]);
    });
  });

  test('getItem on a missing sheet fails at sync; getItemOrNullObject gives a null object', async () => {
    const h = host();
    await h.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('Nope');
      const chained = missing.getRange('A1');
      chained.load('values');
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(chained.isNullObject).toBe(true);
      context.workbook.worksheets.getItem('Nope').getRange('A1').load('values');
      await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    });
    expect(h.stats.syncs).toBe(2);
  });

  test('writing a matrix of the wrong shape fails, as Excel does', async () => {
    await host().run(async (context) => {
      context.workbook.worksheets.getItem('S').getRange('A1:B1').values = [[1]];
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    });
  });
});

describe('a contract sheet whose cells reach the far corner', () => {
  test('is the same located error through Office.js, read in a moment and never cell by cell', async () => {
    const wb = miniWorkbook({ settings: [] });
    wb.removeWorksheet(wb.getWorksheet('Settings')!.id);
    const settings = wb.addWorksheet('Settings');
    settings.getRow(1).values = ['Setting', 'Value'];
    settings.getRow(2).values = ['Reporting month', new Date(Date.UTC(2017, 3, 30))];
    settings.getRow(3).values = ['Area', 'Kent'];
    settings.getCell(1_048_576, 16_384).value = 'x';
    const host = hostFor(wb);
    const outcome = await recalcOnHost(host);
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.issues.map((i) => [i.code, i.at?.cell])).toEqual([['table-too-large', 'XFD1048576']]);
    // The first rows only, 256 columns wide: under Excel on the web's 5 MB.
    expect(host.largestResponseBytes).toBeLessThan(PAYLOAD_LIMIT / 2);
  });
});
