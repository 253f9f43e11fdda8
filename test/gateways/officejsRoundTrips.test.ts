/**
 * Round trips of a recalculation through Microsoft's Office.js on the test host in the cases that
 * used to take more than three (listing, one read, the write): a reference outside what is read
 * ahead, a name defined by a formula, a long catalogue with hidden rows. The host counts
 * context.sync(); every request and response stays within Office's 5 MB.
 */
import type ExcelJS from 'exceljs';
import { generateInput } from '../../scripts/generate';
import type { RecalcOutcome } from '../../src/app/recalculate';
import { MAX_REQUEST_BYTES } from '../../src/gateways/officejs';
import { PAYLOAD_LIMIT } from '../fakes/excel/excelRules';
import type { OfficeJsHost } from '../fakes/officejs/host';
import { hostFor, hostForInput, recalcOnHost } from '../helpers/office';
import { catalogueRow, miniWorkbook } from '../helpers/miniWorkbook';

function everyRequestFits(host: OfficeJsHost): void {
  for (const exchange of host.exchanges) {
    expect(exchange.error).toBeUndefined();
    expect(exchange.requestBytes).toBeLessThanOrEqual(MAX_REQUEST_BYTES);
    expect(exchange.responseBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT);
  }
}

/** What the run worked out for each indicator this month: its value, counts, rating and the cells they came from. */
function resultsOf(outcome: RecalcOutcome): unknown {
  if (!outcome.ok) return undefined;
  return [...outcome.results.byArea.values()].flat().map((r) => JSON.stringify(r.current));
}

async function withRefs(num: string, den: string, edit: (wb: ExcelJS.Workbook) => void = () => undefined) {
  const wb = miniWorkbook({ catalogue: [catalogueRow({ 'Numerator ref': num, 'Denominator ref': den })] });
  edit(wb);
  return hostFor(wb);
}

describe('a reference outside the sheets read ahead', () => {
  test('a figure in column BZ (past the 64 columns read ahead): one round trip more, to ask Excel for it', async () => {
    const host = await withRefs('Figures!BZ2', 'Figures!CA2', (wb) => {
      wb.getWorksheet('Figures')!.getCell('BZ2').value = 180;
      wb.getWorksheet('Figures')!.getCell('CA2').value = 200;
    });
    const outcome = await recalcOnHost(host);
    expect(outcome.ok).toBe(true);
    expect(outcome.ok && outcome.summary.total).toMatchObject({ G: 1 });
    // Listing, first read, the two cells, the write.
    expect(host.stats.syncs).toBe(4);
    everyRequestFits(host);
  });
});

describe('a name defined by a formula (INDEX, OFFSET)', () => {
  /** Latest_Visits and Latest_Cases as Excel evaluates them: INDEX(…) of the last filled row. */
  function named(host: OfficeJsHost, at: { visits: string; cases: string }): void {
    const figures = host.doc.sheet('Figures')!;
    host.doc.names.push(
      {
        name: 'Latest_Visits',
        formula: 'INDEX(Figures!$B:$B,COUNT(Figures!$B:$B)+1)',
        sheet: figures,
        address: at.visits,
        comment: '',
      },
      {
        name: 'Latest_Cases',
        formula: 'OFFSET(Figures!$C$1,COUNT(Figures!$C:$C),0)',
        sheet: figures,
        address: at.cases,
        comment: '',
      },
    );
  }

  test('read like the cells it points at, with the same result, in 3 round trips: where it points is asked in the first read', async () => {
    const plain = await withRefs('Figures!B2', 'Figures!C2');
    const expected = await recalcOnHost(plain);
    const host = await withRefs('Latest_Visits', 'Latest_Cases');
    named(host, { visits: 'B2', cases: 'C2' });
    const outcome = await recalcOnHost(host);
    expect(outcome.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(resultsOf(expected)).toHaveLength(1);
    expect(resultsOf(outcome)).toEqual(resultsOf(expected));
    expect(host.stats.syncs).toBe(3);
    everyRequestFits(host);
  });

  test('pointing outside the sheets read ahead: read through the name from Excel, a round trip more, with the same result', async () => {
    const edit = (wb: ExcelJS.Workbook) => {
      wb.getWorksheet('Figures')!.getCell('BZ2').value = 180;
      wb.getWorksheet('Figures')!.getCell('CA2').value = 200;
    };
    const expected = await recalcOnHost(await withRefs('Figures!BZ2', 'Figures!CA2', edit));
    const host = await withRefs('Latest_Visits', 'Latest_Cases', edit);
    named(host, { visits: 'BZ2', cases: 'CA2' });
    const outcome = await recalcOnHost(host);
    expect(outcome.ok && expected.ok).toBe(true);
    expect(resultsOf(outcome)).toEqual(resultsOf(expected));
    expect(host.stats.syncs).toBe(4);
  });

  test('a name whose formula is not cells is reported as before, with no round trip of its own', async () => {
    const host = await withRefs('Latest_Visits', 'Figures!C2');
    const figures = host.doc.sheet('Figures')!;
    host.doc.names.push({ name: 'Latest_Visits', formula: 'SUM(Figures!$B:$B)', sheet: figures, address: '', comment: '' });
    const outcome = await recalcOnHost(host);
    const errors = outcome.issues.filter((i) => i.severity === 'error');
    expect(errors.map((i) => i.message)).toEqual([
      expect.stringContaining('the name "Latest_Visits" does not refer to one block of cells'),
    ]);
    // Listing and first read; an error stops the run before the write.
    expect(host.stats.syncs).toBe(2);
  });
});

describe('a catalogue with hidden rows', () => {
  test('reaching past row 512 with rows hidden: still 3, the visible cells read with the table', async () => {
    const input = generateInput({ indicators: 600, areas: 1, months: 13, areaSheets: false });
    const host = hostForInput(input);
    const sheet = host.doc.sheet(input.catalogue!.range.sheet)!;
    for (const row of [5, 6, 590]) sheet.hiddenRows.add(row);
    // A hidden column cuts the visible cells into more rectangles; the rows read the same.
    sheet.hiddenColumns.add(2);
    const outcome = await recalcOnHost(host);
    expect(outcome.issues.filter((i) => i.code === 'hidden-catalogue-row').map((i) => i.at?.cell)).toEqual(['A5', 'A6', 'A590']);
    expect(host.stats.syncs).toBe(3);
    everyRequestFits(host);
  }, 60_000);

  /** A catalogue of two indicators over the Figures sheet: the hidden-row cases' workbook. */
  const twoIndicators = () =>
    miniWorkbook({
      catalogue: [catalogueRow(), catalogueRow({ ID: 2 }, 3)],
      figures: [
        ['a', 1, 2],
        ['b', 3, 4],
      ],
    });

  test('on a sheet whose name holds a comma and a quote, the visible rectangles are still told apart', async () => {
    const host = hostFor(twoIndicators());
    const sheet = host.doc.sheet('Catalogue')!;
    sheet.name = "Catalogue, Bob's";
    sheet.hiddenRows.add(2);
    sheet.hiddenColumns.add(3);
    const outcome = await recalcOnHost(host);
    expect(outcome.issues.filter((i) => i.code === 'hidden-catalogue-row').map((i) => i.at?.cell)).toEqual(['A2']);
    expect(host.stats.syncs).toBe(3);
  });

  test('with every column of the catalogue hidden nothing is visible: its rows are asked one by one, a round trip more', async () => {
    const host = hostFor(twoIndicators());
    const sheet = host.doc.sheet('Catalogue')!;
    sheet.hiddenRows.add(3);
    for (let c = 1; c <= 30; c++) sheet.hiddenColumns.add(c);
    const outcome = await recalcOnHost(host);
    expect(outcome.issues.filter((i) => i.code === 'hidden-catalogue-row').map((i) => i.at?.cell)).toEqual(['A3']);
    expect(host.stats.syncs).toBe(4);
  });
});
