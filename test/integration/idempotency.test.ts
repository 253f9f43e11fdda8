/**
 * Reruns are safe: ten recalculations with the same inputs leave the same cells, formats and
 * rules as one, the .xlsx grows by nothing but the run log's one row per run, and no input cell
 * changes through either gateway.
 */
import { recalculate } from '../../src/app/recalculate';
import { buildKentWorkbook } from '../../src/example/kentExample';
import { ExcelJsGateway } from '../../src/gateways/exceljs';
import { snapshotDocument } from '../fakes/excel/document';
import type { DocumentState } from '../fakes/excel/document';
import { KENT_INPUT_SHEETS, KENT_OUTPUT_SHEETS, writeAndReload } from '../helpers/kent';
import { checksum } from '../helpers/miniWorkbook';
import { hostFor, recalcOnHost } from '../helpers/office';
import { itemAt } from '../helpers/at';

const INPUT_SHEETS = KENT_INPUT_SHEETS;
const OUTPUT_SHEETS = KENT_OUTPUT_SHEETS;
const RUNS = 10;

function sheetsNamed(doc: DocumentState, names: string[]): unknown {
  return (snapshotDocument(doc) as { sheets: { name: string }[] }).sheets.filter((s) => names.includes(s.name));
}

test(`ExcelJS: ${RUNS} runs, each saved and reopened, write the same file size and the same output`, async () => {
  let wb = buildKentWorkbook();
  const inputs = checksum(wb, INPUT_SHEETS);
  const sizes: number[] = [];
  const outputs: string[] = [];
  for (let run = 0; run < RUNS; run++) {
    const outcome = await recalculate(new ExcelJsGateway(wb));
    expect(outcome.ok).toBe(true);
    const { written, buffer } = await writeAndReload(wb);
    sizes.push(buffer.length);
    outputs.push(checksum(written, OUTPUT_SHEETS));
    wb = written;
  }
  // After the first save, each run adds only its run-log row (a few hundred bytes zipped).
  const growth = sizes.slice(1).map((size, i) => size - itemAt(sizes, i));
  expect(Math.max(...growth)).toBeLessThan(400);
  expect(new Set(outputs).size).toBe(1);
  expect(wb.getWorksheet('Run log')!.actualRowCount).toBe(1 + RUNS);
  expect(checksum(wb, INPUT_SHEETS)).toBe(inputs);
  expect(wb.worksheets.map((w) => w.name).sort()).toEqual([...INPUT_SHEETS, ...OUTPUT_SHEETS, 'Run log'].sort());
}, 60_000);

test(`Office.js: ${RUNS} runs leave the document exactly as one run does, in 3 round trips each`, async () => {
  const host = hostFor(buildKentWorkbook());
  const inputs = sheetsNamed(host.doc, INPUT_SHEETS);
  await recalcOnHost(host);
  const output = OUTPUT_SHEETS;
  const once = sheetsNamed(host.doc, output);
  for (let run = 1; run < RUNS; run++) {
    host.stats.reset();
    const outcome = await recalcOnHost(host);
    expect(outcome.ok).toBe(true);
    expect(host.stats.syncs).toBe(3);
  }
  expect(sheetsNamed(host.doc, output)).toEqual(once);
  expect(sheetsNamed(host.doc, INPUT_SHEETS)).toEqual(inputs);
  expect(host.doc.sheets.map((s) => s.name).sort()).toEqual([...INPUT_SHEETS, ...output, 'Run log'].sort());
  expect(host.doc.sheet('Run log')!.usedBox()!.bottom).toBe(1 + RUNS);
  expect(host.doc.names.map((n) => n.name).filter((n) => n.startsWith('ScorecardOutput_'))).toHaveLength(
    OUTPUT_SHEETS.length + 1,
  );
});

test('ExcelJS: the input cells of the saved file match the analyst file cell for cell, formulas included', async () => {
  const wb = buildKentWorkbook();
  const { written: original } = await writeAndReload(wb);
  await recalculate(new ExcelJsGateway(wb));
  const { written } = await writeAndReload(wb);
  expect(checksum(written, INPUT_SHEETS)).toBe(checksum(original, INPUT_SHEETS));
});
