/**
 * Hostile workbooks, generated (fast-check), through every gateway (ExcelJS in memory, the CLI's
 * file gateway on the saved file, Office.js on the host): names full of / ' : and
 * emoji, text that Excel would read as a date, a number or a formula, numbers stored as text,
 * implausible months, long and colliding area names. Whatever comes in:
 * - no run crashes (every problem is a located issue);
 * - on an error nothing is written and the inputs are untouched;
 * - on success the inputs are untouched, every written sheet keeps to Excel's limits (the test
 *   setup checks), and an independent formula engine (HyperFormula) calculates from the written
 *   formulas exactly the engine's values.
 */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { recalculate } from '../../src/app/recalculate';
import type { RecalcOutcome } from '../../src/app/recalculate';
import { describeIssue, InputProblem } from '../../src/engine';
import { ExcelJsGateway } from '../../src/gateways/exceljs';
import { FileGateway } from '../../src/gateways/exceljs/fileGateway';
import { snapshotDocument } from '../fakes/excel/document';
import { evaluatePlanned, loadIntoHyperFormula, mismatches } from '../helpers/hyperformula';
import { writeAndReload } from '../helpers/kent';
import type { Hostile } from '../helpers/hostile';
import { build, hostile } from '../helpers/hostile';
import { checksum } from '../helpers/miniWorkbook';
import { expectInputPartsUnchanged } from '../helpers/packageParts';
import { hostFor, recalcOnHost } from '../helpers/office';

const tally = { ok: 0, refused: 0 };

async function throughFile(h: Hostile): Promise<void> {
  const wb = build(h);
  const sheets = wb.worksheets.map((w) => w.name);
  const before = checksum(wb);
  let outcome;
  try {
    outcome = await recalculate(new ExcelJsGateway(wb));
  } catch (error) {
    if (error instanceof InputProblem) {
      expect(checksum(wb)).toBe(before);
      return;
    }
    throw error;
  }
  expect(checksum(wb, sheets)).toBe(before);
  if (!outcome.ok) {
    tally.refused += 1;
    if (process.env.HOSTILE_DEBUG) console.log(outcome.issues.filter((i) => i.severity === 'error').map((i) => i.code));
    expect(wb.worksheets.map((w) => w.name)).toEqual(sheets);
    return;
  }
  tally.ok += 1;
  const { written } = await writeAndReload(wb);
  const hf = loadIntoHyperFormula(written);
  for (const sheet of outcome.plan.sheets.filter(
    (s) => ['scorecard', 'summary', 'areas'].includes(s.role) || s.role.startsWith('area:'),
  )) {
    expect({ sheet: sheet.name, wrong: mismatches(evaluatePlanned(hf, sheet)) }).toEqual({ sheet: sheet.name, wrong: [] });
  }
}

/**
 * The same workbook saved to a file and run through the CLI's file gateway: it must say what the
 * ExcelJS gateway says, leave every input part as it was, and write formulas that calculate to
 * the engine's values.
 */
async function throughDisk(h: Hostile): Promise<void> {
  const path = join(dir, 'hostile.xlsx');
  await build(h).xlsx.writeFile(path);
  const input = readFileSync(path);
  const [model, disk] = await Promise.all([
    recalculate(new ExcelJsGateway(build(h)), { now }).catch(refusal),
    FileGateway.fromFile(path).then(async (gateway) => ({
      gateway,
      outcome: await recalculate(gateway, { now }).catch(refusal),
    })),
  ]);
  const { gateway, outcome } = disk;
  expect(outcome && said(outcome)).toEqual(model && said(model));
  if (!outcome?.ok) return;
  const output = await gateway.toBuffer();
  expectInputPartsUnchanged(input, output);
  const written = new ExcelJS.Workbook();
  await written.xlsx.load(output as unknown as ArrayBuffer);
  const hf = loadIntoHyperFormula(written);
  for (const sheet of outcome.plan.sheets.filter((s) => ['scorecard', 'summary', 'areas'].includes(s.role))) {
    expect({ sheet: sheet.name, wrong: mismatches(evaluatePlanned(hf, sheet)) }).toEqual({ sheet: sheet.name, wrong: [] });
  }
}

const now = () => new Date(2017, 4, 2, 9, 30);
const dir = mkdtempSync(join(tmpdir(), 'hostile-'));
const said = (outcome: RecalcOutcome) => outcome.issues.map((i) => `${i.severity} ${i.code}: ${describeIssue(i)}`);
const refusal = (error: unknown): undefined => {
  if (error instanceof InputProblem) return undefined;
  throw error;
};

async function throughOffice(h: Hostile): Promise<void> {
  const host = hostFor(build(h));
  const inputs = host.doc.sheets.map((s) => s.name);
  const before = snapshotDocument(host.doc) as { sheets: { name: string }[] };
  const outcome = await recalcOnHost(host).catch((error: unknown) => {
    if (error instanceof InputProblem) return undefined;
    throw error;
  });
  const after = snapshotDocument(host.doc) as { sheets: { name: string }[] };
  expect(after.sheets.filter((s) => inputs.includes(s.name))).toEqual(before.sheets);
  if (!outcome?.ok) expect(after).toEqual(before);
}

test('hostile workbooks never crash a run, never touch the inputs, and what is written calculates to the engine values (ExcelJS, the CLI’s file gateway, Office.js)', async () => {
  await fc.assert(
    fc.asyncProperty(hostile, async (h) => {
      await throughFile(h);
      await throughDisk(h);
      await throughOffice(h);
    }),
    { numRuns: 60, seed: 20261126 },
  );
  // The generator must reach the writing path often, not only the refusals.
  expect(tally.ok).toBeGreaterThanOrEqual(10);
}, 300_000);
