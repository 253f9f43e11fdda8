/**
 * Microsoft's Office.js (the @microsoft/office-js package) against the test host: the host
 * applies Excel's documented rules (test/fakes/excel/excelRules.ts cites each page), and the
 * add-in's Office.js gateway must pass under them. Each rule has a direct check, and each defect
 * the rules found in the gateway has a regression test here or in officejs.test.ts.
 */
import type { AreaRow } from '../../src/example/kentExample';
import { buildKentWorkbook, readAreaRows } from '../../src/example/kentExample';
import { sheetNameProblem, PAYLOAD_LIMIT } from '../fakes/excel/excelRules';
import { DocumentState, snapshotDocument } from '../fakes/excel/document';
import { OfficeJsHost } from '../fakes/officejs/host';
import { generateInput } from '../../scripts/generate';
import { hostFor, hostForInput, recalcOnHost } from '../helpers/office';
import { BASELINE } from '../../src/engine';
import { ScorecardService } from '../../src/session/service';
import { Store } from '../../src/session/store';

function blankHost(): OfficeJsHost {
  const doc = new DocumentState();
  doc.addSheet('Sheet1');
  return new OfficeJsHost(doc);
}

const RUN = { now: () => new Date(Date.UTC(2017, 4, 3, 9, 30)), user: 'Analyst' };

describe("Excel's rules, through Microsoft's Office.js", () => {
  test('sheet names: at most 31 characters, none of : \\ / ? * [ ], unique ignoring case, not History', async () => {
    const host = blankHost();
    const tryAdd = (name: string) =>
      host.run(async (context) => {
        context.workbook.worksheets.add(name);
        await context.sync();
      });
    await expect(tryAdd('~scorecard backup area:North Kent')).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(tryAdd('x'.repeat(32))).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(tryAdd("Kent'")).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(tryAdd('History')).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(tryAdd('SHEET1')).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
    await tryAdd('x'.repeat(31));
    expect(host.doc.sheets.map((s) => s.name)).toEqual(['Sheet1', 'x'.repeat(31)]);
  });

  test('a copy is named as Excel names copies, cut to fit 31 characters', async () => {
    const host = blankHost();
    host.doc.addSheet('Scorecard - North and Westerham');
    await host.run(async (context) => {
      context.workbook.worksheets.getItem('Scorecard - North and Westerham').copy('End');
      context.workbook.worksheets.getItem('Scorecard - North and Westerham').copy('End');
      await context.sync();
    });
    expect(host.doc.sheets.map((s) => s.name).slice(2)).toEqual([
      'Scorecard - North and Weste (2)',
      'Scorecard - North and Weste (3)',
    ]);
  });

  test('text written through values is taken as if typed; a quote prefix keeps it text', async () => {
    const host = blankHost();
    await host.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1:H1').values = [
        ['Apr 2017', '1.10', '1-2', '5%', '=1+1', "'Apr 2017", "'1.10", 'TRUE'],
      ];
      await context.sync();
    });
    const row = [1, 2, 3, 4, 5, 6, 7, 8].map((c) => host.doc.sheet('Sheet1')!.cell(1, c)!);
    expect(typeof row[0]?.value).toBe('number');
    expect(row[1]?.value).toBe(1.1);
    expect(typeof row[2]?.value).toBe('number');
    expect(row[3]?.value).toBe(0.05);
    expect(row[4]?.formula).toBe('=1+1');
    expect([row[5]?.value, row[6]?.value, row[7]?.value]).toEqual(['Apr 2017', '1.10', true]);
  });

  test('a request over 5 MB as Office.js serialises it is refused whole', async () => {
    const host = blankHost();
    const rows = Array.from({ length: 2000 }, () => Array.from({ length: 30 }, () => 'x'.repeat(90)));
    await expect(
      host.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A1:AD2000').values = rows;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(host.exchanges[0]?.requestBytes).toBeGreaterThan(PAYLOAD_LIMIT);
    expect(host.doc.sheet('Sheet1')!.cells.size).toBe(0);
  });

  test('a response over 5 MB is refused', async () => {
    const host = blankHost();
    const sheet = host.doc.sheet('Sheet1')!;
    for (let r = 1; r <= 3000; r++) for (let c = 1; c <= 20; c++) sheet.edit(r, c).value = 'y'.repeat(100);
    await expect(
      host.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A1:T3000').load('values');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
  });

  test('a call on a child of a null object fails the batch on this host (Microsoft does not document it); the null object itself is fine', async () => {
    const host = blankHost();
    await host.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('Nope');
      missing.load('name');
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      missing.getRange('A1').load('values');
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidObjectPath' });
    });
    host.rules = { nullChildren: 'null' };
    await host.run(async (context) => {
      const chained = context.workbook.worksheets.getItemOrNullObject('Nope').getUsedRangeOrNullObject();
      chained.load('address');
      await context.sync();
      expect(chained.isNullObject).toBe(true);
    });
  });

  test('with the workbook structure protected, sheets cannot be added, and a run stops before writing', async () => {
    const host = hostFor(buildKentWorkbook());
    host.doc.structureProtected = true;
    const before = snapshotDocument(host.doc);
    const outcome = await recalcOnHost(host, RUN);
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.issues.map((i) => i.code)).toEqual(['workbook-structure-protected']);
    expect(snapshotDocument(host.doc)).toEqual(before);
    await expect(
      host.run(async (context) => {
        context.workbook.worksheets.add('New');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'AccessDenied' });
  });
});

describe('the gateway under these rules', () => {
  test('Kent with area sheets, exceptions and a saved scenario: a first run and three reruns, no backup left, every name valid', async () => {
    const host = hostFor(buildKentWorkbook());
    const service = new ScorecardService(host.run, new Store());
    expect((await service.recalculate('recalculate'))?.ok).toBe(true);
    await service.saveScenario('Apr 2017', new Map([['2', { target: 0.916 }]]));
    for (let run = 0; run < 3; run++) {
      const report = await service.recalculate('recalculate');
      expect(report?.ok).toBe(true);
      expect(report?.scenarios.map((s) => s.name)).toEqual([BASELINE, 'Apr 2017']);
    }
    const names = host.doc.sheets.map((s) => s.name);
    expect(names.filter((n) => n.startsWith('~'))).toEqual([]);
    expect(names.filter((n) => n.startsWith('Scorecard - '))).toHaveLength(4);
    expect(names.map(sheetNameProblem).filter(Boolean)).toEqual([]);
    expect(host.doc.sheets.every((s) => s.visibility === 'Visible')).toBe(true);
  });

  test('area names with / and a closing apostrophe, and long names that Excel would cut alike, get valid, unique sheets', async () => {
    const rename: Record<string, string> = {
      'North Kent': 'North/East Kent',
      'East Kent': "Kent's East'",
      'South Kent': 'South Kent Children and Families Division A',
      'West Kent': 'South Kent Children and Families Division B',
    };
    const rows: AreaRow[] = readAreaRows().map((r) => ({ ...r, area: rename[r.area] ?? r.area }));
    const host = hostFor(buildKentWorkbook(undefined, rows));
    for (let run = 0; run < 2; run++) {
      const outcome = await recalcOnHost(host, RUN);
      expect(outcome.ok).toBe(true);
    }
    const areaSheets = host.doc.sheets.map((s) => s.name).filter((n) => n.startsWith('Scorecard - '));
    expect(areaSheets).toHaveLength(4);
    expect(areaSheets.map(sheetNameProblem).filter(Boolean)).toEqual([]);
    expect(new Set(areaSheets.map((n) => n.toLowerCase())).size).toBe(4);
    expect(areaSheets).toContain('Scorecard - North East Kent');
  });

  test('100 indicators x 20 areas: every request and response at most 5 MB as Office.js serialises them', async () => {
    const host = hostForInput(generateInput({ indicators: 100, areas: 20, months: 13 }));
    const outcome = await recalcOnHost(host, RUN);
    expect(outcome.ok).toBe(true);
    expect(host.largestRequestBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT);
    expect(host.largestResponseBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT);
    expect(host.exchanges.every((e) => e.error === undefined)).toBe(true);
  }, 60_000);
});
