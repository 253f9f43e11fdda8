import fc from 'fast-check';
import { formatResult, numberFormatFor, resultOf, roundShown } from '../../src/engine';

describe('results by unit', () => {
  test('percentage is num/denom, kept as a fraction as Excel does', () => {
    expect(resultOf('percentage', 3635, 16125)).toBeCloseTo(0.225426, 6);
    expect(formatResult('percentage', 1, 3635 / 16125)).toBe('22.5%');
  });

  test('rate per 10,000 multiplies by 10,000', () => {
    expect(resultOf('rate10k', 1215, 336000)).toBeCloseTo(36.16, 2);
    expect(formatResult('rate10k', 1, 1215 / 33.6)).toBe('36.2');
  });

  test('average divides, with fractional FTE denominators (caseload 5441 / 232.5 FTE)', () => {
    expect(resultOf('average', 5441, 232.5)).toBeCloseTo(23.402, 3);
    expect(formatResult('average', 1, 5441 / 232.5)).toBe('23.4');
    expect(formatResult('percentage', 1, 401.5 / 499.8)).toBe('80.3%');
  });

  test('count is the value itself, with no denominator', () => {
    expect(resultOf('count', 73)).toBe(73);
    expect(formatResult('count', 0, 73)).toBe('73');
    expect(formatResult('count', 0, -4)).toBe('-4');
  });

  test('no result without a positive denominator', () => {
    expect(resultOf('percentage', 0, 0)).toBeUndefined();
    expect(resultOf('average', 3, undefined)).toBeUndefined();
  });

  test('rounding is half away from zero on the decimal value, as Excel shows it', () => {
    expect(roundShown(0.125 * 100, 1)).toBe(12.5);
    expect(roundShown(1.005, 2)).toBe(1.01); // 1.005 is 1.00499999… in binary; Excel shows 1.01
    expect(roundShown(-2.25, 1)).toBe(-2.3);
    expect(formatResult('percentage', 1, 15208 / 15520)).toBe('98.0%');
    expect(formatResult('percentage', 1, -0.0004)).toBe('0.0%');
  });

  test('number formats match the shown text', () => {
    expect(numberFormatFor('percentage', 1)).toBe('0.0%');
    expect(numberFormatFor('average', 1)).toBe('0.0');
    expect(numberFormatFor('count', 0)).toBe('0');
    expect(numberFormatFor('rate10k', 2)).toBe('0.00');
  });
});

test('roundShown skips the cut to 15 digits only where it cannot matter: the same as always cutting', () => {
  const plain = (value: number, decimals: number): number => {
    const factor = 10 ** decimals;
    const rounded = Math.round(Number((Math.abs(value) * factor).toPrecision(15))) / factor;
    return value < 0 ? -rounded : rounded;
  };
  // Halves and near-halves at each number of decimals, as well as any double.
  const nearHalf = fc
    .tuple(fc.integer({ min: -1e6, max: 1e6 }), fc.integer({ min: 0, max: 4 }), fc.integer({ min: -3, max: 3 }))
    .map(([n, d, ulps]) => (n + 0.5) / 10 ** d + ulps * Number.EPSILON * Math.abs(n / 10 ** d));
  fc.assert(
    fc.property(fc.oneof(fc.double({ noNaN: true }), nearHalf), fc.integer({ min: 0, max: 4 }), (value, decimals) => {
      expect(Object.is(roundShown(value, decimals), plain(value, decimals))).toBe(true);
    }),
    { numRuns: 20_000 },
  );
});
