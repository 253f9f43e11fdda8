/**
 * The latest month half filled in: its denominators typed, its numerators not yet (tester's
 * finding 17, repro C14). The month is read as not yet reported, as before, and now said so at
 * the denominator's cell, rather than the scorecard quietly being for the month before.
 */
import { LAST_ROW, localitySpec, addLocalitySheet } from '../../helpers/localityBlock';
import { miniWorkbook } from '../../helpers/miniWorkbook';
import { bothGateways } from './both';

const make = (clearNumerators: number[]) => () => {
  const spec = localitySpec();
  spec.settings = spec.settings!.filter(([name]) => name !== 'Reporting month');
  const wb = miniWorkbook(spec);
  const sheet = addLocalitySheet(wb);
  for (const row of clearNumerators) for (const column of [7, 8, 9, 10]) sheet.getCell(row, column).value = null;
  return wb;
};

test('a latest month with denominators and no numerators is said, at the denominator, to be read as not yet reported', async () => {
  const { file, office } = await bothGateways(make([LAST_ROW]));
  for (const outcome of [file, office]) {
    const half = outcome.issues.filter((i) => i.code === 'series-months-differ');
    expect(half).toHaveLength(1);
    expect(half[0]).toMatchObject({ severity: 'warning', at: { sheet: 'Locality data', cell: `B${LAST_ROW}` } });
    expect(half[0]?.message).toContain('March 2025 is read as not yet reported');
    expect(outcome.ok && outcome.results.month).toBe('2025-02');
  }
});

test('denominators given several months ahead of the numerators (a population for the year) are no question', async () => {
  const { file, office } = await bothGateways(make([LAST_ROW - 2, LAST_ROW - 1, LAST_ROW]));
  for (const outcome of [file, office]) expect(outcome.issues.filter((i) => i.code === 'series-months-differ')).toEqual([]);
});
