/**
 * How an output sheet prints, from the plan (SheetPlan.landscape and SheetPlan.print), queued in
 * the write's own batch: no sync of its own. All ExcelApi 1.9, which the add-in requires:
 * - Worksheet.pageLayout.orientation
 *   (https://learn.microsoft.com/en-us/javascript/api/excel/excel.pagelayout#excel-excel-pagelayout-orientation-member)
 * - PageLayout.zoom, Excel.PageLayoutZoomOptions { horizontalFitToPages, verticalFitToPages }: one page
 *   wide; verticalFitToPages 0 is "automatic", as many pages tall as needed
 *   (https://learn.microsoft.com/en-us/javascript/api/excel/excel.pagelayoutzoomoptions)
 * - PageLayout.setPrintTitleRows(range): "The range must span the entire row to be valid"
 *   (https://learn.microsoft.com/en-us/javascript/api/excel/excel.pagelayout#excel-excel-pagelayout-setprinttitlerows-member(1))
 * - Worksheet.horizontalPageBreaks.add(range): a manual break above the range's first row
 *   (https://learn.microsoft.com/en-us/javascript/api/excel/excel.pagebreakcollection#excel-excel-pagebreakcollection-add-member(1))
 *
 * Charts: Excel.Chart has no alternative-text property in Office.js (Shape.altTextDescription,
 * ExcelApi 1.9, is for shapes; PivotLayout.altTextDescription, 1.13, for PivotTables), so the plan
 * puts each chart's description in a cell above it and its title on the chart.
 */
import type { SheetPlan } from '../../plan';

export function queuePageSetup(sheet: Excel.Worksheet, plan: SheetPlan): void {
  const layout = sheet.pageLayout;
  layout.orientation = plan.landscape ? 'Landscape' : 'Portrait';
  layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  const titles = plan.print?.titleRows;
  if (titles) layout.setPrintTitleRows(`$${titles.from}:$${titles.to}`);
  for (const row of plan.print?.breaksBefore ?? []) if (row > 1) sheet.horizontalPageBreaks.add(`A${row}`);
}
