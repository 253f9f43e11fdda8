/**
 * Every corpus workbook through both gateways: the message the user reads is exactly the one
 * recorded, both gateways say the same, errors stop the run before any write, warnings do not,
 * and no input cell (value or formula) changes either way.
 */
import ExcelJS from 'exceljs';
import { recalculate } from '../../src/app/recalculate';
import { describeIssue } from '../../src/engine';
import { ExcelJsGateway } from '../../src/gateways/exceljs';
import { CORPUS } from './corpus/cases';
import { snapshotDocument } from '../fakes/excel/document';
import type { DocumentState } from '../fakes/excel/document';
import { catalogueRow, checksum, miniWorkbook } from '../helpers/miniWorkbook';
import { hostFor, recalcOnHost } from '../helpers/office';
import { itemAt } from '../helpers/at';

function corpusWorkbook(c: (typeof CORPUS)[number]): ExcelJS.Workbook {
  const wb = miniWorkbook(c.spec);
  c.tweak?.(wb);
  return wb;
}

/** The input sheets of a fake document, as they stand. */
function inputsOf(doc: DocumentState, names: string[]): unknown {
  const all = snapshotDocument(doc) as { sheets: { name: string }[] };
  return all.sheets.filter((s) => names.includes(s.name));
}

test('the corpus has at least 40 bad-input cases, each named once', () => {
  expect(CORPUS.filter((c) => c.severity === 'error').length).toBeGreaterThanOrEqual(40);
  expect(new Set(CORPUS.map((c) => c.name)).size).toBe(CORPUS.length);
});

describe.each(CORPUS)('$name', (c) => {
  test(`ExcelJS gateway: ${c.severity} ${c.code}, located, inputs untouched`, async () => {
    const wb = corpusWorkbook(c);
    const inputs = wb.worksheets.map((w) => w.name);
    const before = checksum(wb);
    const outcome = await recalculate(new ExcelJsGateway(wb));
    const issue = outcome.issues.find((i) => i.severity === c.severity && i.code === c.code);
    expect({ codes: outcome.issues.map((i) => `${i.severity} ${i.code}`), text: issue && describeIssue(issue) }).toMatchObject({
      text: c.says,
    });
    expect(issue!.fix.length).toBeGreaterThan(10);
    expect(outcome.ok).toBe(c.severity === 'warning');
    expect(checksum(wb, inputs)).toBe(before);
    const added = wb.worksheets.map((w) => w.name).filter((n) => !inputs.includes(n));
    // A warning case whose indicator is Red also gets its exception page.
    expect(added.filter((n) => n !== 'Exceptions')).toEqual(c.severity === 'warning' ? ['Scorecard', 'Summary', 'Run log'] : []);
  });

  test('Office.js gateway on the fake host: the same messages; errors write nothing', async () => {
    const file = corpusWorkbook(c);
    const fromFile = await recalculate(new ExcelJsGateway(file));
    const host = hostFor(corpusWorkbook(c));
    const inputs = host.doc.sheets.map((s) => s.name);
    const before = inputsOf(host.doc, inputs);
    const outcome = await recalcOnHost(host);
    expect(outcome.issues.map(describeIssue)).toEqual(fromFile.issues.map(describeIssue));
    expect(inputsOf(host.doc, inputs)).toEqual(before);
    if (c.severity === 'error') expect(host.stats.requests.every((r) => r.writes === 0)).toBe(true);
  });
});

describe('what is accepted as meant', () => {
  async function bothWays(wb: () => ExcelJS.Workbook) {
    const file = await recalculate(new ExcelJsGateway(wb()));
    const office = await recalcOnHost(hostFor(wb()));
    return { file, office };
  }

  test('figures in hidden or filtered-out rows are read like any other', async () => {
    const make = () => {
      const wb = miniWorkbook({ figures: [['CP visits', 180, 200]] });
      wb.getWorksheet('Figures')!.getRow(2).hidden = true;
      return wb;
    };
    const { file, office } = await bothWays(make);
    for (const outcome of [file, office]) {
      expect(outcome.ok && itemAt(outcome.results.byArea.get('Kent')).current.text).toBe('90.0%');
      expect(outcome.issues).toEqual([]);
    }
  });

  test.each(['=SUM(A1:A9)', '+44 visits', '-5 days', '@risk cases', '#1 priority'])(
    'an indicator named %j is written as text by both gateways, never as a formula',
    async (name) => {
      const wb = miniWorkbook({ catalogue: [catalogueRow({ Indicator: name })] });
      expect((await recalculate(new ExcelJsGateway(wb))).ok).toBe(true);
      const column = wb.getWorksheet('Scorecard')!.getColumn(2).values as ExcelJS.CellValue[];
      const row = column.indexOf(name);
      expect(row).toBeGreaterThan(0);
      const host = hostFor(miniWorkbook({ catalogue: [catalogueRow({ Indicator: name })] }));
      expect((await recalcOnHost(host)).ok).toBe(true);
      const cell = host.doc.sheet('Scorecard')!.cell(row, 2)!;
      expect({ value: cell.value, formula: cell.formula, error: cell.error }).toEqual({
        value: name,
        formula: undefined,
        error: undefined,
      });
    },
  );

  test('a net change below zero is accepted where the catalogue says Negative allowed', async () => {
    const make = () =>
      miniWorkbook({
        figures: [['Posts unfilled, net change', -3, 1000]],
        catalogue: [catalogueRow({ Polarity: 'L', Target: 0, Floor: 0.01, 'Negative allowed': 'Yes' })],
      });
    const { file, office } = await bothWays(make);
    for (const outcome of [file, office]) {
      expect(outcome.issues).toEqual([]);
      expect(outcome.ok && itemAt(outcome.results.byArea.get('Kent')).current).toMatchObject({ text: '-0.3%', rag: 'G' });
    }
  });

  test('10,000 indicators: every one is rated and written, inputs untouched', async () => {
    const rows = Array.from({ length: 10_000 }, (_, i) =>
      catalogueRow({ ID: i + 1, Indicator: `Indicator ${i + 1}`, Section: `Section ${1 + (i % 12)}` }, 2 + (i % 500)),
    );
    const figures = Array.from({ length: 500 }, (_, i) => [`Row ${i}`, 100 + (i % 90), 200]);
    const wb = miniWorkbook({ catalogue: rows, figures });
    const before = checksum(wb);
    const inputs = wb.worksheets.map((w) => w.name);
    const outcome = await recalculate(new ExcelJsGateway(wb));
    expect(outcome.ok && outcome.summary.total.total).toBe(10_000);
    expect(outcome.ok && outcome.summary.total.G + outcome.summary.total.A + outcome.summary.total.R).toBe(10_000);
    expect(wb.getWorksheet('Scorecard')!.rowCount).toBeGreaterThan(10_000);
    expect(checksum(wb, inputs)).toBe(before);
  }, 60_000);
});
