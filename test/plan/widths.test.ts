import fc from 'fast-check';
import { shownText } from '../../src/plan/shownText';
import type { PlanCell, SheetPlan } from '../../src/plan/types';
import { fitToContent } from '../../src/plan/widths';

/**
 * A column of numbers is as wide as its widest shown number, though fitToContent formats only the
 * largest and the most negative of each format (widths.ts, WidestNumbers): the same sheet with
 * every number replaced by the text it shows, right-aligned so that no text spills, must get the
 * same widths.
 */
const FORMATS = ['0.0%', '0.00', '#,##0', '0', '#,##0.0', 'General', 'dd/mm/yyyy', undefined];

function sheetOf(cells: PlanCell[][], styles: SheetPlan['styles']): SheetPlan {
  return {
    name: 'Widths',
    role: 'summary',
    cells,
    columnWidths: cells[0]?.map(() => 9) ?? [],
    rowHeights: {},
    styles,
    merges: [],
    conditionalFormats: [],
  };
}

test('numbers measured by the widest of each column: the same widths as measuring every shown text', () => {
  const number = fc.oneof(
    fc.double({ min: -1e7, max: 1e7, noNaN: true }),
    fc.integer({ min: -99_999, max: 99_999 }),
    fc.double({ min: -2, max: 2, noNaN: true }),
    fc.constantFrom(0, -0, 0.9995, -0.04, 9.96, 99.95, 999.5, 1e17, -1e17, 1e19),
  );
  const cell = fc.record({ value: number, numberFormat: fc.constantFrom(...FORMATS) });
  fc.assert(
    fc.property(
      fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 30 }),
      fc.boolean(),
      (rows, bold) => {
        const styles = [
          { range: `A1:C${rows.length}`, style: { hAlign: 'right' as const } },
          ...(bold ? [{ range: `B1:B${rows.length}`, style: { bold: true } }] : []),
        ];
        const cells: PlanCell[][] = rows.map((row) => row.map((c) => ({ ...c })));
        const texts: PlanCell[][] = cells.map((row) => row.map((c) => ({ value: shownText(c) })));
        expect(fitToContent(sheetOf(cells, styles)).columnWidths).toEqual(fitToContent(sheetOf(texts, styles)).columnWidths);
      },
    ),
    { numRuns: 2000 },
  );
});
