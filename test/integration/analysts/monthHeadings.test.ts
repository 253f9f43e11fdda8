/**
 * A single-cell figure under a column headed with a month (months across a heading row) that is
 * not the reporting month: the reference was left on an earlier month's column. It is read as the
 * reporting month's figure, as a lone cell always is, with a warning at the cell where the heading
 * can be told to be a month: a date in the file gateways, a month typed as text in any gateway.
 * Office.js gives a date heading as a serial, which cannot be told from a figure, so it says nothing.
 */
import type ExcelJS from 'exceljs';
import type { RecalcOutcome } from '../../../src/app/recalculate';
import { catalogueRow, miniWorkbook } from '../../helpers/miniWorkbook';
import { bothGateways } from './both';

const monthEnd = (year: number, month: number): Date => new Date(Date.UTC(year, month, 0));
const APRIL = monthEnd(2025, 4);
const warningsOf = (outcome: RecalcOutcome) => outcome.issues.filter((i) => i.code === 'figure-month-differs');

interface Layout {
  /** How the months heading columns B to E (Jan to Apr 2025) are typed. */
  headings: 'dates' | 'text';
  /** The column the catalogue points at: D is March, E April. */
  column: string;
  /** A row of other text between the months (row 4) and the figures, e.g. sub-headings. */
  between?: string;
  /** Areas in Settings: the reference is then one cell per area, down the rows. */
  areas?: string[];
  reporting?: Date;
}

/** A return with a title, months across row 4 and one measure a row below (or one area a row). */
function monthsAcross(layout: Layout): () => ExcelJS.Workbook {
  return () => {
    const areas = layout.areas ?? [];
    const first = layout.between ? 6 : 5;
    const rows = Math.max(areas.length, 1);
    const last = first + rows - 1;
    const wb = miniWorkbook({
      catalogue: [
        catalogueRow({
          'Data period': 'Month',
          'Numerator ref': `'Return'!${layout.column}${first}:${layout.column}${last}`.replace(/(\w+\d+):\1$/, '$1'),
          'Denominator ref': `'Return'!${layout.column}${last + 1}:${layout.column}${last + rows}`.replace(/(\w+\d+):\1$/, '$1'),
        }),
      ],
      settings: [
        ['Reporting month', layout.reporting ?? APRIL],
        ['Area', areas[0] ?? 'Kent'],
        ...(areas.length ? [['Areas', areas.join(', ')] as [string, string]] : []),
        ['Area scorecards', 'No'],
      ],
    });
    const sheet = wb.addWorksheet('Return');
    sheet.getCell('A1').value = 'Monthly return 2025';
    sheet.getCell('A4').value = 'Measure';
    for (let m = 0; m < 4; m++) {
      const cell = sheet.getCell(4, 2 + m);
      if (layout.headings === 'dates') {
        cell.value = monthEnd(2025, m + 1);
        cell.numFmt = 'mmm yyyy';
      } else cell.value = ['Jan 2025', 'Feb 2025', 'Mar 2025', 'Apr 2025'][m] ?? null;
      if (layout.between) sheet.getCell(5, 2 + m).value = layout.between;
    }
    for (let r = 0; r < rows; r++)
      for (let m = 0; m < 4; m++) {
        sheet.getCell(first + r, 2 + m).value = 170 + 10 * m + r;
        sheet.getCell(last + 1 + r, 2 + m).value = 200;
      }
    return wb;
  };
}

test("a figure in March's column, read for April, warns at its cell naming the heading, where the heading can be told", async () => {
  const dates = await bothGateways(monthsAcross({ headings: 'dates', column: 'D' }));
  const text = await bothGateways(monthsAcross({ headings: 'text', column: 'D' }));
  for (const outcome of [dates.file, text.file, text.office]) {
    const warnings = warningsOf(outcome);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ severity: 'warning', at: { sheet: 'Return', cell: 'D5' }, indicatorId: '1' });
    expect(warnings[0]?.message).toContain('its column is headed Mar 2025 (D4)');
    expect(warnings[0]?.fix).toContain("point Numerator ref at Apr 2025's cell");
    // The figure is still read, as the reporting month's: the warning says it may be the wrong one.
    expect(outcome.ok).toBe(true);
  }
  // Office.js gives the date heading as a serial, which cannot be told from a figure above the cell.
  expect(warningsOf(dates.office)).toEqual([]);
});

test('one cell per area down the rows, under an earlier month, warns once at its first cell', async () => {
  const { file, office } = await bothGateways(
    monthsAcross({ headings: 'text', column: 'C', areas: ['North', 'South', 'East'], reporting: APRIL }),
  );
  for (const outcome of [file, office]) {
    const warnings = warningsOf(outcome);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ at: { sheet: 'Return', cell: 'C5' } });
    expect(warnings[0]?.message).toContain('its column is headed Feb 2025 (C4)');
  }
});

test("a figure under the reporting month's heading, or under a text row below the months, is read with no word", async () => {
  for (const layout of [
    { headings: 'dates', column: 'E' },
    { headings: 'text', column: 'E' },
    // Sub-headings between the months and the figures: the nearest heading is no month.
    { headings: 'dates', column: 'D', between: 'Count' },
    { headings: 'text', column: 'D', between: 'Count' },
    // March's figures for a March scorecard.
    { headings: 'text', column: 'D', reporting: monthEnd(2025, 3) },
  ] as Layout[]) {
    const { file, office } = await bothGateways(monthsAcross(layout));
    for (const outcome of [file, office]) expect(warningsOf(outcome)).toEqual([]);
  }
});

test('a population cell beside a monthly series, and a figure in a data-table layout, are read with no word', async () => {
  const population = (): ExcelJS.Workbook => {
    const wb = monthsAcross({ headings: 'text', column: 'D' })();
    const catalogue = wb.getWorksheet('Catalogue');
    // The numerator a series across row 5 (its months in row 4), the denominator one cell under March.
    catalogue?.getRow(2).eachCell((cell) => {
      if (cell.value === "'Return'!D5") cell.value = "'Return'!B5:E5";
    });
    return wb;
  };
  const dataTable = (): ExcelJS.Workbook =>
    miniWorkbook({
      data: [{ 'Indicator ID': 1, Area: 'Kent', 'Month end': monthEnd(2025, 3), Numerator: 170, Denominator: 200 }],
      settings: [
        ['Reporting month', APRIL],
        ['Area', 'Kent'],
      ],
    });
  for (const make of [population, dataTable]) {
    const { file, office } = await bothGateways(make);
    for (const outcome of [file, office]) expect(warningsOf(outcome)).toEqual([]);
  }
});

test("the cells read only to find a figure's month are not judged as figures: a circular or linked cell there says nothing", async () => {
  const { file, office } = await bothGateways(() => {
    const wb = monthsAcross({ headings: 'text', column: 'E' })();
    const sheet = wb.getWorksheet('Return');
    if (!sheet) throw new Error('no Return sheet');
    // Left of the figure (its row's earlier months) and above it (another measure's April figure).
    sheet.getCell('D5').value = { formula: "'[other.xlsx]Sheet1'!A1", result: 190 };
    sheet.getCell('E2').value = { formula: 'E2+1', result: 4 };
    return wb;
  });
  for (const outcome of [file, office]) {
    expect(outcome.ok).toBe(true);
    expect(outcome.issues.filter((i) => ['circular-figure', 'external-link-figure'].includes(i.code))).toEqual([]);
  }
});
