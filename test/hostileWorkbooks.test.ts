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
import type ExcelJS from 'exceljs';
import fc from 'fast-check';
import { recalculate } from '../src/app/recalculate';
import { ScorecardError } from '../src/engine';
import { ExcelJsGateway } from '../src/gateways/exceljs';
import { snapshotDocument } from './fakes/excel/document';
import { evaluatePlanned, loadIntoHyperFormula, mismatches } from './helpers/hyperformula';
import { writeAndReload } from './helpers/kent';
import type { Row } from './helpers/miniWorkbook';
import { catalogueRow, checksum, miniWorkbook } from './helpers/miniWorkbook';
import { hostFor, recalcOnHost } from './helpers/office';

const NASTY = ['/', "'", ':', '[', ']', '*', '?', '\\', '😀', 'é', ' ', '=', '-', '+', '@', '#', '%', ',', '"', '\u00a0'];
const nastyText = (max: number) =>
  fc
    .array(
      fc.oneof(fc.constantFrom(...NASTY), fc.constantFrom('Kent', 'North', 'Apr 2017', '1.10', '1-2', 'TRUE', 'x'.repeat(30))),
      {
        minLength: 1,
        maxLength: max,
      },
    )
    .map((parts) => parts.join(''));

/** Mostly a sensible numerator and denominator; now and then text, a dash, a blank or an error. */
const pair: fc.Arbitrary<[ExcelJS.CellValue, ExcelJS.CellValue]> = fc.oneof(
  {
    weight: 12,
    arbitrary: fc
      .tuple(fc.integer({ min: 1, max: 500 }), fc.double({ min: 0, max: 1, noNaN: true }))
      .map(([den, share]): [ExcelJS.CellValue, ExcelJS.CellValue] => [Math.round(den * share), den]),
  },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 0, max: 50 }).map(String), fc.constant<ExcelJS.CellValue>(100)) },
  {
    weight: 1,
    arbitrary: fc.tuple(
      fc.constantFrom<ExcelJS.CellValue>('-', null, { error: '#DIV/0!' } as unknown as ExcelJS.CellValue),
      fc.constant<ExcelJS.CellValue>(100),
    ),
  },
);

const month = fc.oneof(
  { weight: 12, arbitrary: fc.constant(new Date(Date.UTC(2017, 3, 30))) },
  { weight: 1, arbitrary: fc.constantFrom<ExcelJS.CellValue>(201704, new Date(Date.UTC(2099, 0, 31)), 'April', null) },
);

const hostile = fc.record({
  names: fc.array(nastyText(6), { minLength: 1, maxLength: 4 }),
  areas: fc.array(nastyText(8), { minLength: 0, maxLength: 3 }),
  figures: fc.array(pair, { minLength: 4, maxLength: 4 }),
  month,
});

type Hostile = typeof hostile extends fc.Arbitrary<infer T> ? T : never;

function build(h: Hostile): ExcelJS.Workbook {
  const catalogue: Row[] = h.names.map((name, i) =>
    catalogueRow({ ID: i + 1, Indicator: name, 'Numerator ref': `Figures!B${i + 2}`, 'Denominator ref': `Figures!C${i + 2}` }),
  );
  return miniWorkbook({
    catalogue,
    figures: h.names.map((_, i) => [`Row ${i + 1}`, h.figures[i][0], h.figures[i][1]]),
    data: h.areas.map((area, i) => ({
      'Indicator ID': 1,
      Area: area,
      'Month end': new Date(Date.UTC(2017, 3, 30)),
      Numerator: 10 + i,
      Denominator: 20,
    })),
    settings: [
      ['Reporting month', h.month],
      ['Area', 'Kent'],
      ...(h.areas.length ? ([['Areas', h.areas.join(', ')]] as [string, ExcelJS.CellValue][]) : []),
    ],
  });
}

const tally = { ok: 0, refused: 0 };

async function throughFile(h: Hostile): Promise<void> {
  const wb = build(h);
  const sheets = wb.worksheets.map((w) => w.name);
  const before = checksum(wb);
  let outcome;
  try {
    outcome = await recalculate(new ExcelJsGateway(wb));
  } catch (error) {
    if (error instanceof ScorecardError) {
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
    if (error instanceof ScorecardError) return undefined;
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
