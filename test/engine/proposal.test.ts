/**
 * Setting up from the selection: a monthly sheet recognised from its selected header cells, and
 * the catalogue rows proposed from it, on the bundled monthly return.
 */
import type { RangeBox, RawCell, RawRange } from '../../src/engine';
import {
  IssueList,
  newCatalogueRows,
  parseInput,
  parseRangeAddress,
  proposeRows,
  recogniseMonthlySheet,
  rowsUnderHeader,
} from '../../src/engine';
import { buildMonthlyReturnWorkbook, MONTHLY_SHEET } from '../../src/example/monthlyReturnExample';
import { itemAt } from '../helpers/at';

/** The sheet's cells from A1 to column `right`, as a gateway reads them. */
function blockOf(sheetName: string, right: number): RawRange {
  const sheet = buildMonthlyReturnWorkbook().getWorksheet(sheetName)!;
  const cells: RawCell[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row: RawCell[] = [];
    for (let c = 1; c <= right; c++) row.push((sheet.getCell(r, c).value as RawCell) ?? null);
    cells.push(row);
  }
  return { sheet: sheetName, address: `A1`, top: 1, left: 1, cells };
}

const box = (address: string): RangeBox => parseRangeAddress(address)!;
const monthly = (selection: string, block = blockOf(MONTHLY_SHEET, 13)) =>
  recogniseMonthlySheet({ selection: box(selection), block });

test('the header cells of the monthly return are recognised: months in A, headers in row 5', () => {
  const found = monthly('B5:M5');
  if (!found.ok) throw new Error(found.why);
  expect(found).toMatchObject({
    sheet: MONTHLY_SHEET,
    headerRow: 5,
    monthColumn: 'A',
    firstMonth: '2023-04',
    lastMonth: '2025-03',
    monthCount: 24,
  });
  expect(found.columns.map((c) => c.letter).join('')).toBe('BCDEFGHIJKLM');
  expect(found.columns.filter((c) => c.stock).map((c) => c.header)).toEqual([
    'Children on CP plans (month end)',
    'Children looked after (month end)',
    'Care leavers 19-21 (month end)',
    'Care leavers 19-21 in EET (month end)',
    'Social worker FTE (month end)',
    'Cases held by social workers (month end)',
    'Unallocated cases (month end)',
    'Child population 0-17',
  ]);
});

test('the month column itself may be selected, or whole columns, or a figure under the headers', () => {
  for (const selection of ['A5:C5', 'B:C', 'B12:C12']) {
    const found = monthly(selection);
    expect(found.ok && [found.headerRow, found.columns.map((c) => c.header)]).toEqual([
      5,
      ['Referrals', 'Re-referrals within 12 months'],
    ]);
  }
});

test('a selection that is not a monthly sheet says why and what to do', () => {
  expect(monthly('A5')).toMatchObject({ ok: false, why: 'The selection holds only month ends, no figures.' });
  expect(monthly('A1')).toMatchObject({ ok: false, why: expect.stringContaining('holds only month ends') });
  const kent: RawRange = {
    sheet: 'Figures',
    address: 'A1',
    top: 1,
    left: 1,
    cells: [
      ['Team', 'Referrals'],
      ['North', 12],
      ['South', 9],
    ],
  };
  const none = recogniseMonthlySheet({ selection: box('B1'), block: kent });
  expect(none).toEqual({
    ok: false,
    why: 'No month column was found left of column B: column A does not hold months that follow on, one a row.',
    fix: expect.stringMatching(/^Select the header cells of your monthly sheet/),
  });
  // A month missing from the month column is named, as the recalculation would name it.
  const gap = blockOf(MONTHLY_SHEET, 13);
  itemAt(gap.cells, 10)[0] = null;
  itemAt(gap.cells, 11)[0] = new Date(Date.UTC(2023, 10, 30));
  expect(monthly('B5', gap)).toMatchObject({ ok: false, why: expect.stringContaining('column A has months, but') });
});

test('columns with no header or no figures are skipped and said so', () => {
  const block = blockOf(MONTHLY_SHEET, 14);
  itemAt(block.cells, 4)[13] = null;
  itemAt(block.cells, 4).push('Notes');
  block.cells.forEach((row) => row.length < 15 && row.push(null));
  itemAt(block.cells, 8)[14] = 'checked';
  const found = monthly('L5:O5', block);
  expect(found.ok && found.columns.map((c) => c.letter)).toEqual(['L', 'M']);
  expect(found.ok && found.skipped).toEqual([
    { letter: 'N', why: 'N5 is blank' },
    { letter: 'O', why: "column O has no figures in the months' rows" },
  ]);
});

test('a row per column: counts, and percentages where one header is a part of another', () => {
  const found = monthly('B5:M5');
  if (!found.ok) throw new Error(found.why);
  const proposal = proposeRows(found);
  const summary = proposal.rows.map((r) => [
    r.fields.id,
    r.fields.name,
    r.fields.unit,
    r.fields.period,
    r.fields.numeratorRef,
    r.fields.denominatorRef ?? '',
  ]);
  expect(summary).toEqual([
    [1, 'Referrals', 'count', 'R12M', "'Monthly return'!B:B", ''],
    [2, 'Re-referrals within 12 months as % of Referrals', 'percentage', 'R12M', "'Monthly return'!C:C", "'Monthly return'!B:B"],
    [3, 'Assessments completed', 'count', 'R12M', "'Monthly return'!D:D", ''],
    [
      4,
      'Assessments completed in 45 days as % of Assessments completed',
      'percentage',
      'R12M',
      "'Monthly return'!E:E",
      "'Monthly return'!D:D",
    ],
    [5, 'Children on CP plans (month end)', 'count', 'SS', "'Monthly return'!F:F", ''],
    [6, 'Children looked after (month end)', 'count', 'SS', "'Monthly return'!G:G", ''],
    [7, 'Care leavers 19-21 (month end)', 'count', 'SS', "'Monthly return'!H:H", ''],
    [
      8,
      'Care leavers 19-21 in EET (month end) as % of Care leavers 19-21 (month end)',
      'percentage',
      'SS',
      "'Monthly return'!I:I",
      "'Monthly return'!H:H",
    ],
    [9, 'Social worker FTE (month end)', 'count', 'SS', "'Monthly return'!J:J", ''],
    [10, 'Cases held by social workers (month end)', 'count', 'SS', "'Monthly return'!K:K", ''],
    [11, 'Unallocated cases (month end)', 'count', 'SS', "'Monthly return'!L:L", ''],
    [12, 'Child population 0-17', 'count', 'SS', "'Monthly return'!M:M", ''],
  ]);
  expect(proposal.rows[1]).toMatchObject({
    fields: { section: MONTHLY_SHEET, numeratorKind: 'Flow', denominatorKind: 'Flow', decimals: 1 },
    toFill: ['Polarity', 'Target', 'Floor'],
    toCheck: ['Data period R12M', 'Unit percentage', 'Numerator type Flow', 'Denominator type Flow'],
  });
  expect(itemAt(proposal.rows).fields.definition).toBe(
    'Proposed from \'Monthly return\' column B (B5 "Referrals") (months in column A, Apr 2023 to Mar 2025 (24); headers in row 5). To fill in: Polarity, Target, Floor (for T, Inner and Outer band instead of Floor). To check: Data period R12M, Unit count, Numerator type Flow.',
  );
  expect(itemAt(proposal.rows).fields.polarity).toBeUndefined();
  expect(itemAt(proposal.rows).fields.target).toBeUndefined();
});

test('IDs follow the catalogue, and columns it already points at are skipped', () => {
  const found = monthly('B5:D5');
  if (!found.ok) throw new Error(found.why);
  const catalogue: RawRange = {
    sheet: 'Catalogue',
    address: 'A1:C3',
    top: 1,
    left: 1,
    cells: [
      ['Ref', 'Indicator', 'Numerator'],
      [7, 'Referrals', "'Monthly return'!$B:$B"],
      ['X1', 'Other', null],
    ],
  };
  const proposal = proposeRows(found, catalogue);
  expect(proposal.rows.map((r) => [r.fields.id, r.fields.name])).toEqual([
    [8, 'Re-referrals within 12 months as % of Referrals'],
    [9, 'Assessments completed'],
  ]);
  expect(proposal.skipped).toEqual([{ letter: 'B', why: "the catalogue already points at 'Monthly return'!B:B" }]);
  // Laid out under that catalogue's own headers; the columns it lacks are named.
  const laid = rowsUnderHeader(itemAt(catalogue.cells), proposal.rows);
  expect(laid.cells[0]).toEqual([8, 'Re-referrals within 12 months as % of Referrals', "'Monthly return'!C:C"]);
  expect(laid.missing).toEqual(expect.arrayContaining(['Section', 'Data period', 'Denominator ref', 'Numerator type']));
});

test('a new catalogue of proposed rows reads back as those rows, with nothing wrong but the blanks left to fill in', () => {
  const found = monthly('B5:M5');
  if (!found.ok) throw new Error(found.why);
  const cells = newCatalogueRows(proposeRows(found).rows);
  const issues = new IssueList();
  parseInput(
    {
      catalogue: { name: 'Catalogue', range: { sheet: 'Catalogue', address: 'A1', top: 1, left: 1, cells } },
      sheetNames: ['Catalogue', MONTHLY_SHEET],
    },
    issues,
  );
  // Blank polarity and target are listed for the analyst, or read as context measures (no RAG)
  // where the engine allows them; nothing else on the catalogue is wrong.
  const catalogueErrors = issues.items.filter((i) => i.severity === 'error' && i.at?.sheet === 'Catalogue');
  expect(catalogueErrors.filter((i) => !['missing-polarity', 'missing-target'].includes(i.code))).toEqual([]);
});
