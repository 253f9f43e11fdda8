/**
 * How each sheet prints, worked out once its widths are known: one page wide (the gateways set
 * fit-to-width), the frozen header rows repeated at the top of every page, and on a long
 * scorecard a page break before a section that would otherwise start near the foot of a page
 * and run over it.
 */
import { fitToContent, LINE_POINTS } from './widths';
import type { SheetPlan } from './types';

/** A4 less Excel's default margins (0.7" sides, 0.75" top and bottom), in points. */
const PAGE = { width: (11.69 - 1.4) * 72, height: (8.27 - 1.5) * 72 };
/** Points per character of column width (7 pixels a character, 0.75 points a pixel, and the cell's margin). */
const POINTS_PER_CHARACTER = 5.25;

/** The sheet's rows, in the sheet's own points, that fit on one printed page at fit-to-width scale. */
function pagePoints(sheet: Pick<SheetPlan, 'columnWidths' | 'landscape'>): number {
  const wide = sheet.landscape ? PAGE.width : PAGE.height;
  const tall = sheet.landscape ? PAGE.height : PAGE.width;
  const sheetWidth = sheet.columnWidths.reduce((a, b) => a + b * POINTS_PER_CHARACTER + 3.75, 0);
  const scale = Math.min(1, wide / Math.max(1, sheetWidth));
  return tall / scale;
}

const heightOf = (sheet: SheetPlan, row: number): number => sheet.rowHeights[row] ?? LINE_POINTS;

/**
 * Page breaks before sections: a section goes to a new page when it would not fit in what is
 * left of the current one but would fit on a page of its own (a longer one breaks where it must).
 */
function sectionBreaks(sheet: SheetPlan, sections: number[], titleRows: number): number[] {
  const page = pagePoints(sheet);
  let titles = 0;
  for (let row = 1; row <= titleRows; row++) titles += heightOf(sheet, row);
  const starts = [...sections].sort((a, b) => a - b);
  const breaks: number[] = [];
  let used = 0;
  let row = 1;
  // A row that does not fit starts the next page, under the repeated header rows.
  const advance = (height: number) => {
    used = used + height > page ? titles + height : used + height;
  };
  starts.forEach((start, i) => {
    for (; row < start; row++) advance(heightOf(sheet, row));
    const end = starts[i + 1] ?? sheet.cells.length + 1;
    let section = 0;
    for (let r = start; r < end; r++) section += heightOf(sheet, r);
    if (used > titles && used + section > page && titles + section <= page) {
      breaks.push(start);
      used = titles;
    }
  });
  return breaks;
}

/** The sheet with its print set-up: header rows repeated (its frozen rows), and section breaks where it has sections. */
function withPrintSetup(sheet: SheetPlan): SheetPlan {
  const titleRows = sheet.print?.titleRows ?? (sheet.freeze?.rows ? { from: 1, to: sheet.freeze.rows } : undefined);
  const sections = sheet.print?.sections ?? [];
  const breaksBefore = [...(sheet.print?.breaksBefore ?? []), ...sectionBreaks(sheet, sections, titleRows?.to ?? 0)];
  return { ...sheet, print: { ...sheet.print, titleRows, breaksBefore } };
}

/** A planned sheet made ready to read and print: widths and heights from its content, then its print set-up. */
export const fittedForPrint = (sheet: SheetPlan): SheetPlan => withPrintSetup(fitToContent(sheet));
