/**
 * A single-cell figure on a row labelled with a month (months down column A) that is not the
 * reporting month: the reference was left on an earlier month's row (tester's repro V1). It is
 * read as the reporting month's figure, as a lone cell always is, with a warning at the cell.
 */
import type ExcelJS from 'exceljs';
import { catalogueRow, miniWorkbook } from '../../helpers/miniWorkbook';
import { bothGateways } from './both';

const monthEnd = (year: number, month: number): Date => new Date(Date.UTC(year, month, 0));

function figuresByMonth(row: number, reporting: Date): () => ExcelJS.Workbook {
  return () =>
    miniWorkbook({
      catalogue: [catalogueRow({ 'Data period': 'Month' }, row)],
      figures: [
        [monthEnd(2025, 2), 170, 200],
        [monthEnd(2025, 3), 180, 200],
        [monthEnd(2025, 4), 190, 200],
      ],
      settings: [['Reporting month', reporting]],
    });
}

test("a figure on March's row, read for April, warns at its cell naming the row's month", async () => {
  const { file, office } = await bothGateways(figuresByMonth(3, monthEnd(2025, 4)));
  for (const outcome of [file, office]) {
    const warnings = outcome.issues.filter((i) => i.code === 'figure-month-differs');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ severity: 'warning', at: { sheet: 'Figures', cell: 'B3' }, indicatorId: '1' });
    expect(warnings[0]?.message).toContain('Mar 2025 (A3)');
    expect(warnings[0]?.message).toContain('Apr 2025');
  }
});

test("a figure on the reporting month's row, or on a row whose label is no month, is read with no word", async () => {
  for (const make of [
    figuresByMonth(4, monthEnd(2025, 4)),
    () => miniWorkbook({ settings: [['Reporting month', monthEnd(2025, 4)]] }),
  ]) {
    const { file, office } = await bothGateways(make);
    for (const outcome of [file, office]) expect(outcome.issues.filter((i) => i.code === 'figure-month-differs')).toEqual([]);
  }
});
