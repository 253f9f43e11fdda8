/**
 * Headers as analysts write them: with a note in brackets ("Basis (Period/R3M/Month)") or a known
 * header with more after it ("Target 2024/25"). A column read as no column drops its values without
 * a word (in-month counts then read as a period's figure, stocks added up as flows), so a note is
 * read past, and a header that starts with a known one is named in a message.
 */
import type { RawCell, RawTable } from '../../src/engine';
import { IssueList } from '../../src/engine';
import { CATALOGUE_COLUMNS } from '../../src/engine/contract/catalogueColumns';
import { DATA_COLUMNS } from '../../src/engine/contract/data';
import { readTable } from '../../src/engine/contract/tables';
import type { ColumnSpec } from '../../src/engine/contract/tables';

const table = (name: string, rows: RawCell[][]): RawTable => ({
  name,
  range: { sheet: name, address: 'A1', top: 1, left: 1, cells: rows },
});

/** The table with every required column, then `header` over `value`. */
function read<F extends string>(name: string, specs: ColumnSpec<F>[], header: string, value: RawCell) {
  const required = specs.filter((s) => s.required && !s.aliases.concat(s.header).includes(header)).map((s) => s.header);
  const issues = new IssueList();
  const rows = readTable(
    table(name, [
      [...required, header],
      [...required.map(() => 'x'), value],
    ]),
    specs,
    issues,
  );
  return { row: rows?.[0], issues: issues.items };
}

test.each([
  ['Numerator type (Flow/Stock)', 'numeratorKind', 'Stock'],
  ['Denominator type (Flow/Stock)', 'denominatorKind', 'Stock'],
  ['Band type (absolute/relative)', 'bandType', 'relative'],
  ['Min denominator (default 5)', 'minDenominator', 100],
  ['Floor (Red below)', 'floor', 0.8],
  ['Num type', 'numeratorKind', 'Stock'],
  ['Numerator stock/flow', 'numeratorKind', 'Stock'],
] as const)('the catalogue column headed %j is read as %s', (header, field, value) => {
  const { row, issues } = read('Catalogue', CATALOGUE_COLUMNS, header, value);
  expect(row?.cell(field)).toBe(value);
  expect(issues).toEqual([]);
});

test('a data table Basis with its allowed values in brackets is read', () => {
  const { row, issues } = read('ScorecardData', DATA_COLUMNS, 'Basis (Period/R3M/Month)', 'Month');
  expect(row?.cell('basis')).toBe('Month');
  expect(issues).toEqual([]);
});

test('a header that starts with a known one is named, not dropped without a word', () => {
  const { issues } = read('Catalogue', CATALOGUE_COLUMNS, 'Floor 2024/25', 0.8);
  expect(issues.map((i) => [i.code, i.message])).toEqual([['misspelt-column', expect.stringContaining('"Floor 2024/25"')]]);
  expect(issues[0]?.message).toContain('did you mean "Floor"');
});

test('a column of the analyst’s own is still left alone', () => {
  const { issues } = read('Catalogue', CATALOGUE_COLUMNS, 'Owner (team)', 'Front door');
  expect(issues).toEqual([]);
});
