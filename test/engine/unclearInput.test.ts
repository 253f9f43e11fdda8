/**
 * Input Excel accepts but the scorecard does not read gets a message saying why and what to type:
 * months typed month first (US), without a year or as one number; references to a table column or
 * to a name qualified by its sheet; decimal IDs typed as numbers, which lose their trailing zeros.
 */
import type { RawCell, RawTable } from '../../src/engine';
import { IssueList, parseInput } from '../../src/engine';
import { findMonths } from '../../src/engine/contract/monthAxis';

const lines = [2, 3, 4];
const column = (cells: RawCell[]) => ({
  sheet: 'Return',
  address: 'A1:A4',
  top: 1,
  left: 1,
  cells: [['Month end'], ...cells.map((c) => [c])],
});

test.each([
  [
    ['04/30/2023', '05/31/2023', '06/30/2023'],
    'column A holds "04/30/2023" at A2, a date typed as text with the month first (as in the US), which is not read as a month: type the months as dates (the month end, day first: 30/04/2023), or as text like "Apr 2023" or "Apr-23" (30/04/2023 here)',
  ],
  [
    ['April', 'May', 'June'],
    'column A holds "April" at A2, a month with no year, which is not read as a month: give each month its year (which year is meant would be a guess): type the months as dates (the month end, day first: 30/04/2023), or as text like "Apr 2023" or "Apr-23"',
  ],
  [
    [202304, 202305, 202306],
    'column A holds 202304 at A2, a year and month typed as one number, which is not read as a month: type the months as dates (the month end, day first: 30/04/2023), or as text like "Apr 2023" or "Apr-23"',
  ],
  [['North', 'South', 'East'], 'column A does not hold months that follow on, one a row'],
])('a month column of %j says why it is not months', (cells, why) => {
  expect(findMonths(column(cells), 'down', lines, false)).toEqual({ ok: false, why });
});

const catalogue = (rows: RawCell[][]): RawTable => ({
  name: 'Catalogue',
  range: {
    sheet: 'Catalogue',
    address: 'A1',
    top: 1,
    left: 1,
    cells: [
      ['ID', 'Section', 'Indicator', 'Polarity', 'Data period', 'Unit', 'Target', 'Floor', 'Numerator ref', 'Denominator ref'],
      ...rows,
    ],
  },
});

const issuesOf = (rows: RawCell[][]): IssueList => {
  const issues = new IssueList();
  parseInput({ catalogue: catalogue(rows), sheetNames: ['Catalogue', 'Return'] }, issues);
  return issues;
};

test('a table column reference is named as one, with what to type instead', () => {
  const issues = issuesOf([[1, 'CP', 'Visits', 'H', 'SS', 'percentage', 0.9, 0.8, 'ReturnTbl[In45]', "'Return'!C2"]]);
  expect(issues.items.map((i) => [i.code, i.at?.cell, i.message])).toEqual([
    [
      'bad-reference',
      'I2',
      'Numerator ref "ReturnTbl[In45]" is a table column reference (a structured reference to column In45 of table ReturnTbl), which the scorecard does not read.',
    ],
  ]);
  expect(issues.items[0]?.fix).toContain("for example 'Return'!B:B");
});

test('a name qualified by its sheet is named as one; the name alone, or a range with its sheet, is read', () => {
  const issues = issuesOf([[1, 'CP', 'Visits', 'H', 'SS', 'percentage', 0.9, 0.8, 'Return!Num_In45', "'Return'!C2"]]);
  expect(issues.items.map((i) => `${i.code}: ${i.message} ${i.fix}`)).toEqual([
    'bad-reference: Numerator ref "Return!Num_In45" is a name qualified by its sheet, which the scorecard does not read: it reads a cell range with its sheet, or a name alone. ' +
      'Use the cells the name refers to (Formulas > Name Manager shows them), for example Return!B2:B25, or a name whose scope is the whole workbook, typed alone (Num_In45).',
  ]);
  expect(issuesOf([[1, 'CP', 'Visits', 'H', 'SS', 'percentage', 0.9, 0.8, 'Num_In45', 'Return!C2']]).items).toEqual([]);
  // Other unreadable text still gets the general message.
  expect(issuesOf([[1, 'CP', 'Visits', 'H', 'SS', 'percentage', 0.9, 0.8, 'B2', 'Return!C2']]).items[0]?.message).toBe(
    'Numerator ref "B2" is not a cell reference or a name.',
  );
});

test('two IDs typed as decimal numbers that became one (1.10 is 1.1) are told to be typed as text', () => {
  const row = (id: RawCell): RawCell[] => [
    id,
    'CP',
    `Visits ${String(id)}`,
    'H',
    'SS',
    'percentage',
    0.9,
    0.8,
    'Return!B2',
    'Return!C2',
  ];
  const decimal = issuesOf([row(1.1), row(1.2), row(1.1)]).items;
  expect(decimal.map((i) => [i.code, i.at?.cell])).toEqual([['duplicate-id', 'A4']]);
  expect(decimal[0]?.fix).toContain('format the ID column as Text');
  // Whole-number IDs used twice get the plain fix: no number format lost anything.
  expect(issuesOf([row(1), row(1)]).items.map((i) => i.fix)).toEqual(['Give each indicator its own ID.']);
});

test('a column of percentages typed as 84 rather than 84% is one error for the indicator, counting the rest, with a way to mend them all', () => {
  const issues = new IssueList();
  const data: RawTable = {
    name: 'ScorecardData',
    range: {
      sheet: 'Data',
      address: 'A1',
      top: 1,
      left: 1,
      cells: [
        ['ID', 'Month end', 'Value'],
        ...[84, 84.5, 85, 86, 0.9].map((value, i) => [1, new Date(Date.UTC(2017, i + 1, 0)), value]),
      ],
    },
  };
  const rows = [[1, 'CP', 'Visits', 'H', 'Month', 'percentage', 0.9, 0.8, null, null]];
  parseInput({ catalogue: catalogue(rows), data, sheetNames: ['Catalogue', 'Data'] }, issues);
  expect(issues.items.map((i) => [i.code, i.at?.cell, i.message])).toEqual([
    [
      'percentage-scale',
      'C2',
      'Value 84 is not a percentage Excel understands (Excel keeps 85% as 0.85); so do 3 more of its Value cells (C3, C4, C5).',
    ],
  ]);
  expect(issues.items[0]?.fix).toContain('Paste Special > Divide');
});

test('no catalogue, but a table named like one: the message names it and how to rename it', () => {
  const issues = new IssueList();
  parseInput({ sheetNames: ['KPI list'], tableNames: ['tblCatalogue'] }, issues);
  expect(issues.items.map((i) => `${i.code}: ${i.message} ${i.fix}`)).toEqual([
    'no-catalogue: This workbook has no indicator catalogue (an Excel table named "Catalogue", or a sheet named "Catalogue"). The table "tblCatalogue" may be it: rename it "Catalogue" (click in it, then Table Design > Table Name). Then run again; the README lists the columns it needs.',
  ]);
});
