/**
 * Where output goes is one policy for both gateways (src/gateways/placement.ts): a name shaped
 * like an output marker proves nothing on its own.
 */
import { buildKentWorkbook } from '../../src/example/kentExample';
import { markerName } from '../../src/gateways/gateway';
import type { WorkbookFacts } from '../../src/gateways/placement';
import { placeSheets } from '../../src/gateways/placement';
import type { SheetPlan } from '../../src/plan';
import { snapshotDocument } from '../fakes/excel/document';
import { hostFor, recalcOnHost } from '../helpers/office';

const sheet = (role: string, name: string) => ({ role, name }) as unknown as SheetPlan;
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
      { plan: plan.sheets[0], existing: 'Scorecard' },
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
