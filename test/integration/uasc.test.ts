/**
 * The "Scorecard - Impact of UASC" table of the April 2017 report, all 51 rows: each indicator
 * in each area, including and excluding unaccompanied asylum-seeking children.
 */
import type { ImpactRow } from '../../src/engine';
import { runKent } from '../helpers/kent';
import type { ImpactReferenceRow } from '../helpers/reference';
import { referenceImpact } from '../helpers/reference';
import { itemAt } from '../helpers/at';

/** 'CHILDREN IN CARE - NORTH KENT AREA' is North Kent; '… - KENT' is the county. */
const areaOf = (group: string): string => {
  const area = itemAt(group.split(' - '), 1).replace(/ AREA$/, '');
  return area === 'KENT' ? 'Kent' : area.replace(/\b(\w)(\w*)/g, (_, a: string, b: string) => a + b.toLowerCase());
};

const published = (r: ImpactReferenceRow) => ({
  incl: [r.incl_result, r.incl_rag, r.incl_numerator, r.incl_denominator],
  excl: [r.excl_result, r.excl_rag, r.excl_numerator, r.excl_denominator],
  variance: r.variance,
});

const ours = (row: ImpactRow) => {
  const side = (e: ImpactRow['included']) => [
    e.text,
    e.rag ?? '-',
    e.numerator === undefined || row.indicator.unit === 'count' ? '-' : String(e.numerator),
    e.denominator === undefined ? '-' : String(e.denominator),
  ];
  return { incl: side(row.included), excl: side(row.excluded), variance: row.varianceText };
};

test('all 51 published rows: both results, both RAGs, the counts and the variance text', async () => {
  const { outcome } = await runKent();
  expect(outcome.results.impacts.map((i) => i.cohort)).toEqual(['UASC']);
  const rows = itemAt(outcome.results.impacts).rows;
  const reference = referenceImpact();
  expect(reference).toHaveLength(51);
  for (const r of reference) {
    const row = rows.find((x) => x.area === areaOf(r.group) && x.indicator.name === r.indicator);
    expect({ group: r.group, indicator: r.indicator, found: row && ours(row) }).toEqual({
      group: r.group,
      indicator: r.indicator,
      found: published(r),
    });
  }
  expect(rows).toHaveLength(51);
});

test('RAG flips are flagged where leaving UASC out changes the rating', async () => {
  const { outcome } = await runKent();
  const flips = itemAt(outcome.results.impacts)
    .rows.filter((r) => r.ragFlips)
    .map((r) => `${r.area}: ${r.indicator.id}`);
  const expected = referenceImpact()
    .filter((r) => r.incl_rag !== r.excl_rag)
    .map((r) => `${areaOf(r.group)}: ${outcome.indicators.find((i) => i.name === r.indicator)!.id}`);
  expect(flips.sort()).toEqual(expected.sort());
  expect(flips.length).toBe(6);
});
