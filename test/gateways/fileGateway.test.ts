/**
 * The file gateway (the CLI's) writes each output sheet straight from the plan into the file's
 * own package, without ExcelJS. Here it is held to the ExcelJS gateway, which writes the same plan
 * through ExcelJS's model: opened again with ExcelJS, every output sheet must hold the same
 * cells, formulas and saved results, number formats, fonts, fills, alignment, merges,
 * conditional formats, widths, heights, frozen panes, tab colours, print set-up and names.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { recalculate } from '../../src/app/recalculate';
import { EXIT, main } from '../../src/cli/main';
import { cellAddress } from '../../src/engine';
import { buildKentWorkbook } from '../../src/example/kentExample';
import { buildMonthlyReturnWorkbook } from '../../src/example/monthlyReturnExample';
import { ExcelJsGateway, outputSheets } from '../../src/gateways/exceljs';
import { FileGateway } from '../../src/gateways/exceljs/fileGateway';
import { XlsxPackage } from '../../src/gateways/exceljs/xlsxPackage';
import { makeEntry, writeZip } from '../../src/gateways/exceljs/zip';
import type { WorkbookPlan } from '../../src/plan';
import { comparableFromExcelJs } from '../fakes/excel/bridge';
import { miniWorkbook } from '../helpers/miniWorkbook';

const NOW = new Date(Date.UTC(2017, 4, 10, 9, 30));
const dir = mkdtempSync(join(tmpdir(), 'file-gateway-'));

async function load(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

/**
 * Everything about a written sheet that a user sees or prints. ExcelJS cannot draw charts, so
 * where a chart stands the ExcelJS gateway merges its box and writes a note; the file gateway
 * draws the chart there instead (checked below), so those boxes are left out of the comparison.
 */
function seen(sheet: ExcelJS.Worksheet) {
  const standIns = new Set<string>();
  sheet.eachRow((row, r) =>
    row.eachCell((cell, c) => {
      if (typeof cell.value === 'string' && cell.value.startsWith('Trend chart: drawn here')) standIns.add(cellAddress(r, c));
    }),
  );
  const results: string[] = [];
  sheet.eachRow((row, r) =>
    row.eachCell((cell, c) => {
      const v = cell.value;
      if (v && typeof v === 'object' && 'formula' in v) results.push(`${r},${c}=${JSON.stringify(v.result ?? null)}`);
    }),
  );
  // ExcelJS leaves out a width of 9, its own default, which the file gateway writes as planned.
  const widths = (sheet.columns ?? []).map((column) => (column.width === 9 ? null : (column.width ?? null)));
  while (widths.length && widths[widths.length - 1] === null) widths.pop();
  const setup = sheet.pageSetup;
  const breaks = (sheet as unknown as { rowBreaks?: { id: number }[] }).rowBreaks?.map((b) => b.id) ?? [];
  const comparable = comparableFromExcelJs(sheet);
  return {
    ...comparable,
    cells: comparable.cells.filter((cell) => !standIns.has(cell.address)),
    merges: comparable.merges.filter((merge) => !standIns.has(merge.split(':')[0] ?? '')),
    results,
    widths,
    print: [setup.orientation, setup.fitToWidth, setup.fitToHeight, setup.paperSize, setup.printTitlesRow ?? ''],
    breaks,
  };
}

async function bothWays(bytes: Buffer, name: string) {
  const input = join(dir, `${name}.xlsx`);
  writeFileSync(input, bytes);
  const model = new ExcelJsGateway(await load(bytes));
  const viaModel = await recalculate(model, { now: () => NOW });
  const file = await FileGateway.fromFile(input);
  const viaFile = await recalculate(file, { now: () => NOW });
  expect(viaFile.ok).toBe(true);
  expect(viaModel.ok).toBe(true);
  return { model: await load(await model.toBuffer()), file: await load(await file.toBuffer()), fileBytes: await file.toBuffer() };
}

function expectSameOutput(model: ExcelJS.Workbook, file: ExcelJS.Workbook): void {
  const sheets = outputSheets(model);
  expect(outputSheets(file)).toEqual(sheets);
  for (const sheetName of Object.values(sheets)) {
    const expected = seen(model.getWorksheet(sheetName)!);
    const actual = seen(file.getWorksheet(sheetName)!);
    expect({ sheetName, ...actual }).toEqual({ sheetName, ...expected });
  }
}

const bytesOf = async (workbook: ExcelJS.Workbook) => Buffer.from(await workbook.xlsx.writeBuffer());

test.each([
  ['Kent', buildKentWorkbook],
  ['the monthly return', buildMonthlyReturnWorkbook],
])('%s: the file gateway writes what the ExcelJS gateway writes', async (name, build) => {
  const { model, file } = await bothWays(await bytesOf(build()), name.replace(/\s/g, '-'));
  expectSameOutput(model, file);
});

test('a rerun over earlier output, with notes typed beside and below the scorecard, writes the same and keeps the notes', async () => {
  const first = await bothWays(await bytesOf(buildKentWorkbook()), 'kent-first');
  const edited = await load(first.fileBytes);
  const scorecard = edited.getWorksheet('Scorecard')!;
  const below = scorecard.rowCount + 3;
  scorecard.getCell(`A${below}`).value = 'Checked by the team, 3 May';
  scorecard.getCell(`A${below}`).font = { bold: true };
  scorecard.getCell('W5').value = 'Ask about 14';
  scorecard.getRow(below).height = 40;
  scorecard.mergeCells(`B${below + 1}:D${below + 1}`);
  scorecard.getCell(`B${below + 1}`).value = 'merged note';
  const { model, file } = await bothWays(await bytesOf(edited), 'kent-rerun');
  expectSameOutput(model, file);
  const kept = file.getWorksheet('Scorecard')!;
  expect([kept.getCell(`A${below}`).value, kept.getCell('W5').value, kept.getCell(`B${below + 1}`).value]).toEqual([
    'Checked by the team, 3 May',
    'Ask about 14',
    'merged note',
  ]);
  expect(kept.getCell(`A${below}`).font?.bold).toBe(true);
  expect(kept.getRow(below).height).toBe(40);
});

test('exception pages get real line charts: one per planned chart, over its own cells, with its alternative text', async () => {
  const kent = await bytesOf(buildKentWorkbook());
  const { fileBytes } = await bothWays(kent, 'kent-charts');
  const pkg = XlsxPackage.fromBytes(fileBytes);
  const exceptions = pkg.sheets.find((s) => s.name === 'Exceptions')!;
  const [drawing] = pkg.relationships(exceptions.path).filter((r) => r.type.endsWith('/drawing'));
  const drawingXml = pkg.text(drawing!.target);
  const charts = pkg.relationships(drawing!.target).map((r) => pkg.text(r.target));
  const planned = await plannedCharts(kent);
  expect(charts).toHaveLength(planned.length);
  expect(drawingXml).toContain(`descr="${planned[0]!.altText.description.replace(/&/g, '&amp;')}`);
  const first = charts[0]!;
  expect(first).toContain('<c:lineChart>');
  expect(first).toContain(`<c:f>Exceptions!$B$${planned[0]!.source.match(/\d+/)![0]}`);
  expect([...first.matchAll(/<c:ser>/g)]).toHaveLength(rowsOf(planned[0]!.source) - 1);
  // The parts are listed with their content types, so Excel and LibreOffice open them.
  const types = pkg.text('[Content_Types].xml');
  expect(types).toContain(`PartName="/${drawing!.target}"`);
});

function rowsOf(range: string): number {
  const [top, bottom] = [...range.matchAll(/\d+/g)].map((m) => Number(m[0]));
  return bottom! - top! + 1;
}

async function plannedCharts(bytes: Buffer) {
  const applied: WorkbookPlan[] = [];
  const gateway = new ExcelJsGateway(await load(bytes));
  const apply = gateway.apply.bind(gateway);
  gateway.apply = async (plan) => {
    applied.push(plan);
    return apply(plan);
  };
  await recalculate(gateway, { now: () => NOW });
  return applied[0]!.sheets.find((s) => s.name === 'Exceptions')!.charts ?? [];
}

/** The package with every SpreadsheetML part's elements prefixed (<x:workbook>, <x:c>), as some tools write them. */
function prefixed(bytes: Buffer): Buffer {
  const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const pkg = XlsxPackage.fromBytes(bytes);
  const entries = [...pkg.entries.entries()].map(([path, entry]) => {
    const text = path.startsWith('xl/') && path.endsWith('.xml') ? pkg.text(path) : '';
    if (!text.includes(`xmlns="${main}"`)) return entry;
    const xml = text.replace(`xmlns="${main}"`, `xmlns:x="${main}"`).replace(/<(\/?)(?![?!])([A-Za-z]\w*)(?=[\s/>])/g, '<$1x:$2');
    return makeEntry(entry.name, xml);
  });
  return writeZip(entries);
}

test('a workbook whose parts use a namespace prefix (<x:workbook>) is read, and what is added to it carries the prefix', async () => {
  const plain = await bytesOf(buildKentWorkbook());
  const path = join(dir, 'kent-prefixed.xlsx');
  writeFileSync(path, prefixed(plain));
  const gateway = await FileGateway.fromFile(path);
  const outcome = await recalculate(gateway, { now: () => NOW });
  const expected = await recalculate(new ExcelJsGateway(await load(plain)), { now: () => NOW });
  expect(outcome.ok && expected.ok && outcome.summary).toEqual(expected.ok && expected.summary);
  const written = XlsxPackage.fromBytes(await gateway.toBuffer());
  for (const part of [written.workbookPath, written.workbookPart('styles')!]) {
    const names = [...written.text(part).matchAll(/<(?![?!/])([A-Za-z][\w:]*)/g)].map((m) => m[1]);
    expect({ part, unprefixed: names.filter((n) => !n?.includes(':')) }).toEqual({ part, unprefixed: [] });
  }
  // It reads again, output and all.
  const again = join(dir, 'kent-prefixed-out.xlsx');
  writeFileSync(again, await gateway.toBuffer());
  const rerun = await recalculate(await FileGateway.fromFile(again), { now: () => NOW });
  expect(rerun.ok && rerun.summary).toEqual(expected.ok && expected.summary);
});

test('the written package saved piece by piece (as the CLI saves it) is the very bytes of the package as one buffer', async () => {
  const path = join(dir, 'kent-pieces.xlsx');
  writeFileSync(path, await bytesOf(buildKentWorkbook()));
  const gateway = await FileGateway.fromFile(path);
  expect((await recalculate(gateway, { now: () => NOW })).ok).toBe(true);
  const saved = join(dir, 'kent-pieces-out.xlsx');
  await gateway.writeFile(saved);
  const whole = await gateway.toBuffer();
  expect(readFileSync(saved).equals(whole)).toBe(true);
  expect(XlsxPackage.fromBytes(whole).sheets.map((s) => s.name)).toContain('Scorecard');
});

/** The package with its parts changed by `edit` (path -> new text, or undefined to leave it). */
function withParts(bytes: Buffer, edit: (path: string, text: string) => { path?: string; text?: string } | undefined): Buffer {
  const pkg = XlsxPackage.fromBytes(bytes);
  const entries = [...pkg.entries.entries()].map(([path, entry]) => {
    const change = path.endsWith('.xml') || path.endsWith('.rels') ? edit(path, pkg.text(path)) : undefined;
    return change ? makeEntry(change.path ?? entry.name, change.text ?? pkg.text(path)) : entry;
  });
  return writeZip(entries);
}

async function runFile(bytes: Buffer, name: string): Promise<XlsxPackage> {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  const gateway = await FileGateway.fromFile(path);
  const outcome = await recalculate(gateway, { now: () => NOW });
  expect(outcome.ok).toBe(true);
  return XlsxPackage.fromBytes(await gateway.toBuffer());
}

test('sheet parts named with capitals (Sheet1.xml): new sheets never take a name that differs only in case', async () => {
  const capitals = withParts(await bytesOf(buildKentWorkbook()), (path, text) => {
    if (/^xl\/worksheets\/sheet\d+\.xml$/.test(path)) return { path: path.replace('/sheet', '/Sheet') };
    if (path === 'xl/_rels/workbook.xml.rels' || path === '[Content_Types].xml')
      return { text: text.replace(/worksheets\/sheet/g, 'worksheets/Sheet') };
    return undefined;
  });
  const written = await runFile(capitals, 'kent-capitals.xlsx');
  const names = [...written.entries.keys()].map((p) => p.toLowerCase());
  expect(names.length).toBe(new Set(names).size);
  expect(written.sheets.map((s) => s.name)).toContain('Scorecard');
});

test('a workbook with links to other workbooks and no names gets its names after them, in the order Excel requires', async () => {
  const linked = withParts(await bytesOf(miniWorkbook()), (path, text) => {
    if (path !== 'xl/workbook.xml') return undefined;
    expect(text).not.toContain('<definedNames');
    return {
      text: text.replace('</sheets>', '</sheets><externalReferences><externalReference r:id="rId99"/></externalReferences>'),
    };
  });
  const written = await runFile(linked, 'kent-linked.xlsx');
  const xml = written.text(written.workbookPath);
  expect(xml.indexOf('<definedNames>')).toBeGreaterThan(xml.indexOf('</externalReferences>'));
});

test('a rerun keeps what people added to an output sheet beside its cells: notes, links, validation, their own rules, hidden columns, zoom', async () => {
  const first = await bothWays(await bytesOf(buildKentWorkbook()), 'kent-additions-first');
  const edited = await load(first.fileBytes);
  const scorecard = edited.getWorksheet('Scorecard')!;
  scorecard.getCell('A7').note = 'Checked with the team';
  scorecard.getCell('T8').value = { text: 'Policy', hyperlink: 'https://example.org/policy' };
  scorecard.getCell('T9').dataValidation = { type: 'list', allowBlank: true, formulae: ['"Yes,No"'] };
  scorecard.addConditionalFormatting({
    ref: 'T10:T20',
    rules: [{ type: 'cellIs', operator: 'equal', formulae: ['"No"'], style: { font: { bold: true } }, priority: 1 }],
  });
  scorecard.views = [{ ...scorecard.views[0], zoomScale: 85 }];
  scorecard.getColumn('V').hidden = true;
  const path = join(dir, 'kent-additions.xlsx');
  // A name of the Scorecard sheet's own (ExcelJS cannot write one): sheet 5 from 0.
  const own = '<definedName name="MyNote" localSheetId="5">Scorecard!$T$8</definedName>';
  writeFileSync(
    path,
    withParts(await bytesOf(edited), (part, text) =>
      part === 'xl/workbook.xml' ? { text: text.replace('<definedNames>', `<definedNames>${own}`) } : undefined,
    ),
  );
  const gateway = await FileGateway.fromFile(path);
  expect((await recalculate(gateway, { now: () => NOW })).ok).toBe(true);
  const written = await load(await gateway.toBuffer());
  const kept = written.getWorksheet('Scorecard')!;
  expect(kept.getCell('A7').note).toBe('Checked with the team');
  expect(kept.getCell('T8').hyperlink).toBe('https://example.org/policy');
  expect(kept.getCell('T9').dataValidation?.formulae).toEqual(['"Yes,No"']);
  const rules = (kept as unknown as { conditionalFormattings: { ref: string }[] }).conditionalFormattings.map((cf) => cf.ref);
  expect(rules).toContain('T10:T20');
  expect(kept.views[0]?.zoomScale).toBe(85);
  expect(kept.getColumn('V').hidden).toBe(true);
  const pkg = XlsxPackage.fromBytes(await gateway.toBuffer());
  expect(pkg.text(pkg.workbookPath)).toContain(own);
  // The scorecard's own rules are there once, not once from last time and once from this run.
  expect(rules.filter((ref) => ref === rules[0])).toHaveLength(1);
});

test('what a rerun cannot keep (Excel 2010 rules in an extension list, tables) is left out whole and named, never written broken', async () => {
  const first = await bothWays(await bytesOf(buildKentWorkbook()), 'kent-extension-first');
  const x14 =
    '<extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">' +
    '<x14:conditionalFormattings><x14:conditionalFormatting xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">' +
    '<x14:cfRule type="dataBar" id="{00000000-0000-0000-0000-000000000001}"><x14:dataBar><x14:cfvo type="autoMin"/><x14:cfvo type="autoMax"/></x14:dataBar></x14:cfRule>' +
    '<xm:sqref>T6:T20</xm:sqref></x14:conditionalFormatting></x14:conditionalFormattings></ext></extLst>';
  const scorecardPart = XlsxPackage.fromBytes(first.fileBytes).sheets.find((s) => s.name === 'Scorecard')!.path;
  const input = withParts(first.fileBytes, (part, text) =>
    part === scorecardPart
      ? { text: text.replace('</worksheet>', `<tableParts count="1"><tablePart r:id="rIdT"/></tableParts>${x14}</worksheet>`) }
      : undefined,
  );
  const path = join(dir, 'kent-extension.xlsx');
  writeFileSync(path, input);
  const gateway = await FileGateway.fromFile(path);
  expect((await recalculate(gateway, { now: () => NOW })).ok).toBe(true);
  expect(gateway.notKept).toEqual([
    'rules or validation of Excel 2010 and later (data bars, icon sets, lists from another sheet) on "Scorecard"',
    'Excel tables on "Scorecard"',
  ]);
  const written = XlsxPackage.fromBytes(await gateway.toBuffer());
  const xml = written.text(written.sheets.find((s) => s.name === 'Scorecard')!.path);
  expect(xml).not.toContain('extLst');
  expect(xml).not.toContain('tablePart');
  for (const cf of xml.match(/<conditionalFormatting\b[^>]*>/g) ?? []) expect(cf).toMatch(/sqref="/);
  // Written in place, the file would lose them: the CLI refuses, and the file is as it was.
  const out: string[] = [];
  const code = await main(['recalc', path, '--in-place'], { out: (l) => out.push(l), err: (l) => out.push(l) });
  expect(code).toBe(EXIT.fileProblem);
  expect(out.join('\n')).toMatch(/was not changed: it holds rules or validation of Excel 2010/);
  expect(readFileSync(path).equals(input)).toBe(true);
});

test('a note on a scorecard cell whose row now holds another indicator is pointed out; one whose row is unchanged is not', async () => {
  const first = await bothWays(await bytesOf(buildKentWorkbook()), 'kent-notes-first');
  const noted = await load(first.fileBytes);
  noted.getWorksheet('Scorecard')!.getCell('E7').note = 'Queried with the team';
  const same = join(dir, 'kent-notes.xlsx');
  writeFileSync(same, await bytesOf(noted));
  const unchanged = await FileGateway.fromFile(same);
  await recalculate(unchanged, { now: () => NOW });
  expect(unchanged.notices).toEqual([]);
  // The same note, with the catalogue’s rows of indicators 1 and 2 swapped: E7 now holds 2’s result.
  const catalogue = noted.getWorksheet('Catalogue')!;
  const rowOf = (id: number) => {
    let found = 0;
    catalogue.eachRow((row, n) => {
      if (row.getCell(1).value === id) found = n;
    });
    return found;
  };
  const [a, b] = [catalogue.getRow(rowOf(1)), catalogue.getRow(rowOf(2))];
  const [va, vb] = [a.values, b.values];
  a.values = vb as ExcelJS.CellValue[];
  b.values = va as ExcelJS.CellValue[];
  const moved = join(dir, 'kent-notes-moved.xlsx');
  writeFileSync(moved, await bytesOf(noted));
  const gateway = await FileGateway.fromFile(moved);
  const outcome = await recalculate(gateway, { now: () => NOW });
  expect(outcome.ok).toBe(true);
  expect(gateway.notices).toEqual([
    expect.stringMatching(/^notes on "Scorecard" at E7 stay on those cells, but their rows now hold other/),
  ]);
});
