import { isSmallDenominator, ragApplies, ragFor } from '../../src/engine';
import { indicator } from '../helpers/indicators';

describe('RAG', () => {
  describe('H: higher is better ("85% and above = Green, 75% to 85% = Amber, below 75% = Red")', () => {
    const h = indicator({ polarity: 'H', target: 0.85, floor: 0.75 });
    test.each([
      [0.9, 'G'],
      [0.85, 'G'], // target is inclusive
      [0.8499999, 'A'],
      [0.75, 'A'], // floor is inclusive
      [0.7499999, 'R'],
      [0, 'R'],
    ])('%s is %s', (value, rag) => expect(ragFor(h, value)).toBe(rag));
  });

  describe('L: lower is better ("18 and below = Green, 18 to 22 = Amber, above 22 = Red")', () => {
    const l = indicator({ polarity: 'L', unit: 'average', target: 18, floor: 22 });
    test.each([
      [17.9, 'G'],
      [18, 'G'],
      [18.01, 'A'],
      [22, 'A'],
      [22.01, 'R'],
      [23.402, 'R'],
    ])('%s is %s', (value, rag) => expect(ragFor(l, value)).toBe(rag));
  });

  describe('L count with target 0 ("Above 10 = Red, 1 to 10 = Amber, 0 = Green")', () => {
    const count = indicator({ polarity: 'L', unit: 'count', decimals: 0, target: 0, floor: 10 });
    test.each([
      [0, 'G'],
      [1, 'A'],
      [10, 'A'],
      [11, 'R'],
      [73, 'R'],
    ])('%s is %s', (value, rag) => expect(ragFor(count, value)).toBe(rag));
  });

  describe('T: close to target, absolute bands (points either side)', () => {
    const t = indicator({
      polarity: 'T',
      target: 0.175,
      floor: undefined,
      bands: { inner: 0.025, outer: 0.05, mode: 'absolute' },
    });
    test.each([
      [0.175, 'G'],
      [0.2, 'G'], // inner band inclusive, above the target
      [0.15, 'G'], // and below it
      [0.2000001, 'A'],
      [0.225, 'A'],
      [0.125, 'A'],
      [0.2250001, 'R'],
      [0.1, 'R'],
    ])('%s is %s', (value, rag) => expect(ragFor(t, value)).toBe(rag));
  });

  describe('T: relative bands (a share of the target)', () => {
    const t = indicator({
      polarity: 'T',
      unit: 'rate10k',
      target: 400,
      floor: undefined,
      bands: { inner: 0.1, outer: 0.2, mode: 'relative' },
    });
    test.each([
      [400, 'G'],
      [440, 'G'],
      [360, 'G'],
      [441, 'A'],
      [320, 'A'],
      [480, 'A'],
      [481, 'R'],
      [319, 'R'],
    ])('%s is %s', (value, rag) => expect(ragFor(t, value)).toBe(rag));
  });

  test('the unrounded result is rated: 15208/15520 shows as 98.0% but is Amber against 98.0%', () => {
    const h = indicator({ target: 0.98, floor: 0.95 });
    expect(ragFor(h, 15208 / 15520)).toBe('A');
    expect(ragFor(h, 0.98)).toBe('G');
  });

  test('negative values are rated like any other (a count that fell)', () => {
    const l = indicator({ polarity: 'L', unit: 'count', target: 0, floor: 5 });
    expect(ragFor(l, -3)).toBe('G');
    const h = indicator({ polarity: 'H', unit: 'count', target: 0, floor: -5 });
    expect(ragFor(h, -3)).toBe('A');
    expect(ragFor(h, -6)).toBe('R');
  });

  test.each([
    [0, false, false],
    [4, false, true],
    [5, true, true],
    [9, true, true],
    [10, true, false],
  ])('denominator %s: RAG applies %s, small %s', (denominator, applies, small) => {
    expect(ragApplies(5, denominator)).toBe(applies);
    expect(isSmallDenominator(denominator)).toBe(small);
  });

  test('count-only indicators always get a RAG', () => {
    expect(ragApplies(5, undefined)).toBe(true);
    expect(isSmallDenominator(undefined)).toBe(false);
  });
});
