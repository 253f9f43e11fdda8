/**
 * The cells read above single-cell figures to find their columns' month headings: a column of
 * figures is one block read once (not one block a figure, which would grow as the square of the
 * list), no more than 250 rows above each figure; and none of it is judged as a figure.
 */
import type { Catalogue } from '../../src/engine/contract/catalogue';
import { monthContextOf, referencesOf } from '../../src/engine/contract/references';
import type { Indicator } from '../../src/engine';
import { indicator } from '../helpers/indicators';

function catalogueOf(indicators: Indicator[]): Catalogue {
  return { indicators, byId: new Map(indicators.map((i) => [i.id, i])), rejected: new Map(), readable: true };
}

const counts = (rows: number[], column = 'D'): Catalogue =>
  catalogueOf(
    rows.map((row) => indicator({ id: String(row), period: 'Month', unit: 'count', numeratorRef: `'Return'!${column}${row}` })),
  );

const above = (catalogue: Catalogue): string[] =>
  referencesOf(catalogue)
    .map((ref) => ref.text)
    .filter((text) => /^Return!D\d+:D\d+$/.test(text));

test('a column of 400 single-cell figures is one block above them, read once', () => {
  const rows = Array.from({ length: 400 }, (_, i) => 5 + i);
  expect(above(counts(rows))).toEqual(['Return!D1:D403']);
});

test('figures far apart in a column are read no more than 250 rows above each', () => {
  expect(above(counts([6, 1000]))).toEqual(['Return!D1:D5', 'Return!D750:D999']);
});

test('the blocks read beside and above the figures are month context, the figures themselves are not', () => {
  const catalogue = counts([6, 1000]);
  const context = monthContextOf(catalogue);
  expect([...context].sort()).toEqual(['Return!A1000:C1000', 'Return!A6:C6', 'Return!D1:D5', 'Return!D750:D999'].sort());
  for (const ref of ["'Return'!D6", "'Return'!D1000"]) expect(context.has(ref)).toBe(false);
});
