import ExcelJS from 'exceljs';
import { recalculate } from '../src/app/recalculate';
import type { Issue } from '../src/engine';
import { describeIssue } from '../src/engine';
import { ExcelJsGateway } from '../src/gateways/exceljs';
import type { MiniSpec } from './helpers/miniWorkbook';
import { catalogueRow, checksum, miniWorkbook } from './helpers/miniWorkbook';

interface Expected {
  code: string;
  sheet?: string;
  cell?: string;
  indicatorId?: string;
  says?: string[];
}

async function run(spec: MiniSpec | ExcelJS.Workbook) {
  const wb = spec instanceof ExcelJS.Workbook ? spec : miniWorkbook(spec);
  const before = checksum(wb);
  const sheetsBefore = wb.worksheets.map((w) => w.name);
  const outcome = await recalculate(new ExcelJsGateway(wb));
  return { outcome, wb, before, sheetsBefore };
}

/** Bad input: the run stops before writing, with a located message that says what to fix. */
const cases: [string, MiniSpec, Expected][] = [
  ['no catalogue at all', { catalogue: null }, { code: 'no-catalogue', says: ['no indicator catalogue', 'Set up catalogue'] }],
  ['a catalogue with no rows', { catalogue: [] }, { code: 'empty-catalogue', sheet: 'Catalogue', says: ['no indicators'] }],
  [
    'a required column missing',
    { dropColumns: ['Polarity'] },
    { code: 'missing-column', sheet: 'Catalogue', cell: 'A1', says: ['"Polarity"'] },
  ],
  [
    'an unknown polarity',
    { catalogue: [catalogueRow({ Polarity: 'X' })] },
    { code: 'unknown-polarity', sheet: 'Catalogue', cell: 'D2', indicatorId: '1', says: ['"X"', 'H (higher is better)'] },
  ],
  [
    'a mistyped polarity gets a suggestion',
    { catalogue: [catalogueRow({ Polarity: 'LL' })] },
    { code: 'unknown-polarity', cell: 'D2', says: ['Did you mean L?'] },
  ],
  [
    'an unknown data period',
    { catalogue: [catalogueRow({ 'Data period': 'R12' })] },
    { code: 'unknown-period', cell: 'E2', says: ['Did you mean R12M?'] },
  ],
  [
    'an unknown unit',
    { catalogue: [catalogueRow({ Unit: 'percnt' })] },
    { code: 'unknown-unit', cell: 'F2', says: ['Did you mean percentage?'] },
  ],
  ['a missing target', { catalogue: [catalogueRow({ Target: null })] }, { code: 'missing-target', cell: 'H2', indicatorId: '1' }],
  ['text in the target', { catalogue: [catalogueRow({ Target: 'n/a' })] }, { code: 'not-a-number', cell: 'H2', says: ['"n/a"'] }],
  [
    'a percentage target typed as 90',
    { catalogue: [catalogueRow({ Target: 90, Floor: 80 })] },
    { code: 'percentage-scale', cell: 'H2', says: ['90%'] },
  ],
  [
    'a floor above the target of an H indicator',
    { catalogue: [catalogueRow({ Floor: 0.95 })] },
    { code: 'floor-wrong-side', cell: 'I2', says: ['95.0%', 'above the target 90.0%'] },
  ],
  [
    'a floor below the target of an L indicator',
    { catalogue: [catalogueRow({ Polarity: 'L', Target: 0.1, Floor: 0.05 })] },
    { code: 'floor-wrong-side', cell: 'I2' },
  ],
  ['no floor for an H indicator', { catalogue: [catalogueRow({ Floor: null })] }, { code: 'missing-floor', cell: 'I2' }],
  [
    'T bands that overlap',
    { catalogue: [catalogueRow({ Polarity: 'T', Floor: null, 'Inner band': 0.05, 'Outer band': 0.02 })] },
    { code: 'bands-overlap', cell: 'J2' },
  ],
  [
    'a T indicator without bands',
    { catalogue: [catalogueRow({ Polarity: 'T', Floor: null })] },
    { code: 'missing-bands', cell: 'J2' },
  ],
  [
    'duplicate IDs',
    { catalogue: [catalogueRow(), catalogueRow({ Indicator: 'Other' })] },
    { code: 'duplicate-id', cell: 'A3', says: ['also at Catalogue!A2'] },
  ],
  ['a row with no ID', { catalogue: [catalogueRow({ ID: null })] }, { code: 'missing-id', cell: 'A2' }],
  [
    'a reference with no sheet',
    { catalogue: [catalogueRow({ 'Numerator ref': 'B2' })] },
    { code: 'bad-reference', cell: 'N2', says: ["'North Kent'!D12"] },
  ],
  [
    'a reference to a missing sheet',
    { catalogue: [catalogueRow({ 'Numerator ref': "'North Kent'!B2" })] },
    { code: 'reference-missing-sheet', cell: 'N2', says: ['no sheet called "North Kent"', '"Figures"'] },
  ],
  [
    'a reference to a missing name',
    { catalogue: [catalogueRow({ 'Numerator ref': 'CP_Visits' })] },
    { code: 'reference-missing-name', cell: 'N2', says: ['no name "CP_Visits"', 'Name Manager'] },
  ],
  [
    'text in a referenced cell',
    { figures: [['CP visits', 'n/a', 200]] },
    { code: 'reference-not-a-number', sheet: 'Figures', cell: 'B2', indicatorId: '1', says: ['"n/a"'] },
  ],
  [
    'a dash in a referenced cell',
    { figures: [['CP visits', '-', 200]] },
    { code: 'reference-not-a-number', cell: 'B2', says: ['"-"'] },
  ],
  [
    'an error value in a referenced cell',
    { figures: [['CP visits', { error: '#DIV/0!' } as unknown as ExcelJS.CellValue, 200]] },
    { code: 'reference-not-a-number', cell: 'B2', says: ['#DIV/0!', 'Fix the formula'] },
  ],
  [
    'a blank referenced cell',
    { figures: [['CP visits', 180, null]] },
    { code: 'reference-not-a-number', cell: 'C2', says: ['is blank'] },
  ],
  ['a zero denominator with cases counted', { figures: [['CP visits', 3, 0]] }, { code: 'zero-denominator', cell: 'C2' }],
  ['a negative denominator', { figures: [['CP visits', 3, -10]] }, { code: 'negative-denominator', cell: 'C2' }],
  [
    'a numerator above the denominator',
    { figures: [['CP visits', 250, 200]] },
    { code: 'numerator-above-denominator', cell: 'B2', says: ['over 100%', 'swapped'] },
  ],
  [
    'a numerator without a denominator reference',
    { catalogue: [catalogueRow({ 'Denominator ref': null })] },
    { code: 'missing-denominator-ref', cell: 'O2' },
  ],
  [
    'data for an indicator not in the catalogue',
    { data: [{ 'Indicator ID': 7, 'Month end': new Date(Date.UTC(2017, 2, 31)), Value: 0.5 }] },
    { code: 'data-unknown-id', sheet: 'Data', cell: 'A2', says: ['"7"'] },
  ],
  [
    'a data row whose month is not a date',
    { data: [{ 'Indicator ID': 1, 'Month end': 'last month', Value: 0.5 }] },
    { code: 'data-bad-month', sheet: 'Data', cell: 'C2' },
  ],
  [
    'a data value typed as 85 for a percentage',
    { data: [{ 'Indicator ID': 1, 'Month end': new Date(Date.UTC(2017, 2, 31)), Value: 85 }] },
    { code: 'percentage-scale', sheet: 'Data', cell: 'G2' },
  ],
  [
    'a reporting month that is not a date',
    { settings: [['Reporting month', 'soon']] },
    { code: 'bad-month', sheet: 'Settings', cell: 'B2' },
  ],
];

describe('bad input stops the run before anything is written', () => {
  test.each(cases)('%s', async (_name, spec, expected) => {
    const { outcome, wb, before, sheetsBefore } = await run(spec);
    expect(outcome.ok).toBe(false);
    const issue = outcome.issues.find((i: Issue) => i.code === expected.code && i.severity === 'error');
    expect({ codes: outcome.issues.map((i) => i.code), found: Boolean(issue) }).toMatchObject({ found: true });
    if (expected.sheet) expect(issue!.at?.sheet).toBe(expected.sheet);
    if (expected.cell) expect(issue!.at?.cell).toBe(expected.cell);
    if (expected.indicatorId) expect(issue!.indicatorId).toBe(expected.indicatorId);
    const text = describeIssue(issue!);
    for (const phrase of expected.says ?? []) expect(text).toContain(phrase);
    expect(issue!.fix.length).toBeGreaterThan(10);
    expect(wb.worksheets.map((w) => w.name)).toEqual(sheetsBefore);
    expect(checksum(wb)).toBe(before);
  });

  test('every problem is reported at once, not just the first', async () => {
    const { outcome } = await run({ catalogue: [catalogueRow({ Polarity: 'X' }), catalogueRow({ ID: 2, Target: null })] });
    expect(outcome.issues.map((i) => i.code).sort()).toEqual(['missing-target', 'unknown-polarity']);
  });

  test('an output sheet the scorecard did not write is not replaced', async () => {
    const wb = miniWorkbook();
    wb.addWorksheet('Scorecard').getCell('A1').value = 'My own notes';
    const { outcome } = await run(wb);
    expect(outcome.ok).toBe(false);
    expect(outcome.issues[0]).toMatchObject({ code: 'sheet-not-ours', at: { sheet: 'Scorecard', cell: 'A1' } });
    expect(wb.getWorksheet('Scorecard')!.getCell('A1').value).toBe('My own notes');
    expect(wb.getWorksheet('Summary')).toBeUndefined();
  });
});

describe('what is accepted', () => {
  test('lower-case and spelled-out codes are read as meant', async () => {
    const { outcome } = await run({ catalogue: [catalogueRow({ Polarity: 'h', 'Data period': 'snapshot', Unit: '%' })] });
    expect(outcome.ok).toBe(true);
  });

  test('a workbook name as a reference', async () => {
    const { outcome } = await run({
      catalogue: [catalogueRow({ 'Numerator ref': 'CP_Visits' })],
      names: { CP_Visits: 'Figures!$B$2' },
    });
    expect(outcome.ok && outcome.results.byArea.get('Kent')![0].current.text).toBe('90.0%');
  });

  test('0 of 0 is a warning, shown as no result, and the run goes on', async () => {
    const { outcome } = await run({ figures: [['CP visits', 0, 0]] });
    expect(outcome.ok).toBe(true);
    expect(outcome.issues).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'no-cases', at: { sheet: 'Figures', cell: 'C2' } }),
    ]);
  });

  test('a denominator of 4 is rated no RAG and flagged small', async () => {
    const { outcome } = await run({ figures: [['CP visits', 3, 4]] });
    expect(outcome.ok).toBe(true);
    const [r] = outcome.ok ? outcome.results.byArea.get('Kent')! : [];
    expect(r.current).toMatchObject({ rag: undefined, small: true, text: '75.0%' });
  });
});
