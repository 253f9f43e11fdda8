/**
 * Hostile workbooks, generated (fast-check), through both real gateways: names full of / ' : and
 * emoji, text that Excel would read as a date, a number or a formula, numbers stored as text,
 * implausible months, long and colliding area names. Whatever comes in:
 * - no run crashes (every problem is a located issue);
 * - on an error nothing is written and the inputs are untouched;
 * - on success the inputs are untouched, every written sheet keeps to Excel's limits (the test
 *   setup checks), and an independent formula engine (HyperFormula) calculates from the written
 *   formulas exactly the engine's values.
 */
import fc from 'fast-check';
import { recalculate } from '../../src/app/recalculate';
import { InputProblem } from '../../src/engine';
import { ExcelJsGateway } from '../../src/gateways/exceljs';
import { snapshotDocument } from '../fakes/excel/document';
import { evaluatePlanned, loadIntoHyperFormula, mismatches } from '../helpers/hyperformula';
import { writeAndReload } from '../helpers/kent';
import type { Hostile } from '../helpers/hostile';
import { build, hostile } from '../helpers/hostile';
import { checksum } from '../helpers/miniWorkbook';
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

test('hostile workbooks never crash a run, never touch the inputs, and what is written calculates to the engine values (both gateways)', async () => {
  await fc.assert(
    fc.asyncProperty(hostile, async (h) => {
      await throughFile(h);
      await throughOffice(h);
    }),
    { numRuns: 60, seed: 20261126 },
  );
  // The generator must reach the writing path often, not only the refusals.
  expect(tally.ok).toBeGreaterThanOrEqual(10);
}, 300_000);
