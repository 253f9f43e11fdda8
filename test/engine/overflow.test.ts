/**
 * A result that overflows (hostile input: 1e308 in every month) is written as "-", so it gets no
 * RAG and no arrow either: the cached RAG and arrow must not disagree with what Excel calculates.
 */
import { computeScorecard, IssueList } from '../../src/engine';
import type { Indicator, Observation } from '../../src/engine';

const indicator: Indicator = {
  id: '1',
  section: 'S',
  name: 'Huge',
  polarity: 'L',
  period: 'YTD',
  unit: 'count',
  decimals: 0,
  target: 10,
  floor: 20,
  minDenominator: 1,
  exception: false,
  benchmarks: [],
  dataSource: '',
  definition: '',
  at: {},
  row: { sheet: 'Catalogue', cell: 'A2' },
};

const observation = (month: string, numerator: number): Observation => ({
  indicatorId: '1',
  area: 'X',
  month,
  basis: 'month',
  numerator,
  at: { sheet: 'Data', cell: 'A2' },
});

test('an overflowing result gets no RAG and no arrow', () => {
  const observations = ['2025-04', '2025-05', '2025-06'].map((m) => observation(m, 1e308));
  const results = computeScorecard([indicator], observations, { title: 'T', area: 'X', month: '2025-06' }, new IssueList())!;
  const [result] = results.byArea.get('X')!;
  expect(result?.current.rag).toBeUndefined();
  expect(result?.monthAgo?.direction).toBeUndefined();
  expect(result?.monthAgo?.rag).toBeUndefined();
});
