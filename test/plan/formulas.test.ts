import type ExcelJS from 'exceljs';
import { recalculate } from '../../src/app/recalculate';
import type { RecalcOutcome } from '../../src/app/recalculate';
import { parseReference } from '../../src/engine';
import type { Indicator } from '../../src/engine';
import { buildKentWorkbook } from '../../src/example/kentExample';
import { ExcelJsGateway } from '../../src/gateways/exceljs';
import { evaluatePlanned, loadIntoHyperFormula, mismatches, setCell } from '../helpers/hyperformula';
import { runKent } from '../helpers/kent';
import type { KentRun } from '../helpers/kent';

type Ok = Extract<RecalcOutcome, { ok: true }>;

/** The what-if edits: three targets (an L, an H and a T indicator) and one numerator. */
interface Edit {
  describe: string;
  at: (indicators: Map<string, Indicator>) => { sheet: string; cell: string };
  value: number;
}

const EDITS: Edit[] = [
  { describe: 'indicator 1 (L) target 25% -> 22%', at: (i) => i.get('1')!.at.target!, value: 0.22 },
  { describe: 'indicator 2 (H) target 90% -> 91.6%', at: (i) => i.get('2')!.at.target!, value: 0.916 },
  { describe: 'indicator 12 (T) target 17.5% -> 22.5%', at: (i) => i.get('12')!.at.target!, value: 0.225 },
  {
    describe: 'indicator 8 numerator 1303 -> 1600',
    at: (i) => {
      const ref = parseReference(i.get('8')!.numeratorRef!);
      if (ref?.kind !== 'range') throw new Error('expected an A1 reference');
      return { sheet: ref.sheet, cell: ref.address };
    },
    value: 1600,
  },
];

function byId(outcome: Ok): Map<string, Indicator> {
  return new Map(outcome.indicators.map((i) => [i.id, i]));
}

/** The engine's answer for the same edits: applied to the input workbook, then recalculated. */
async function engineAfterEdits(): Promise<Ok> {
  const workbook: ExcelJS.Workbook = buildKentWorkbook();
  const first = await recalculate(new ExcelJsGateway(buildKentWorkbook()), { checkOnly: true });
  if (!first.ok) throw new Error('Kent failed');
  const indicators = byId(first);
  for (const edit of EDITS) {
    const { sheet, cell } = edit.at(indicators);
    workbook.getWorksheet(sheet)!.getCell(cell).value = edit.value;
  }
  const outcome = await recalculate(new ExcelJsGateway(workbook), { checkOnly: true });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
  return outcome;
}

describe('the written scorecard is live formulas, and HyperFormula agrees with the engine', () => {
  let kent: KentRun;
  beforeAll(async () => {
    kent = await runKent();
  });

  test('every result, RAG, arrow and count calculates to the engine value', () => {
    const hf = loadIntoHyperFormula(kent.written);
    // The run log and the cohort impact table record values, not formulas.
    const live = kent.outcome.plan.sheets.filter((s) => !['runLog', 'impact', 'exceptions'].includes(s.role));
    expect(live.map((s) => s.role)).toEqual([
      'scorecard',
      'summary',
      'areas',
      ...['North', 'East', 'South', 'West'].map((a) => `area:${a} Kent`),
      'activity',
    ]);
    for (const sheet of live) {
      const checks = evaluatePlanned(hf, sheet);
      expect(checks.length).toBeGreaterThan(sheet.role === 'scorecard' ? 43 * 5 : sheet.role.startsWith('area:') ? 9 * 5 : 30);
      expect(mismatches(checks)).toEqual([]);
    }
  });

  test('results, RAGs and arrows are formulas over the catalogue and the figures, not pasted values', () => {
    const scorecard = kent.outcome.plan.sheets.find((s) => s.role === 'scorecard')!;
    const formulas = scorecard.cells.flat().map((c) => c.formula ?? '');
    expect(formulas.some((f) => f.includes("'Catalogue'!$H$"))).toBe(true);
    expect(formulas.some((f) => f.includes("'County figures'!$C$"))).toBe(true);
    expect(formulas.some((f) => f.includes("'Data'!$"))).toBe(true);
  });

  test('after three target edits and one numerator edit, RAG, arrows and counts follow as the engine predicts', async () => {
    const hf = loadIntoHyperFormula(kent.written);
    const indicators = byId(kent.outcome);
    for (const edit of EDITS) {
      const { sheet, cell } = edit.at(indicators);
      setCell(hf, sheet, cell, edit.value);
    }
    const after = await engineAfterEdits();
    // The edits matter: the counts move away from the published 19 / 19 / 5.
    expect(after.summary.total).not.toMatchObject({ G: 19, A: 19, R: 5 });
    for (const sheet of after.plan.sheets) {
      const checks = evaluatePlanned(hf, sheet);
      expect(mismatches(checks)).toEqual([]);
    }
    const rag = (id: string) => after.results.byArea.get('Kent')!.find((r) => r.indicator.id === id)!.current.rag;
    expect([rag('1'), rag('2'), rag('12'), rag('8')]).toEqual(['A', 'A', 'A', 'G']);
  });
});
