/**
 * Where output goes is one policy for both gateways (src/gateways/placement.ts): a name shaped
 * like an output marker proves nothing on its own.
 */
import { recalculate } from '../../src/app/recalculate';
import { buildKentWorkbook } from '../../src/example/kentExample';
import { ExcelJsGateway } from '../../src/gateways/exceljs';
import { writeAndReload } from '../helpers/kent';
import { markerName } from '../../src/gateways/gateway';
import type { WorkbookFacts } from '../../src/gateways/placement';
import { placeSheets } from '../../src/gateways/placement';
import type { OutputRole, SheetPlan } from '../../src/plan';
import { snapshotDocument } from '../fakes/excel/document';
import { hostFor, recalcOnHost } from '../helpers/office';

const sheet = (role: OutputRole, name: string): SheetPlan => ({
  role,
  name,
  cells: [[{ value: 'x' }, { value: 'y' }]],
  columnWidths: [10, 10],
  rowHeights: {},
  styles: [],
  merges: [],
  conditionalFormats: [],
});
const facts = (over: Partial<WorkbookFacts>): WorkbookFacts => ({
  sheetNames: ['Catalogue', 'Scorecard', 'Figures'],
  marked: new Map(),
  protectedSheets: new Set(),
  structureProtected: false,
  inputSheets: new Set(['Catalogue', 'Figures']),
  ...over,
});
const codes = (fn: () => unknown) => {
  try {
    fn();
    return [];
  } catch (error) {
    return (error as { issues: { code: string }[] }).issues.map((i) => i.code);
  }
};

describe('the placement policy', () => {
  test('a marked sheet is rewritten in place; an unmarked sheet of the same name is not ours', () => {
    const plan = { sheets: [sheet('scorecard', 'Scorecard')] };
    expect(placeSheets(plan, facts({ marked: new Map([['scorecard', 'Scorecard']]) }))).toEqual([
      { plan: plan.sheets[0], existing: 'Scorecard', box: { top: 1, left: 1, bottom: 1, right: 2 } },
    ]);
    expect(codes(() => placeSheets(plan, facts({})))).toEqual(['sheet-not-ours']);
  });

  test('a marker on a sheet the run reads, or two markers on one sheet, are refused', () => {
    const plan = { sheets: [sheet('scorecard', 'Scorecard'), sheet('summary', 'Summary')] };
    expect(codes(() => placeSheets(plan, facts({ marked: new Map([['scorecard', 'catalogue']]) })))).toContain(
      'output-marker-on-input',
    );
    expect(
      codes(() =>
        placeSheets(
          plan,
          facts({
            marked: new Map([
              ['scorecard', 'Scorecard'],
              ['summary', 'Scorecard'],
            ]),
          }),
        ),
      ),
    ).toEqual(['output-marker-twice']);
  });

  test('protected output sheets and a protected workbook structure are refused', () => {
    const plan = { sheets: [sheet('scorecard', 'Scorecard')] };
    const marked = new Map([['scorecard', 'Scorecard']]);
    expect(codes(() => placeSheets(plan, facts({ marked, protectedSheets: new Set(['Scorecard']) })))).toEqual([
      'sheet-protected',
    ]);
    expect(codes(() => placeSheets(plan, facts({ structureProtected: true })))).toEqual(['workbook-structure-protected']);
  });
});

describe('through Office.js', () => {
  test("a name shaped like the Scorecard's marker but pointing at the catalogue stops the run, and nothing is written", async () => {
    const host = hostFor(buildKentWorkbook());
    const catalogue = host.doc.sheet('Catalogue')!;
    host.doc.names.push({ name: markerName('scorecard'), sheet: catalogue, address: 'A1', comment: '' });
    const before = snapshotDocument(host.doc);
    const outcome = await recalcOnHost(host);
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.issues.map((i) => [i.code, i.at?.sheet])).toEqual([['output-marker-on-input', 'Catalogue']]);
    expect(snapshotDocument(host.doc)).toEqual(before);
  });

  test('a marker on a sheet the catalogue refers to (the figures) is refused too', async () => {
    const host = hostFor(buildKentWorkbook());
    const figures = host.doc.sheet('County figures')!;
    host.doc.names.push({ name: markerName('summary'), sheet: figures, address: 'A1', comment: '' });
    const outcome = await recalcOnHost(host);
    expect(!outcome.ok && outcome.issues.map((i) => i.code)).toEqual(['output-marker-on-input']);
  });
});

describe('what people typed beside the output', () => {
  const RUN = { now: () => new Date(Date.UTC(2017, 4, 3, 9, 30)), user: 'Analyst' };

  test('notes typed beside the scorecard and below the summary survive reruns, untouched', async () => {
    const host = hostFor(buildKentWorkbook());
    expect((await recalcOnHost(host, RUN)).ok).toBe(true);
    const scorecard = host.doc.sheet('Scorecard')!;
    const right = (scorecard.usedBox()!.right ?? 1) + 2;
    scorecard.edit(3, right).value = 'Check indicator 6 with the CIN team';
    const summary = host.doc.sheet('Summary')!;
    const below = summary.usedBox()!.bottom + 3;
    summary.edit(below, 1).value = 'Agreed at DMT, 3 May';
    for (let run = 0; run < 2; run++) expect((await recalcOnHost(host, RUN)).ok).toBe(true);
    expect(host.doc.sheet('Scorecard')!.cell(3, right)!.value).toBe('Check indicator 6 with the CIN team');
    expect(host.doc.sheet('Summary')!.cell(below, 1)!.value).toBe('Agreed at DMT, 3 May');
  });

  test("a note where this run's output now reaches stops the run and names the cell; nothing is written", async () => {
    const host = hostFor(buildKentWorkbook());
    expect((await recalcOnHost(host, RUN)).ok).toBe(true);
    const catalogue = host.doc.sheet('Catalogue')!;
    const scorecard = host.doc.sheet('Scorecard')!;
    const bottom = scorecard.usedBox()!.bottom;
    scorecard.edit(bottom + 1, 2).value = 'My note under the table';
    // The catalogue gains an indicator, so the scorecard grows down over the note.
    const last = catalogue.usedBox()!.bottom;
    for (let c = 1; c <= catalogue.usedBox()!.right; c++) {
      const from = catalogue.cell(last, c);
      if (from) catalogue.edit(last + 1, c).value = c === 1 ? 99 : from.value;
    }
    const table = host.doc.tables.find((t) => t.name === 'Catalogue')!;
    table.address = table.address.replace(/\d+$/, String(last + 1));
    const before = snapshotDocument(host.doc);
    const outcome = await recalcOnHost(host, RUN);
    expect(outcome.ok).toBe(false);
    const issue = !outcome.ok ? outcome.issues.find((i) => i.code === 'output-covers-people-cells') : undefined;
    expect(issue?.message).toContain('My note under the table');
    expect(issue?.at).toEqual({ sheet: 'Scorecard', cell: `B${bottom + 1}` });
    expect(snapshotDocument(host.doc)).toEqual(before);
  });
});

describe('through the file gateway', () => {
  const RUN = { now: () => new Date(Date.UTC(2017, 4, 3, 9, 30)), user: 'Analyst' };

  test('a marker on the catalogue stops the run; notes beside the output survive reruns and a save', async () => {
    const hostile = buildKentWorkbook();
    hostile.definedNames.add("'Catalogue'!$A$1", markerName('scorecard'));
    const refused = await recalculate(new ExcelJsGateway(hostile), RUN);
    expect(!refused.ok && refused.issues.map((i) => i.code)).toEqual(['output-marker-on-input']);

    const wb = buildKentWorkbook();
    expect((await recalculate(new ExcelJsGateway(wb), RUN)).ok).toBe(true);
    const scorecard = wb.getWorksheet('Scorecard')!;
    const right = scorecard.columnCount + 2;
    scorecard.getCell(3, right).value = 'Check indicator 6 with the CIN team';
    scorecard.getColumn(right).width = 40;
    const summary = wb.getWorksheet('Summary')!;
    const below = summary.rowCount + 3;
    summary.getCell(below, 1).value = 'Agreed at DMT, 3 May';
    let { written } = await writeAndReload(wb);
    for (let run = 0; run < 2; run++) {
      expect((await recalculate(new ExcelJsGateway(written), RUN)).ok).toBe(true);
      ({ written } = await writeAndReload(written));
    }
    expect(written.getWorksheet('Scorecard')!.getCell(3, right).value).toBe('Check indicator 6 with the CIN team');
    expect(written.getWorksheet('Scorecard')!.getColumn(right).width).toBe(40);
    expect(written.getWorksheet('Summary')!.getCell(below, 1).value).toBe('Agreed at DMT, 3 May');
  });
});
