import type { Observation } from '../../src/engine';
import { addMonths, computeScorecard, Dataset, IssueList, trailingMonths, yearToDateMonths } from '../../src/engine';
import { indicator } from '../helpers/indicators';
import { itemAt } from '../helpers/at';

const at = { sheet: 'Data', cell: 'A2' };

/** In-month counts for 24 months to April 2017: month i has numerator i and denominator 10. */
function monthly(id: string, area = 'County'): Observation[] {
  return trailingMonths('2017-04', 24).map((month, i) => ({
    indicatorId: id,
    area,
    month,
    basis: 'month',
    numerator: i + 1,
    denominator: 10,
    at,
  }));
}

describe('months', () => {
  test('year to date starts in April', () => {
    expect(yearToDateMonths('2017-04')).toEqual(['2017-04']);
    expect(yearToDateMonths('2017-03')).toHaveLength(12);
    expect(yearToDateMonths('2017-03')[0]).toBe('2016-04');
    expect(yearToDateMonths('2016-12')).toHaveLength(9);
  });

  test('month arithmetic crosses years', () => {
    expect(addMonths('2017-01', -1)).toBe('2016-12');
    expect(addMonths('2017-04', -12)).toBe('2016-04');
    expect(addMonths('2016-12', 1)).toBe('2017-01');
  });
});

describe('aggregation over periods', () => {
  const issues = new IssueList();
  const data = new Dataset(monthly('1'), issues);

  test('R12M sums the last 12 in-month counts', () => {
    const r12m = data.periodFigure(indicator({ period: 'R12M' }), 'County', '2017-04');
    // months 13..24 of the series
    expect(r12m?.numerator).toBe((13 + 24) * 6);
    expect(r12m?.denominator).toBe(120);
  });

  test('YTD sums from April: in April it is the month itself', () => {
    const ytd = data.periodFigure(indicator({ period: 'YTD' }), 'County', '2017-04');
    expect(ytd).toMatchObject({ numerator: 24, denominator: 10 });
    const march = data.periodFigure(indicator({ period: 'YTD' }), 'County', '2017-03');
    expect(march?.denominator).toBe(120);
  });

  test('SS is the month-end figure itself', () => {
    expect(data.periodFigure(indicator({ period: 'SS' }), 'County', '2017-04')).toMatchObject({ numerator: 24, denominator: 10 });
  });

  test('rolling 3 months sums the last three months; snapshots have none', () => {
    expect(data.rolling3Figure(indicator({ period: 'R12M' }), 'County', '2017-04')).toMatchObject({
      numerator: 22 + 23 + 24,
      denominator: 30,
    });
    expect(data.rolling3Figure(indicator({ period: 'SS' }), 'County', '2017-04')).toBeUndefined();
  });

  test('a missing month means no aggregate rather than a wrong one', () => {
    expect(data.periodFigure(indicator(), 'County', '2016-01')).toBeUndefined();
  });

  test('a figure given for the period wins over summing months', () => {
    const given: Observation = {
      indicatorId: '1',
      area: 'County',
      month: '2017-04',
      basis: 'period',
      numerator: 3,
      denominator: 4,
      at,
    };
    const d = new Dataset([...monthly('1'), given], new IssueList());
    expect(d.periodFigure(indicator(), 'County', '2017-04')).toMatchObject({ value: 0.75 });
  });

  test('the same figure given twice is a located error', () => {
    const dup: Observation = {
      indicatorId: '1',
      area: 'County',
      month: '2017-04',
      basis: 'month',
      numerator: 1,
      denominator: 2,
      at: { sheet: 'Data', cell: 'A30' },
    };
    const list = new IssueList();
    new Dataset([...monthly('1'), dup], list);
    expect(list.items).toEqual([
      expect.objectContaining({ code: 'duplicate-figure', at: { sheet: 'Data', cell: 'A30' }, indicatorId: '1' }),
    ]);
  });
});

describe('computeScorecard', () => {
  test('current, 1 month ago, 1 year ago and rolling 3 months, from monthly counts', () => {
    const issues = new IssueList();
    const ind = indicator({ target: 1.5, floor: 1.0, unit: 'average', period: 'R12M' });
    const results = computeScorecard([ind], monthly('1'), { title: 'T', area: 'County', month: '2017-04' }, issues)!;
    const r = itemAt(results.byArea.get('County'));
    expect(r.current.value).toBeCloseTo(222 / 120);
    expect(r.current.rag).toBe('G');
    expect(r.monthAgo?.value).toBeCloseTo(210 / 120);
    expect(r.monthAgo?.direction).toBe('improved');
    expect(r.yearAgo?.value).toBeCloseTo(78 / 120); // the first 12 months of the series
    expect(r.yearAgo?.direction).toBe('improved');
    expect(r.rolling3?.value).toBeCloseTo(69 / 30);
    expect(issues.items).toEqual([]);
  });

  test('warns, with the catalogue row, when an indicator has no figure for the month', () => {
    const issues = new IssueList();
    const ind = indicator({ id: '9' });
    const results = computeScorecard([ind], monthly('1'), { title: 'T', area: 'County', month: '2017-04' }, issues)!;
    expect(itemAt(results.byArea.get('County')).current.text).toBe('-');
    expect(issues.items).toEqual([expect.objectContaining({ severity: 'warning', code: 'no-figure', indicatorId: '9' })]);
  });

  test('denominators 0, 4, 5 and 9: no result for 0, no RAG under 5, small from 1 to 9', () => {
    const cases = [0, 4, 5, 9].map((den, i) => ({ den, id: String(i + 1) }));
    const indicators = cases.map(({ id }) => indicator({ id, period: 'SS' }));
    const observations: Observation[] = cases.map(({ den, id }) => ({
      indicatorId: id,
      area: 'County',
      month: '2017-04',
      basis: 'period',
      numerator: Math.min(den, 4),
      denominator: den,
      at,
    }));
    const results = computeScorecard(
      indicators,
      observations,
      { title: 'T', area: 'County', month: '2017-04' },
      new IssueList(),
    )!;
    const county = results.byArea.get('County');
    const [zero, four, five, nine] = [itemAt(county, 0), itemAt(county, 1), itemAt(county, 2), itemAt(county, 3)];
    expect(zero.current).toMatchObject({ text: '-', rag: undefined, small: false });
    expect(four.current).toMatchObject({ text: '100.0%', rag: undefined, small: true });
    expect(four.notes.join()).toContain('below 5');
    expect(five.current).toMatchObject({ text: '80.0%', rag: 'A', small: true });
    expect(nine.current).toMatchObject({ text: '44.4%', rag: 'R', small: true });
  });
});
