import type { IndicatorResult } from '../../src/engine';
import { arrowNotes } from '../../src/plan/arrowNotes';
import { figureFormat, periodLabel } from '../../src/plan/presentation';
import { formatNumber } from '../../src/plan/shownText';

const result = (
  unit: 'percentage' | 'count',
  decimals: number,
  now: number,
  before: number,
  direction: 'improved' | 'worse' | 'same',
) =>
  ({
    indicator: { id: '1', name: 'Test', unit, decimals, polarity: 'H' },
    current: { value: now },
    monthAgo: { value: before, direction },
  }) as unknown as IndicatorResult;

test('two months that look equal as shown, with an arrow between them, get a note with the digits that differ', () => {
  expect(arrowNotes(result('percentage', 1, 0.9789, 0.9793, 'worse'))).toEqual([
    '97.9% now and 1 month ago, but 97.89% vs 97.93%: worse.',
  ]);
  expect(arrowNotes(result('percentage', 1, 0.97891, 0.97893, 'worse'))).toEqual([
    '97.9% now and 1 month ago, but 97.891% vs 97.893%: worse.',
  ]);
});

test('no note where the shown figures already differ, or the arrow says the same', () => {
  expect(arrowNotes(result('percentage', 1, 0.95, 0.97, 'worse'))).toEqual([]);
  expect(arrowNotes(result('percentage', 1, 0.979, 0.979, 'same'))).toEqual([]);
});

test('counts get thousands separators; percentages and rates keep their formats', () => {
  expect(figureFormat('count', 0)).toBe('#,##0');
  expect(figureFormat('count', 1)).toBe('#,##0.0');
  expect(figureFormat('percentage', 1)).toBe('0.0%');
  expect(figureFormat('rate10k', 1)).toBe('0.0');
  expect(formatNumber(15208, '#,##0')).toBe('15,208');
  expect(formatNumber(-1234567.25, '#,##0.0')).toBe('-1,234,567.3');
  expect(formatNumber(0.9789, '0.0%')).toBe('97.9%');
});

test('data periods read in the report words, with the catalogue code beside them', () => {
  expect(periodLabel('R12M')).toBe('Rolling 12 months (R12M)');
  expect(periodLabel('YTD')).toBe('Year to date (YTD)');
  expect(periodLabel('SS')).toBe('Snapshot (SS)');
  expect(periodLabel('Month')).toBe('Month');
  expect(periodLabel('Quarter')).toBe('Quarter');
});
