/**
 * What is written keeps to Excel's specifications and limits: the validator itself, the hook that
 * runs it on every workbook the tests write (test/setup/excelLimits.ts), and the workbooks that
 * used to break a limit (class 4 of issue 11), through both gateways.
 */
import ExcelJS from 'exceljs';
import { recalculate } from '../../src/app/recalculate';
import { describeIssue } from '../../src/engine';
import { ExcelJsGateway } from '../../src/gateways/exceljs';
import type { PlanCell, SheetPlan, WorkbookPlan } from '../../src/plan';
import { cutToCell } from '../../src/plan';
import { definedNameProblem, planBreaches, sheetNameProblem, workbookBreaches } from '../helpers/excelLimits';
import { writeAndReload } from '../helpers/kent';
import { catalogueRow, miniWorkbook } from '../helpers/miniWorkbook';
import type { MiniSpec } from '../helpers/miniWorkbook';
import { hostFor, recalcOnHost } from '../helpers/office';
import { limitChecks } from '../setup/excelLimits';

function sheet(name: string, cells: PlanCell[][], extra: Partial<SheetPlan> = {}): SheetPlan {
  return {
    name,
    role: 'scorecard',
    cells,
    columnWidths: [10],
    rowHeights: {},
    styles: [],
    merges: [],
    conditionalFormats: [],
    ...extra,
  };
}
const problems = (plan: WorkbookPlan): string[] => planBreaches(plan).map((b) => `${b.where}: ${b.problem}`);

describe('the validator finds each breach of a limit', () => {
  test.each([
    ['x'.repeat(32), /31/],
    ['a/b', /holds one of/],
    ['Q1?', /holds one of/],
    ["'quoted", /apostrophe/],
    ["quoted'", /apostrophe/],
    ['Scorecard - Emoji \uD83D', /half a surrogate pair/],
    ['', /empty/],
    ['History', /reserves/],
  ])('sheet name %j', (name, problem) => {
    expect(sheetNameProblem(name)).toMatch(problem);
  });

  test('valid sheet names pass, an emoji whole included', () => {
    for (const name of ['Scorecard', 'Scorecard - North Kent', "Children's services", 'Emoji 😀 ok', 'x'.repeat(31)]) {
      expect(sheetNameProblem(name)).toBeUndefined();
    }
  });

  test('sheet names alike but for case', () => {
    expect(problems({ sheets: [sheet('Kent', []), sheet('KENT', [])] })).toEqual([
      'KENT: sheet names "Kent" and "KENT" differ only in case',
    ]);
  });

  test('cells: long formulas, deep nesting, many arguments, long text, numbers Excel cannot hold, control characters', () => {
    const cells: PlanCell[][] = [
      [{ value: 1, formula: `=${'1+'.repeat(4100)}1` }],
      [{ value: 1, formula: `=${'ABS('.repeat(65)}1${')'.repeat(65)}` }],
      [{ value: 1, formula: `=SUM(${Array.from({ length: 256 }, () => '1').join(',')})` }],
      [{ value: 'x'.repeat(32_768) }],
      [{ value: Infinity }],
      [{ value: NaN }],
      [{ value: 'tab\there is fine, a vertical tab \u000B is not' }],
      [{ value: 1, numberFormat: '0'.repeat(256) }],
    ];
    expect(problems({ sheets: [sheet('S', cells)] })).toEqual([
      'S!R1C1: a formula of 8,202 characters (at most 8,192)',
      'S!R2C1: a formula nested 65 levels deep (at most 64)',
      'S!R3C1: a function with 256 arguments (at most 255)',
      'S!R4C1: a text of 32,768 characters (at most 32,767)',
      'S!R5C1: the number Infinity, which Excel cannot hold',
      'S!R6C1: the number NaN, which Excel cannot hold',
      'S!R7C1: a text holding a control character that makes the file unreadable',
      'S!R8C1: a number format of 256 characters (at most 255)',
    ]);
  });

  test('text in quotes and sheet names does not count as nesting or arguments', () => {
    const formula = `=COUNTIF('a,(b'!$A$1:$A$9,"(((,,,")`;
    expect(problems({ sheets: [sheet('S', [[{ value: 0, formula }]])] })).toEqual([]);
  });

  test('rows, columns and conditional formats', () => {
    const rules = Array.from({ length: 101 }, () => ({ type: 'between' as const, min: 1, max: 9, format: {} }));
    const plan = {
      sheets: [
        sheet('S', [[{ value: 1 }]], {
          rowHeights: { 3: 410 },
          columnWidths: [256],
          conditionalFormats: [{ range: 'A1', rules }],
        }),
      ],
    };
    expect(problems(plan)).toEqual([
      'S: row 3 is 410 points tall (at most 409)',
      'S: column 1 is 256 characters wide (at most 255)',
      'S: 101 conditional-format rules (we keep to a few per column)',
    ]);
  });

  test.each([
    ['ScorecardOutput_summary', undefined],
    ['_xlnm.Print_Area', undefined],
    ['A1', /cell reference/],
    ['R1C1', /cell reference/],
    ['has space', /character/],
    ['1st', /character/],
    [`N${'x'.repeat(255)}`, /256 characters/],
  ])('workbook name %j', (name, problem) => {
    const found = definedNameProblem(name);
    if (problem) expect(found).toMatch(problem);
    else expect(found).toBeUndefined();
  });

  test('an ExcelJS workbook: cells, formulas, sizes and names, in the sheets asked about', () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Out');
    ws.getCell('A1').value = { formula: `${'1+'.repeat(4100)}1`, result: Infinity } as ExcelJS.CellFormulaValue;
    ws.getRow(2).height = 500;
    ws.getColumn(2).width = 300;
    wb.addWorksheet('Input').getCell('A1').value = 'x'.repeat(40_000);
    wb.definedNames.add("'Out'!$A$1", 'B2');
    const found = workbookBreaches(wb, ['Out']).map((b) => `${b.where}: ${b.problem}`);
    expect(found).toEqual([
      'Out!A1: the number Infinity, which Excel cannot hold',
      'Out!A1: a formula of 8,202 characters (at most 8,192)',
      'Out: row 2 is 500 points tall (at most 409)',
      'Out: column 2 is 300 characters wide (at most 255)',
      'workbook names: the name "B2" looks like a cell reference',
    ]);
    expect(workbookBreaches(wb).some((b) => b.where === 'Input!A1')).toBe(true);
  });
});

test('every recalculation a test writes is checked (the hook in test/setup runs)', async () => {
  const before = { ...limitChecks };
  const wb = miniWorkbook();
  expect((await recalculate(new ExcelJsGateway(wb))).ok).toBe(true);
  expect((await recalcOnHost(hostFor(miniWorkbook()))).ok).toBe(true);
  expect(limitChecks.plans - before.plans).toBe(2);
  expect(limitChecks.workbooks - before.workbooks).toBe(1);
});

/** Through both gateways; the hook checks both plans and the ExcelJS output, writeAndReload the saved file. */
async function bothGateways(spec: MiniSpec) {
  const wb = miniWorkbook(spec);
  const file = await recalculate(new ExcelJsGateway(wb));
  const office = await recalcOnHost(hostFor(miniWorkbook(spec)));
  if (!file.ok || !office.ok) throw new Error(file.issues.map(describeIssue).join('\n'));
  expect(office.issues.map(describeIssue)).toEqual(file.issues.map(describeIssue));
  const { written } = await writeAndReload(wb);
  return { file, written };
}

const april = new Date(Date.UTC(2017, 3, 30));

describe('workbooks that used to break a limit', () => {
  test('200 indicators in alternating sections: each section one block, its counts a short formula', async () => {
    const catalogue = Array.from({ length: 200 }, (_, i) =>
      catalogueRow({ ID: i + 1, Indicator: `Indicator ${i + 1}`, Section: i % 2 ? 'CIN' : 'REFERRAL' }, 2 + (i % 3)),
    );
    const figures = [
      ['a', 180, 200],
      ['b', 150, 200],
      ['c', 100, 200],
    ];
    const { file, written } = await bothGateways({ catalogue, figures });
    const counts = file.plan.sheets.find((s) => s.role === 'summary')!.cells.slice(4, 6);
    expect(counts.map((row) => row[0]?.value)).toEqual(['REFERRAL', 'CIN']);
    expect(Math.max(...counts.flat().map((c) => c.formula?.length ?? 0))).toBeLessThan(200);
    const ids = written
      .getWorksheet('Scorecard')!
      .getColumn(1)
      .values.filter((v) => typeof v === 'number');
    expect(ids.slice(0, 3)).toEqual([1, 3, 5]);
    expect(ids[100]).toBe(2);
  });

  test('one section per indicator: an area total on the Areas sheet is still one range', async () => {
    const catalogue = Array.from({ length: 200 }, (_, i) => catalogueRow({ ID: i + 1, Section: `Section ${i + 1}` }));
    const data = catalogue.map((_, i) => ({
      'Indicator ID': i + 1,
      Area: 'North',
      'Month end': april,
      Numerator: 5,
      Denominator: 10,
    }));
    const { file } = await bothGateways({ catalogue, data });
    const areas = file.plan.sheets.find((s) => s.role === 'areas')!;
    const north = areas.cells.find((row) => row[0]?.value === 'North')!;
    expect(north[2]?.formula).toBe(`=COUNTIF('Scorecard - North'!$F$7:$F$405,"G")`);
  });

  test('an indicator name of 5,000 characters: its row is as tall as Excel allows, no taller', async () => {
    const { file, written } = await bothGateways({ catalogue: [catalogueRow({ Indicator: 'word '.repeat(1000).trim() })] });
    expect(file.plan.sheets[0]?.rowHeights[7]).toBe(409);
    expect(written.getWorksheet('Scorecard')!.getRow(7).height).toBe(409);
  });

  test('an emoji across the 31st character of an area sheet name is never cut in half', async () => {
    const area = `${'A'.repeat(18)}😀 Team`;
    const { written } = await bothGateways({
      data: [{ 'Indicator ID': 1, Area: area, 'Month end': april, Numerator: 5, Denominator: 10 }],
    });
    const names = written.worksheets.map((ws) => ws.name);
    expect(names).toContain(`Scorecard - ${'A'.repeat(18)}`);
  });

  test('a cut text keeps a whole emoji at the cut and ends with the note', () => {
    const cut = cutToCell('😀'.repeat(20_000));
    expect(cut.length).toBeLessThanOrEqual(32_767);
    expect(cut).toMatch(/😀 … \[cut short: the full text is 40,000 characters, more than the 32,767 an Excel cell holds\]$/);
  });
});
