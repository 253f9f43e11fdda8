import { recalculate } from '../../src/app/recalculate';
import { baselineOf, previewWhatIf, ragFor } from '../../src/engine';
import { ExcelJsGateway } from '../../src/gateways/exceljs';
import { SCORECARD_COLUMNS } from '../../src/plan';
import { catalogueRow, miniWorkbook } from '../helpers/miniWorkbook';
import { indicator } from '../helpers/indicators';
import { itemAt } from '../helpers/at';

const CONTEXT = { Target: null, Floor: null, Unit: 'count', 'Denominator ref': null };

async function check(rows: Record<string, unknown>[]) {
  const spec = { catalogue: rows as ReturnType<typeof catalogueRow>[], figures: [['Referrals', 612, 200]] };
  return recalculate(new ExcelJsGateway(miniWorkbook(spec)), { checkOnly: true });
}

describe('a catalogue row with no target', () => {
  test('nothing else rates: a context measure, with or without a polarity', async () => {
    const outcome = await check([
      catalogueRow({ ...CONTEXT, Polarity: null }),
      catalogueRow({ ...CONTEXT, ID: 2, Polarity: 'L' }),
    ]);
    expect(outcome.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(outcome.indicators.map((i) => [i.id, i.polarity, i.target])).toEqual([
      ['1', undefined, undefined],
      ['2', 'L', undefined],
    ]);
    if (!outcome.ok) throw new Error('expected a result');
    expect(itemAt(outcome.results.byArea.get('Kent')).current).toMatchObject({ value: 612, rag: undefined, text: '612' });
  });

  test('a floor, bands or T say a RAG was meant: still the missing-target error', async () => {
    const outcome = await check([
      catalogueRow({ ...CONTEXT, Floor: 10 }),
      catalogueRow({ ...CONTEXT, ID: 2, Polarity: 'T', Floor: null }),
      catalogueRow({ ...CONTEXT, ID: 3, Polarity: 'T', 'Inner band': 1, 'Outer band': 2 }),
    ]);
    const errors = outcome.issues.filter((i) => i.severity === 'error');
    expect(errors.map((i) => [i.code, i.indicatorId, i.at?.cell])).toEqual([
      ['missing-target', '1', 'H2'],
      ['missing-target', '2', 'H3'],
      ['missing-bands', '2', 'J3'],
      ['missing-target', '3', 'H4'],
    ]);
    expect(errors[3]?.message).toBe('Target is blank, but Inner band and Outer band are filled in, so a RAG was meant.');
  });

  test('a target with no polarity is still the missing-polarity error', async () => {
    const outcome = await check([catalogueRow({ Polarity: null })]);
    expect(outcome.issues.filter((i) => i.severity === 'error').map((i) => i.code)).toEqual(['missing-polarity']);
  });
});

describe('a context measure in the engine', () => {
  const context = indicator({ target: undefined, floor: undefined, polarity: 'H', unit: 'count' });

  test('is never rated', () => {
    expect(ragFor(context, 100)).toBeUndefined();
  });

  test('what-if: there is no target to change, so the change is refused with the reason', () => {
    const result = {
      indicator: context,
      area: 'Kent',
      month: '2017-04',
      current: { value: 5, text: '5', small: false },
      notes: [],
      spc: { status: 'notEnoughData' as const, points: 1, needed: 12, basis: 'period' as const },
    };
    const preview = previewWhatIf([result], new Map([['1', { target: 4 }]]));
    expect(preview.problems.get('1')).toMatch(/^This is a context measure: it has no target, so there is nothing to change\./);
    expect(preview.flips).toEqual([]);
    expect(preview.after.context).toBe(1);
  });

  test("what-if: a Baseline's empty row for it is no change and no problem", () => {
    const result = {
      indicator: context,
      area: 'Kent',
      month: '2017-04',
      current: { value: 5, text: '5', small: false },
      notes: [],
      spc: { status: 'notEnoughData' as const, points: 1, needed: 12, basis: 'period' as const },
    };
    const baseline = baselineOf([context]);
    expect(baseline.changes.get('1')).toEqual({ target: undefined, floor: undefined, inner: undefined, outer: undefined });
    expect(previewWhatIf([result], baseline.changes).problems.size).toBe(0);
  });
});

describe('a context measure on the written sheets', () => {
  test('no exception page unless flagged; flagged, a page with no target line and "Target: none" in the data notes', async () => {
    const unflagged = await recalculate(new ExcelJsGateway(miniWorkbook({ catalogue: [catalogueRow(CONTEXT)] })));
    if (!unflagged.ok) throw new Error(JSON.stringify(unflagged.issues));
    expect(unflagged.plan.sheets.some((s) => s.role === 'exceptions')).toBe(false);

    const flagged = await recalculate(
      new ExcelJsGateway(miniWorkbook({ catalogue: [catalogueRow({ ...CONTEXT, 'Exception page': 'Yes' })] })),
    );
    if (!flagged.ok) throw new Error(JSON.stringify(flagged.issues));
    const page = flagged.plan.sheets.find((s) => s.role === 'exceptions')!;
    const firstCells = page.cells.map((row) => row[0]?.value);
    expect(firstCells).toContain('Result');
    expect(firstCells).not.toContain('Target');
    expect(firstCells).toContain('Target: none (a context measure, shown for its trend: no RAG rating)');
    expect(firstCells).not.toContain('Green');
  });

  test('the scorecard row: "-" for the target, "No RAG" as a live formula, the note saying why', async () => {
    const outcome = await recalculate(
      new ExcelJsGateway(miniWorkbook({ catalogue: [catalogueRow({ ...CONTEXT, Polarity: 'L' })] })),
    );
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
    const scorecard = outcome.plan.sheets.find((s) => s.role === 'scorecard')!;
    const row = scorecard.cells.find((cells) => cells[1]?.value === '% of CP visits in timescale')!;
    expect(row[5]).toMatchObject({ value: 'No RAG', formula: '=IF(ISNUMBER(E7),"No RAG","-")' });
    expect(row[8]?.value).toBe('-');
    expect(row[SCORECARD_COLUMNS.notes - 1]?.value).toBe('Context measure: no target, so no RAG.');
    expect(row[SCORECARD_COLUMNS.spcVariation - 1]?.value).toBe('Too few months');
    expect(row[SCORECARD_COLUMNS.spcAssurance - 1]?.value).toBeNull();
  });
});
