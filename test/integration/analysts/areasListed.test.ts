/**
 * The Areas setting against the data table's areas (tester's finding 14, repro AG): an area the
 * setting does not list ("Nrth" for "North") made an area of its own without a word, and a listed
 * area with no figures gave an empty scorecard without one.
 */
import { catalogueRow, miniWorkbook } from '../../helpers/miniWorkbook';
import { bothGateways } from './both';

const april = new Date(Date.UTC(2025, 3, 30));
const row = (area: string, numerator: number) => ({
  'Indicator ID': 1,
  Area: area,
  'Month end': april,
  Basis: 'Period',
  Numerator: numerator,
  Denominator: 200,
});

const make = (areas: string, dataAreas: string[]) => () =>
  miniWorkbook({
    catalogue: [catalogueRow()],
    data: dataAreas.map((area, i) => row(area, 150 + i)),
    settings: [
      ['Area', 'Town'],
      ['Areas', areas],
      ['Reporting month', april],
    ],
  });

test('a data-table area the Areas setting does not list warns at its first cell; a listed area with no figure warns at the setting', async () => {
  const { file, office } = await bothGateways(make('Town, North, South', ['North', 'Nrth']));
  for (const outcome of [file, office]) {
    const unlisted = outcome.issues.filter((i) => i.code === 'area-not-listed');
    expect(unlisted.map((i) => i.at?.cell)).toEqual(['B3']);
    expect(unlisted[0]?.message).toContain('Area "Nrth" is not in the Areas setting (Town, North, South)');
    const empty = outcome.issues.filter((i) => i.code === 'area-no-figures');
    expect(empty).toHaveLength(1);
    expect(empty[0]?.message).toContain('lists "South", but no figure is given for it');
  }
});

test('areas all listed and all given figures: nothing said; without an Areas setting any area goes', async () => {
  for (const [areas, dataAreas] of [
    ['Town, North, South', ['North', 'South']],
    ['', ['North', 'Nrth']],
  ] as const) {
    const { file, office } = await bothGateways(make(areas, [...dataAreas]));
    for (const outcome of [file, office])
      expect(outcome.issues.filter((i) => i.code === 'area-not-listed' || i.code === 'area-no-figures')).toEqual([]);
  }
});
