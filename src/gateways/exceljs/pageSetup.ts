/**
 * How an output sheet prints, from the plan (SheetPlan.landscape and SheetPlan.print), and the
 * words that stand where a chart would be: ExcelJS cannot draw charts, so the cell that stands
 * in for one carries the chart's alternative text.
 *
 * ExcelJS: worksheet.pageSetup (orientation, fitToPage with fitToWidth 1 and fitToHeight 0, so
 * one page wide and as many tall as needed; printTitlesRow, written as the sheet's
 * _xlnm.Print_Titles name) and Row.addPageBreak(), a manual break after that row
 * (https://github.com/exceljs/exceljs#page-setup, "Page Breaks").
 */
import type ExcelJS from 'exceljs';
import type { SheetPlan } from '../../plan';

/** The words in the cell where ExcelJS could not draw a chart: the chart's own alternative text. */
function chartStandIn(chart: NonNullable<SheetPlan['charts']>[number]): string {
  return `Trend chart: drawn here when the scorecard is recalculated in Excel with the add-in. ${chart.altText.description}`;
}

/** Applies the plan's print set-up to a sheet just written, and puts each chart's alternative text where it stands. */
export function applyPageSetup(sheet: ExcelJS.Worksheet, plan: SheetPlan): void {
  const setup = sheet.pageSetup;
  setup.orientation = plan.landscape ? 'landscape' : 'portrait';
  setup.fitToPage = true;
  setup.fitToWidth = 1;
  setup.fitToHeight = 0;
  setup.paperSize = 9;
  const titles = plan.print?.titleRows;
  if (titles) setup.printTitlesRow = `${titles.from}:${titles.to}`;
  // A break "before row r" is ExcelJS's break after row r - 1.
  for (const row of plan.print?.breaksBefore ?? []) if (row > 1) sheet.getRow(row - 1).addPageBreak();
  // The stand-in fills the chart's own box, wrapped there, so it neither spills nor widens the printed page.
  for (const chart of plan.charts ?? []) {
    const cell = sheet.getCell(chart.from);
    cell.value = chartStandIn(chart);
    cell.alignment = { wrapText: true, vertical: 'top' };
    sheet.mergeCells(`${chart.from}:${chart.to}`);
  }
}
