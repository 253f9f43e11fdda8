import type { Catalogue, Indicator, Observation } from '../../src/engine';
import {
  cellLocations,
  computeScorecard,
  dataNotes,
  Dataset,
  isQuarterEnd,
  IssueList,
  latestQuarterEnd,
  periodMonths,
  quarterToDateMonths,
  trailingMonths,
} from '../../src/engine';
import { parsePeriod } from '../../src/engine/contract/keywords';
import { checkPeriodFigures } from '../../src/engine/contract/periodFigures';
import { indicator } from '../helpers/indicators';
import { itemAt } from '../helpers/at';

const at = { sheet: 'Data', cell: 'A2' };

/** In-month counts for 24 months to June 2017: month i has numerator i + 1 and denominator 10. */
function monthly(id: string): Observation[] {
  return trailingMonths('2017-06', 24).map((month, i) => ({
    indicatorId: id,
    area: 'County',
    month,
    basis: 'month',
    numerator: i + 1,
    denominator: 10,
    at: { sheet: 'Data', cell: `A${i + 2}` },
    sources: { numerator: { sheet: 'Data', cell: `D${i + 2}` }, denominator: { sheet: 'Data', cell: `E${i + 2}` } },
  }));
}

const errorsOf = (issues: IssueList) => issues.items.filter((i) => i.severity === 'error');

function catalogueOf(...indicators: Indicator[]): Catalogue {
  return { indicators, byId: new Map(indicators.map((i) => [i.id, i])), rejected: new Map(), readable: true };
}

describe('financial quarters', () => {
  test('quarters end in June, September, December and March', () => {
    expect(['2017-03', '2017-06', '2017-09', '2017-12'].every(isQuarterEnd)).toBe(true);
    expect(['2017-04', '2017-05', '2017-01'].some(isQuarterEnd)).toBe(false);
  });

  test('the latest complete quarter: the quarter ending this month, or else the one before', () => {
    expect(latestQuarterEnd('2017-06')).toBe('2017-06');
    expect(latestQuarterEnd('2017-05')).toBe('2017-03');
    expect(latestQuarterEnd('2017-04')).toBe('2017-03');
    expect(latestQuarterEnd('2017-01')).toBe('2016-12');
    expect(periodMonths('Quarter', '2017-05')).toEqual(['2017-01', '2017-02', '2017-03']);
  });

  test('quarter to date starts in April, July, October and January', () => {
    expect(quarterToDateMonths('2017-04')).toEqual(['2017-04']);
    expect(quarterToDateMonths('2017-06')).toEqual(['2017-04', '2017-05', '2017-06']);
    expect(quarterToDateMonths('2017-02')).toEqual(['2017-01', '2017-02']);
  });

  test('the catalogue may type Month, Quarter and QTD', () => {
    expect(parsePeriod('Month')).toBe('Month');
    expect(parsePeriod('quarter')).toBe('Quarter');
    expect(parsePeriod('Quarter to date')).toBe('QTD');
    expect(parsePeriod('qtd')).toBe('QTD');
  });
});

describe('Month, Quarter and QTD figures from in-month counts', () => {
  const data = new Dataset(monthly('1'), new IssueList());

  test('Month is the reporting month alone', () => {
    expect(data.periodFigure(indicator({ period: 'Month' }), 'County', '2017-06')).toMatchObject({
      numerator: 24,
      denominator: 10,
    });
  });

  test('Quarter adds up the latest complete quarter, and its cells are a live range', () => {
    const atJune = data.periodFigure(indicator({ period: 'Quarter' }), 'County', '2017-06');
    expect(atJune).toMatchObject({ numerator: 22 + 23 + 24, denominator: 30 });
    const inMay = data.periodFigure(indicator({ period: 'Quarter' }), 'County', '2017-05');
    expect(inMay).toMatchObject({ numerator: 19 + 20 + 21, denominator: 30 });
    const source = inMay?.source;
    expect(source?.kind === 'counts' && cellLocations(source.numerator).map((c) => c.cell)).toEqual(['D20', 'D21', 'D22']);
  });

  test('QTD adds up the quarter so far', () => {
    expect(data.periodFigure(indicator({ period: 'QTD' }), 'County', '2017-05')).toMatchObject({
      numerator: 23 + 22,
      denominator: 20,
    });
  });

  test("a Quarter given as a result is read at its quarter end, and the row's note names the quarter", () => {
    const given: Observation = { indicatorId: '2', area: 'County', month: '2017-03', basis: 'period', value: 0.5, at };
    const q = indicator({ id: '2', period: 'Quarter' });
    const results = computeScorecard([q], [given], { title: 'T', area: 'County', month: '2017-05' }, new IssueList());
    const row = itemAt(results?.byArea.get('County'));
    expect(row.current.value).toBe(0.5);
    expect(row.notes[0]).toBe('Quarter Jan–Mar 2017, the latest complete quarter.');
  });

  test("a Quarter indicator's trend has one point per quarter end", () => {
    const results = computeScorecard(
      [indicator({ period: 'Quarter' })],
      monthly('1'),
      { title: 'T', area: 'County', month: '2017-06' },
      new IssueList(),
    );
    expect(results!.trends.get('1')!.map((p) => p.month)).toEqual(['2016-06', '2016-09', '2016-12', '2017-03', '2017-06']);
  });

  test('the data notes say which months each period covers', () => {
    expect(dataNotes(indicator({ period: 'Quarter' }), '2017-05')[2]).toContain('at May 2017, Jan–Mar 2017');
    expect(dataNotes(indicator({ period: 'QTD' }), '2017-05')[2]).toContain('from Apr 2017 to May 2017');
    expect(dataNotes(indicator({ period: 'Month' }), '2017-05')[2]).toContain('the reporting month alone (May 2017)');
  });
});

describe('figures that could be read two ways for their period stop the run', () => {
  test('a Quarter figure dated at a month that ends no quarter', () => {
    const issues = new IssueList();
    const q = indicator({ id: '7', period: 'Quarter' });
    const may: Observation = {
      indicatorId: '7',
      area: 'County',
      month: '2017-05',
      basis: 'period',
      value: 0.5,
      at: { sheet: 'Data', cell: 'G9' },
    };
    checkPeriodFigures(catalogueOf(q), [may], issues);
    const error = itemAt(errorsOf(issues));
    expect(error).toMatchObject({ code: 'quarter-not-quarter-end', at: { sheet: 'Data', cell: 'G9' }, indicatorId: '7' });
    expect(error.message).toContain('dated May 2017, which ends no quarter');
    expect(error.fix).toContain('Jan–Mar 2017 at March 2017');
    expect(error.fix).toContain('QTD for the quarter so far (Apr 2017 to May 2017)');
  });

  test('a Quarter figure at a quarter end, and a QTD figure at any month, are fine', () => {
    const issues = new IssueList();
    const q = indicator({ id: '7', period: 'Quarter' });
    const qtd = indicator({ id: '8', period: 'QTD' });
    const rows: Observation[] = [
      { indicatorId: '7', area: 'County', month: '2017-06', basis: 'period', value: 0.5, at },
      { indicatorId: '8', area: 'County', month: '2017-05', basis: 'period', value: 0.5, at },
    ];
    checkPeriodFigures(catalogueOf(q, qtd), rows, issues);
    expect(errorsOf(issues)).toEqual([]);
  });

  test("a Month indicator given both its month's figure and in-month counts", () => {
    const issues = new IssueList();
    const m = indicator({ id: '3', period: 'Month' });
    const rows: Observation[] = [
      {
        indicatorId: '3',
        area: 'County',
        month: '2017-05',
        basis: 'period',
        numerator: 5,
        denominator: 10,
        at: { sheet: 'Data', cell: 'E2' },
      },
      {
        indicatorId: '3',
        area: 'County',
        month: '2017-05',
        basis: 'month',
        numerator: 6,
        denominator: 10,
        at: { sheet: 'Data', cell: 'E3' },
      },
    ];
    checkPeriodFigures(catalogueOf(m), rows, issues);
    expect(errorsOf(issues).map((e) => e.code)).toEqual(['month-figure-twice']);
    expect(errorsOf(issues)[0]?.message).toContain('Data!E3');
  });
});

describe('a count to date against one over other months is not a change in performance', () => {
  const run = (unit: 'count' | 'percentage', month: string) =>
    itemAt(
      computeScorecard(
        [
          indicator({
            period: 'QTD',
            unit,
            polarity: 'L',
            target: unit === 'count' ? 100 : 0.5,
            floor: unit === 'count' ? 120 : 0.6,
          }),
        ],
        monthly('1'),
        { title: 'T', area: 'County', month },
        new IssueList(),
      )?.byArea.get('County'),
    );

  test('QTD referrals in April (1 month) against March (the whole quarter): the figure, no arrow, no RAG change, a note', () => {
    const r = run('count', '2017-04');
    expect(r.monthAgo).toMatchObject({ value: 19 + 20 + 21, direction: undefined, rag: undefined });
    expect(r.notes).toContain('No arrow against Mar 2017: 1 month of events against 3 months.');
  });

  test('a count to date always grows within its period too; against a year ago (the same months) the arrow stands', () => {
    const may = run('count', '2017-05');
    expect(may.monthAgo?.direction).toBeUndefined();
    expect(may.notes).toContain('No arrow against Apr 2017: 2 months of events against 1 month.');
    expect(may.yearAgo?.direction).toBe('worse');
  });

  test('a percentage is like with like whatever the months: its arrow stands', () => {
    expect(run('percentage', '2017-04').monthAgo?.direction).toBeDefined();
  });
});
