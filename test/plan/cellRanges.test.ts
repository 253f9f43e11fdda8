import fc from 'fast-check';
import { HyperFormula } from 'hyperformula';
import type { CellLocation } from '../../src/engine';
import { cellAddress, cellList, columnIndex, packedCell, parseCell, parseRangeAddress } from '../../src/engine';
import { cellRef, figureExpressions, rangeRefs } from '../../src/plan/formulas';

/**
 * Figures' cells merged into ranges (plan/cellRanges.ts): runs down a column or along a row,
 * blocks of whole rows, never across sheets or gaps, never reordered.
 */

const on = (sheet: string, ...cells: string[]): CellLocation[] => cells.map((cell) => ({ sheet, cell }));

describe('adjacent cells become one range', () => {
  test('a run down a column, twelve months, is one range', () => {
    const months = Array.from({ length: 12 }, (_, k) => `E${26 + k}`);
    expect(rangeRefs(on('Data', ...months))).toEqual(["'Data'!$E$26:$E$37"]);
  });

  test('a run along a row is one range', () => {
    expect(rangeRefs(on('Return', 'C5', 'D5', 'E5', 'F5'))).toEqual(["'Return'!$C$5:$F$5"]);
  });

  test('a gap starts a new range', () => {
    expect(rangeRefs(on('Data', 'C5', 'C6', 'C8', 'C9', 'D9'))).toEqual(["'Data'!$C$5:$C$6", "'Data'!$C$8:$C$9", "'Data'!$D$9"]);
  });

  test('cells on different sheets are never one range, even at the same address', () => {
    expect(rangeRefs([...on('North', 'C5'), ...on('South', 'C6'), ...on('South', 'C7')])).toEqual([
      "'North'!$C$5",
      "'South'!$C$6:$C$7",
    ]);
  });

  test('sheet names are quoted, a quote in the name doubled', () => {
    expect(rangeRefs(on("Ann's return", 'C5', 'C6', 'C7', 'D9', 'E9', 'C12'))).toEqual([
      "'Ann''s return'!$C$5:$C$7",
      "'Ann''s return'!$D$9:$E$9",
      "'Ann''s return'!$C$12",
    ]);
    expect(cellRef({ sheet: '2017 figures', cell: 'b4' })).toBe("'2017 figures'!$B$4");
  });

  test('cells out of order stay separate: a range is read top to bottom, left to right', () => {
    expect(rangeRefs(on('Data', 'C7', 'C6', 'C5'))).toEqual(["'Data'!$C$7", "'Data'!$C$6", "'Data'!$C$5"]);
    expect(rangeRefs(on('Data', 'C5', 'C6', 'C8', 'C7'))).toEqual(["'Data'!$C$5:$C$6", "'Data'!$C$8", "'Data'!$C$7"]);
  });

  test('a run turns neither a corner nor a direction', () => {
    expect(rangeRefs(on('Data', 'C5', 'C6', 'D6'))).toEqual(["'Data'!$C$5:$C$6", "'Data'!$D$6"]);
    expect(rangeRefs(on('Data', 'C5', 'D5', 'D6'))).toEqual(["'Data'!$C$5:$D$5", "'Data'!$D$6"]);
  });

  test('whole rows over the same columns, in reading order, are one block', () => {
    expect(rangeRefs(on('Areas', 'B5', 'C5', 'D5', 'B6', 'C6', 'D6', 'B7', 'C7', 'D7'))).toEqual(["'Areas'!$B$5:$D$7"]);
  });

  test('the same cells column by column are not a block, as a block is read row by row', () => {
    expect(rangeRefs(on('Areas', 'B5', 'B6', 'C5', 'C6'))).toEqual(["'Areas'!$B$5:$B$6", "'Areas'!$C$5:$C$6"]);
  });

  test('rows of different widths, or not one under the other, stay separate', () => {
    expect(rangeRefs(on('Areas', 'B5', 'C5', 'B6', 'C6', 'D6'))).toEqual(["'Areas'!$B$5:$C$5", "'Areas'!$B$6:$D$6"]);
    expect(rangeRefs(on('Areas', 'B5', 'C5', 'B7', 'C7'))).toEqual(["'Areas'!$B$5:$C$5", "'Areas'!$B$7:$C$7"]);
  });

  test('a cell that is not an A1 address is written as it is and merged with nothing', () => {
    expect(rangeRefs(on('Data', 'C5', 'Referrals', 'C6'))).toEqual(["'Data'!$C$5", "'Data'!Referrals", "'Data'!$C$6"]);
  });

  test('a figure with twelve months is one SUM over one range per side', () => {
    const months = (column: string) => on('Data', ...Array.from({ length: 12 }, (_, k) => `${column}${5 + k}`));
    const source = { kind: 'counts' as const, numerator: cellList(months('E')), denominator: cellList(months('F')) };
    expect(figureExpressions('percentage', source)).toEqual({
      numerator: "SUM('Data'!$E$5:$E$16)",
      denominator: "SUM('Data'!$F$5:$F$16)",
      result: `IF(N(SUM('Data'!$F$5:$F$16))<=0,"-",SUM('Data'!$E$5:$E$16)/SUM('Data'!$F$5:$F$16))`,
    });
  });
});

describe('cells read without a regex, as the regex read them', () => {
  const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
  function byRegex(text: string): { row: number; column: number } | undefined {
    const m = CELL.exec(text.trim());
    if (!m) return undefined;
    const column = columnIndex(m[1]!);
    const row = Number(m[2]);
    return column > 16384 || row < 1 || row > 1048576 ? undefined : { row, column };
  }

  test('the edges of the sheet and of the syntax', () => {
    for (const text of [
      'A1',
      '$A$1',
      'a1',
      ' C5 ',
      'XFD1048576',
      'XFE1',
      'A1048577',
      'A0',
      'ABCD1',
      'A12345678',
      '$$A1',
      'A$$1',
      '1A',
      'A',
      '1',
      '',
      '$',
      'A1:B2',
      'Ä1',
    ]) {
      expect([text, parseCell(text)]).toEqual([text, byRegex(text)]);
    }
    expect(packedCell('not a cell')).toBe(-1);
  });

  test('any text of cell-like characters', () => {
    const chars = fc.constantFrom('$', 'A', 'b', 'Z', 'x', '0', '1', '9', ' ', ':', 'é');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(parseCell(text)).toEqual(byRegex(text));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('a merged formula calculates to the same as the cells listed one by one (HyperFormula)', () => {
  const SHEETS = ['Data', "Ann's return"];
  const ROWS = 8;
  const COLUMNS = 5;
  const values = (seed: number): number[][] =>
    Array.from({ length: ROWS }, (_, r) =>
      Array.from({ length: COLUMNS }, (_, c) => ((seed + r * 7 + c * 13) % 23) - 5 + (c === 2 ? 0.1 : 0)),
    );

  /** Each merged reference's cells, read row by row as a range is. */
  function expand(ref: string): string[] {
    const bang = ref.lastIndexOf('!');
    const sheet = ref.slice(1, bang - 1).replace(/''/g, "'");
    const box = parseRangeAddress(ref.slice(bang + 1).replace(/\$/g, ''))!;
    const cells: string[] = [];
    for (let r = box.top; r <= box.bottom; r++)
      for (let c = box.left; c <= box.right; c++) cells.push(`${sheet}!${cellAddress(r, c)}`);
    return cells;
  }

  const cell = fc.record({
    sheet: fc.constantFrom(...SHEETS),
    row: fc.integer({ min: 1, max: ROWS }),
    column: fc.integer({ min: 1, max: COLUMNS }),
  });
  /** Runs of neighbours now and then, so that merges happen. */
  const cells = fc
    .array(fc.tuple(cell, fc.integer({ min: 1, max: 4 }), fc.boolean()), { minLength: 1, maxLength: 6 })
    .map((runs) =>
      runs.flatMap(([start, length, down]) =>
        Array.from({ length }, (_, k) => ({
          sheet: start.sheet,
          cell: cellAddress(Math.min(ROWS, start.row + (down ? k : 0)), Math.min(COLUMNS, start.column + (down ? 0 : k))),
        })),
      ),
    );

  test('SUM and AVERAGE, in any order, with gaps, repeats and both sheets', () => {
    fc.assert(
      fc.property(cells, fc.integer({ min: 0, max: 100 }), (list, seed) => {
        const merged = rangeRefs(list);
        // The same cells in the same order: nothing lost, added twice or reordered.
        expect(merged.flatMap(expand)).toEqual(list.map((c) => `${c.sheet}!${c.cell}`));
        const hf = HyperFormula.buildFromSheets(
          { ...Object.fromEntries(SHEETS.map((s) => [s, values(seed)])), Check: [[]] },
          { licenseKey: 'gpl-v3' },
        );
        const check = hf.getSheetId('Check')!;
        const one = list.map(cellRef).join(',');
        hf.setCellContents({ sheet: check, row: 0, col: 0 }, [
          [`=SUM(${one})`, `=SUM(${merged.join(',')})`, `=AVERAGE(${one})`, `=AVERAGE(${merged.join(',')})`],
        ]);
        const [sumOne, sumMerged, meanOne, meanMerged] = [0, 1, 2, 3].map((col) =>
          hf.getCellValue({ sheet: check, row: 0, col }),
        );
        hf.destroy();
        expect(typeof sumOne).toBe('number');
        expect(sumMerged).toBe(sumOne);
        expect(meanMerged).toBe(meanOne);
      }),
      { numRuns: 150 },
    );
  });
});
