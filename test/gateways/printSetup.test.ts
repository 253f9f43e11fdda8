import JSZip from 'jszip';
import { recalculate } from '../../src/app/recalculate';
import { buildKentWorkbook } from '../../src/example/kentExample';
import { ExcelJsGateway } from '../../src/gateways/exceljs';
import type { SheetPlan } from '../../src/plan';
import { writeAndReload } from '../helpers/kent';
import { hostFor, recalcOnHost } from '../helpers/office';

/** The print set-up and chart alternative text the plan gives, as each gateway leaves them. */
let plan: SheetPlan[] = [];
let written: Awaited<ReturnType<typeof writeAndReload>>['written'];
let buffer: Buffer;

beforeAll(async () => {
  const file = buildKentWorkbook();
  const outcome = await recalculate(new ExcelJsGateway(file));
  if (!outcome.ok) throw new Error('Kent failed');
  plan = outcome.plan.sheets;
  ({ written, buffer } = await writeAndReload(file));
});

const planned = (name: string): SheetPlan => plan.find((s) => s.name === name)!;

test('the plan prints the scorecard landscape with its header rows repeated and a break before a section that would run over', () => {
  const scorecard = planned('Scorecard');
  expect(scorecard.landscape).toBe(true);
  expect(scorecard.print?.titleRows).toEqual({ from: 1, to: 5 });
  expect(scorecard.print?.breaksBefore.length).toBeGreaterThan(0);
  const sectionTitles = new Set(scorecard.print?.sections);
  for (const row of scorecard.print?.breaksBefore ?? []) expect(sectionTitles.has(row)).toBe(true);
});

test('ExcelJS: landscape, one page wide, title rows and row breaks in the saved file; the chart stand-in carries its alt text', async () => {
  const sheet = written.getWorksheet('Scorecard')!;
  expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
  expect(sheet.pageSetup.printTitlesRow).toBe('1:5');
  // ExcelJS writes row breaks but does not read them back: look in the sheet's XML.
  const zip = await JSZip.loadAsync(buffer);
  const xml = await zip.file(`xl/worksheets/sheet${sheet.id}.xml`)!.async('string');
  const breaks = [...xml.matchAll(/<brk id="(\d+)"/g)].map((m) => Number(m[1]) + 1);
  expect(breaks).toEqual(planned('Scorecard').print?.breaksBefore);
  const exceptions = written.getWorksheet('Exceptions')!;
  const chart = planned('Exceptions').charts![0]!;
  expect(String(exceptions.getCell(chart.from).value)).toContain(chart.altText.description);
});

test('Office.js: the page layout is queued in the write batch, as the fake host records it', async () => {
  const host = hostFor(buildKentWorkbook());
  const outcome = await recalcOnHost(host);
  expect(outcome.ok).toBe(true);
  const sheet = host.doc.sheet('Scorecard')!;
  expect(sheet.orientation).toBe('Landscape');
  expect(sheet.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
  expect(sheet.printTitleRows).toBe('$1:$5');
  expect(sheet.pageBreaks).toEqual(planned('Scorecard').print?.breaksBefore);
  // No alt text on an Office.js chart: the description is on the sheet above it, in the plan's cells.
  const exceptions = planned('Exceptions');
  const chart = exceptions.charts![0]!;
  expect(exceptions.cells.flat().some((c) => c.value === chart.altText.description)).toBe(true);
});
