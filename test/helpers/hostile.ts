/**
 * Hostile workbooks for property tests (fast-check): names full of / ' : and emoji, text that
 * Excel would read as a date, a number or a formula, numbers stored as text, implausible months,
 * long and colliding area names, on a small but otherwise valid contract.
 */
import type ExcelJS from 'exceljs';
import fc from 'fast-check';
import type { Row } from './miniWorkbook';
import { catalogueRow, miniWorkbook } from './miniWorkbook';

const NASTY = ['/', "'", ':', '[', ']', '*', '?', '\\', '😀', 'é', ' ', '=', '-', '+', '@', '#', '%', ',', '"', '\u00a0'];
const nastyText = (max: number) =>
  fc
    .array(
      fc.oneof(fc.constantFrom(...NASTY), fc.constantFrom('Kent', 'North', 'Apr 2017', '1.10', '1-2', 'TRUE', 'x'.repeat(30))),
      {
        minLength: 1,
        maxLength: max,
      },
    )
    .map((parts) => parts.join(''));

/** Mostly a sensible numerator and denominator; now and then text, a dash, a blank or an error. */
const pair: fc.Arbitrary<[ExcelJS.CellValue, ExcelJS.CellValue]> = fc.oneof(
  {
    weight: 12,
    arbitrary: fc
      .tuple(fc.integer({ min: 1, max: 500 }), fc.double({ min: 0, max: 1, noNaN: true }))
      .map(([den, share]): [ExcelJS.CellValue, ExcelJS.CellValue] => [Math.round(den * share), den]),
  },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 0, max: 50 }).map(String), fc.constant<ExcelJS.CellValue>(100)) },
  {
    weight: 1,
    arbitrary: fc.tuple(
      fc.constantFrom<ExcelJS.CellValue>('-', null, { error: '#DIV/0!' } as unknown as ExcelJS.CellValue),
      fc.constant<ExcelJS.CellValue>(100),
    ),
  },
);

const month = fc.oneof(
  { weight: 12, arbitrary: fc.constant(new Date(Date.UTC(2017, 3, 30))) },
  { weight: 1, arbitrary: fc.constantFrom<ExcelJS.CellValue>(201704, new Date(Date.UTC(2099, 0, 31)), 'April', null) },
);

export const hostile = fc.record({
  names: fc.array(nastyText(6), { minLength: 1, maxLength: 4 }),
  areas: fc.array(nastyText(8), { minLength: 0, maxLength: 3 }),
  figures: fc.array(pair, { minLength: 4, maxLength: 4 }),
  month,
});

export type Hostile = typeof hostile extends fc.Arbitrary<infer T> ? T : never;

export function build(h: Hostile): ExcelJS.Workbook {
  const catalogue: Row[] = h.names.map((name, i) =>
    catalogueRow({ ID: i + 1, Indicator: name, 'Numerator ref': `Figures!B${i + 2}`, 'Denominator ref': `Figures!C${i + 2}` }),
  );
  return miniWorkbook({
    catalogue,
    figures: h.names.map((_, i) => [`Row ${i + 1}`, h.figures[i]?.[0], h.figures[i]?.[1]]),
    data: h.areas.map((area, i) => ({
      'Indicator ID': 1,
      Area: area,
      'Month end': new Date(Date.UTC(2017, 3, 30)),
      Numerator: 10 + i,
      Denominator: 20,
    })),
    settings: [
      ['Reporting month', h.month],
      ['Area', 'Kent'],
      ...(h.areas.length ? ([['Areas', h.areas.join(', ')]] as [string, ExcelJS.CellValue][]) : []),
    ],
  });
}
