/**
 * Contract checks the gateways cannot show yet: they depend on what the client tells the
 * engine (the 1904 date system, every table's name). The corpus shows the rest through both gateways.
 */
import type { RawTable, WorkbookInput } from '../../src/engine';
import { IssueList, parseInput } from '../../src/engine';
import { quoteNumber, quotePercent } from '../../src/engine/quote';
import { readMonthCell } from '../../src/engine/contract/monthCells';

const table = (name: string, sheet: string, cells: RawTable['range']['cells']): RawTable => ({
  name,
  range: { sheet, address: 'A1', top: 1, left: 1, cells },
});

const catalogue = table('Catalogue', 'Catalogue', [
  ['ID', 'Section', 'Indicator', 'Polarity', 'Data period', 'Unit', 'Target', 'Floor'],
  [1, 'CP', 'Visits', 'H', 'SS', 'percentage', 0.9, 0.8],
]);

function settingsWith(month: number | string): RawTable {
  return table('ScorecardSettings', 'Settings', [
    ['Setting', 'Value'],
    ['Reporting month', month],
    ['Area', 'Kent'],
  ]);
}

test('a month serial in a 1904-system workbook is read in that system', () => {
  // 30/04/2017 is serial 42855 counted from 1900, and 41393 counted from 1904.
  const read = (input: WorkbookInput) => parseInput(input, new IssueList())?.settings.month;
  expect(read({ catalogue, settings: settingsWith(42855), sheetNames: [] })).toBe('2017-04');
  expect(read({ catalogue, settings: settingsWith(41393), sheetNames: [], date1904: true })).toBe('2017-04');
  expect(read({ catalogue, settings: settingsWith(41393), sheetNames: [] })).toBe('2013-04');
});

test('two contract tables whose names differ only in case are an error, not a pick', () => {
  const issues = new IssueList();
  parseInput(
    { catalogue, settings: settingsWith(42855), sheetNames: [], tableNames: ['Catalogue', 'catalogue', 'Other'] },
    issues,
  );
  expect(issues.items.map((i) => i.code)).toEqual(['duplicate-table']);
  expect(issues.items[0]?.message).toContain('"Catalogue" and "catalogue"');
});

test('a sheet named like the data table, with no table of that name, is named as not read (the sheet read is "Data")', () => {
  const issues = new IssueList();
  parseInput({ catalogue, settings: settingsWith(42855), sheetNames: ['Catalogue', 'Settings', 'ScorecardData'] }, issues);
  expect(issues.items.map((i) => `${i.code} ${i.at?.sheet}`)).toEqual(['contract-sheet-name ScorecardData']);
  expect(issues.items[0]?.fix).toContain('Rename the sheet to "Data"');
  const found = new IssueList();
  const data = table('ScorecardData', 'Data', [['Indicator ID', 'Month end', 'Value']]);
  parseInput({ catalogue, settings: settingsWith(42855), data, sheetNames: ['Catalogue', 'Data', 'ScorecardData'] }, found);
  expect(found.items.filter((i) => i.code === 'contract-sheet-name')).toEqual([]);
});

test.each([
  [201704, 'implausible'],
  ['201704', 'implausible'],
  [new Date(Date.UTC(1999, 11, 31)), 'implausible'],
  [new Date(Date.UTC(2017, 3, 30)), 'ok'],
])('month cell %p is %s', (cell, expected) => {
  const reading = readMonthCell(cell, 'Month end', false, '2025-06');
  expect(reading.ok ? 'ok' : reading.kind).toBe(expected);
});

test('a month a year ahead is accepted, more is not', () => {
  expect(readMonthCell(new Date(Date.UTC(2026, 5, 30)), 'Month end', false, '2025-06').ok).toBe(true);
  expect(readMonthCell(new Date(Date.UTC(2026, 6, 31)), 'Month end', false, '2025-06').ok).toBe(false);
});

test('numbers in messages are quoted as a person typed them', () => {
  expect(quoteNumber(-0.037000000000000005)).toBe('-0.037');
  expect(quotePercent(-0.037000000000000005)).toBe('-3.7%');
  expect(quoteNumber(401.5)).toBe('401.5');
  expect(quoteNumber(1234567)).toBe('1234567');
  expect(quoteNumber(0.1 + 0.2)).toBe('0.3');
  expect(quoteNumber(7700 / 401.5)).toBe('19.1781');
});

describe('a reporting month typed as text that reads two ways', () => {
  const parse = (month: string) => {
    const issues = new IssueList();
    const read = parseInput({ catalogue, settings: settingsWith(month), sheetNames: [] }, issues)?.settings.month;
    return { month: read, issues: issues.items.map((i) => [i.code, i.severity, i.at?.cell]) };
  };

  test('02/03/2025 is read day first, as in the UK, with a warning at the cell naming the other reading', () => {
    const { month, issues } = parse('02/03/2025');
    expect(month).toBe('2025-03');
    expect(issues).toEqual([['ambiguous-month', 'warning', 'B2']]);
  });

  test('text that reads one way only (31/03/2025, 03/03/2025, Mar 2025) gives no warning', () => {
    for (const text of ['31/03/2025', '03/03/2025', 'Mar 2025']) {
      expect(parse(text)).toEqual({ month: '2025-03', issues: [] });
    }
  });
});
