import fc from 'fast-check';
import type { SpcIndicator, SpcResult, SpcSignal } from '../../src/engine';
import { SPC_MINIMUM_POINTS, spcAssurance, spcFor, spcVariationLabel, trendSignals, xmrChart } from '../../src/engine';

/**
 * Worked examples built from Making Data Count's definitions (mean, moving ranges, limits at
 * mean ± 2.66 × mR̄, the four rules with MDC's run lengths), then properties.
 */
const H: SpcIndicator = { polarity: 'H', target: 10 };
const L: SpcIndicator = { polarity: 'L', target: 10 };
const alternating = (n: number, low: number, high: number, startLow = true): number[] =>
  Array.from({ length: n }, (_, i) => ((i % 2 === 0) === startLow ? low : high));

function ok(result: SpcResult): Extract<SpcResult, { status: 'ok' }> {
  if (result.status !== 'ok') throw new Error(`expected a chart, got ${result.status}`);
  return result;
}
const rulesOf = (signals: SpcSignal[]) => signals.map((s) => `${s.rule} ${s.side} ${s.from}-${s.to}`);

describe('the XmR chart', () => {
  // 12 months: sum 138, mean 11.5; moving ranges 2,1,2,1,2,1,1,1,2,1,1 (sum 15, mean 15/11).
  const months = [10, 12, 11, 13, 12, 10, 11, 12, 13, 11, 12, 11];

  test('mean, moving ranges and limits at mean ± 2.66 × mean moving range, worked by hand', () => {
    const chart = xmrChart(months);
    expect(chart.mean).toBeCloseTo(11.5, 12);
    expect(chart.movingRanges).toEqual([2, 1, 2, 1, 2, 1, 1, 1, 2, 1, 1]);
    expect(chart.meanMovingRange).toBeCloseTo(15 / 11, 12);
    expect(chart.upper).toBeCloseTo(11.5 + (2.66 * 15) / 11, 12); // 15.127
    expect(chart.lower).toBeCloseTo(11.5 - (2.66 * 15) / 11, 12); // 7.873
    expect(chart.nearUpper).toBeCloseTo(11.5 + (2 / 3) * ((2.66 * 15) / 11), 12);
  });

  test('noise within the limits is common cause; 12 points are enough but the limits are provisional', () => {
    const result = ok(spcFor(H, months));
    expect(result.signals).toEqual([]);
    expect(result.variation).toBe('commonCause');
    expect(result.provisional).toBe(true);
    expect(spcVariationLabel(result)).toBe('Common cause');
    expect(ok(spcFor(H, [...months, ...months.slice(0, 8)])).provisional).toBe(false);
  });

  test('below 12 points the result is "not enough data"', () => {
    expect(spcFor(H, months.slice(0, 11))).toEqual({
      status: 'notEnoughData',
      points: 11,
      needed: SPC_MINIMUM_POINTS,
      basis: 'period',
    });
    expect(spcVariationLabel(spcFor(H, []))).toBe('Too few months');
    expect(spcFor(H, [...months.slice(0, 11), NaN]).status).toBe('notEnoughData');
  });

  test('a fixed baseline: the mean and limits come from the first N points only', () => {
    const result = ok(spcFor(H, [...months, 30, 30], { baselinePoints: 12 }));
    expect(result.chart.mean).toBeCloseTo(11.5, 12);
    expect(result.chart.baselinePoints).toBe(12);
    expect(result.latestRules).toEqual(['beyondLimit']);
  });
});

describe('assurance: where the target lies against the limits (7.873 to 15.127)', () => {
  const chart = xmrChart([10, 12, 11, 13, 12, 10, 11, 12, 13, 11, 12, 11]);
  test.each([
    ['H', 7, 'consistentlyMet'],
    ['H', 10, 'hitAndMiss'],
    ['H', 16, 'consistentlyMissed'],
    ['L', 16, 'consistentlyMet'],
    ['L', 10, 'hitAndMiss'],
    ['L', 7, 'consistentlyMissed'],
  ] as const)('%s with target %d: %s', (polarity, target, expected) => {
    expect(spcAssurance({ polarity, target }, chart)).toBe(expected);
  });

  test('targets are inclusive, as for RAG: an H lower limit on the target meets it', () => {
    expect(spcAssurance({ polarity: 'H', target: chart.lower }, chart)).toBe('consistentlyMet');
    expect(spcAssurance({ polarity: 'L', target: chart.upper }, chart)).toBe('consistentlyMet');
  });

  test('T: met when both limits sit inside the Green band, missed when both lie outside it on one side', () => {
    const band = (inner: number) => ({ inner, outer: inner * 2, mode: 'absolute' as const });
    expect(spcAssurance({ polarity: 'T', target: 11.5, bands: band(4) }, chart)).toBe('consistentlyMet');
    expect(spcAssurance({ polarity: 'T', target: 11.5, bands: band(1) }, chart)).toBe('hitAndMiss');
    expect(spcAssurance({ polarity: 'T', target: 25, bands: band(2) }, chart)).toBe('consistentlyMissed');
    expect(spcAssurance({ polarity: 'T', target: 10, bands: { inner: 0.6, outer: 0.8, mode: 'relative' } }, chart)).toBe(
      'consistentlyMet',
    );
  });

  test('no target, no assurance', () => {
    expect(spcAssurance({ polarity: 'H' }, chart)).toBeUndefined();
  });

  test('a series exactly on its target every month meets it, though its mean comes out a hair off in binary', () => {
    const flat = xmrChart(Array.from({ length: 12 }, () => 0.2));
    expect(flat.lower).not.toBe(0.2); // 0.19999999999999998
    for (const polarity of ['H', 'L'] as const) expect(spcAssurance({ polarity, target: 0.2 }, flat)).toBe('consistentlyMet');
    expect(spcAssurance({ polarity: 'T', target: 0.2, bands: { inner: 0, outer: 0.01, mode: 'absolute' } }, flat)).toBe(
      'consistentlyMet',
    );
  });
});

describe('special-cause rules with Making Data Count run lengths', () => {
  test('shift: 7 points above the mean is special cause, 6 is not', () => {
    const base = alternating(12, 51, 49); // ends on 49, below the mean
    const six = ok(spcFor(H, [...base, 52, 52.5, 52, 52.5, 52, 52.5]));
    expect(six.signals).toEqual([]);
    const seven = ok(spcFor(H, [...base, 52, 52.5, 52, 52.5, 52, 52.5, 52]));
    expect(rulesOf(seven.signals)).toEqual(['shift high 12-18']);
    expect(seven.variation).toBe('specialCauseImproving');
    expect(ok(spcFor(L, [...base, 52, 52.5, 52, 52.5, 52, 52.5, 52])).variation).toBe('specialCauseConcerning');
    expect(spcVariationLabel(seven)).toBe('Improving ↑');
  });

  test('a point on the mean breaks a run', () => {
    // 20 points with mean exactly 50: the 50 splits what would be a run of 8 high points into 4 and 3.
    const values = [44, ...alternating(12, 48, 52), 51, 51, 51, 50, 51, 51, 51];
    const result = ok(spcFor(H, values));
    expect(result.chart.mean).toBe(50);
    expect(result.signals.filter((s) => s.rule === 'shift')).toEqual([]);
  });

  test('trend: 7 points each higher than the last (six rises) across the mean; 6 points are not', () => {
    const base = alternating(12, 48, 52); // mean 50, moving ranges 4
    const result = ok(spcFor(H, [...base, 47, 48, 49, 50, 51, 52, 53]));
    expect(result.chart.mean).toBe(50);
    expect(rulesOf(result.signals)).toEqual(['trend high 12-18']);
    expect(result.variation).toBe('specialCauseImproving');
    expect(ok(spcFor(L, [...base, 47, 48, 49, 50, 51, 52, 53])).variation).toBe('specialCauseConcerning');
    expect(trendSignals([1, 2, 3, 4, 5, 6])).toEqual([]);
    expect(trendSignals([7, 6, 5, 4, 3, 2, 1])).toEqual([{ rule: 'trend', side: 'low', from: 0, to: 6 }]);
    expect(trendSignals([1, 2, 3, 3, 4, 5, 6, 7])).toEqual([]); // an equal neighbour breaks it
  });

  test('two of three points beyond two thirds of the way to the limit, all three on one side', () => {
    // 16 points alternating 48/52, then 60, 52, 60: mean 51.16, mR̄ 84/18, upper 63.57, "close" above 59.43.
    const result = ok(spcFor(H, [...alternating(16, 48, 52), 60, 52, 60]));
    expect(result.chart.mean).toBeCloseTo(972 / 19, 10);
    expect(result.chart.upper).toBeCloseTo(972 / 19 + (2.66 * 84) / 18, 10);
    expect(rulesOf(result.signals)).toEqual(['twoOfThree high 16-16', 'twoOfThree high 18-18']);
    expect(result.latestRules).toEqual(['twoOfThree']);
    expect(result.variation).toBe('specialCauseImproving');
    // One close point in three is not enough.
    expect(ok(spcFor(H, [...alternating(16, 48, 52), 60, 52, 53])).signals).toEqual([]);
  });

  test('a point beyond the upper limit: improving for H, concerning for L', () => {
    const values = [...alternating(18, 48, 52), 70];
    const result = ok(spcFor(H, values));
    expect(rulesOf(result.signals)).toEqual(['beyondLimit high 18-18']);
    expect(result.variation).toBe('specialCauseImproving');
    expect(ok(spcFor(L, values)).variation).toBe('specialCauseConcerning');
    expect(spcVariationLabel(ok(spcFor(L, values)))).toBe('Concerning ↑');
  });

  test('variation is read at the latest point: an earlier special cause that has passed is common cause now', () => {
    const values = [...alternating(8, 48, 52), 70, ...alternating(10, 48, 52)];
    const result = ok(spcFor(H, values));
    expect(rulesOf(result.signals)).toEqual(['beyondLimit high 8-8']);
    expect(result.variation).toBe('commonCause');
  });

  test('T: a special cause nearer the target than the process mean is improving, farther is concerning', () => {
    const rising = [...alternating(12, 51, 49), 52, 52.5, 52, 52.5, 52, 52.5, 52];
    const bands = { inner: 1, outer: 2, mode: 'absolute' as const };
    expect(ok(spcFor({ polarity: 'T', target: 50, bands }, rising)).variation).toBe('specialCauseConcerning');
    expect(ok(spcFor({ polarity: 'T', target: 55, bands }, rising)).variation).toBe('specialCauseImproving');
    expect(ok(spcFor({ polarity: 'T' }, rising)).variation).toBe('specialCauseNeither');
    expect(spcVariationLabel(ok(spcFor({ polarity: 'T' }, rising)))).toBe('Changed ↑');
  });
});

describe('properties', () => {
  const polarity = fc.constantFrom<'H' | 'L' | 'T'>('H', 'L', 'T');
  const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });

  test('a constant series is common cause, whatever its length, level or polarity', () => {
    fc.assert(
      fc.property(polarity, finite, fc.integer({ min: SPC_MINIMUM_POINTS, max: 60 }), (p, level, n) => {
        const result = ok(spcFor({ polarity: p, target: level }, Array<number>(n).fill(level)));
        expect(result.signals).toEqual([]);
        expect(result.variation).toBe('commonCause');
      }),
    );
  });

  test('a step change beyond the limits is special cause in the right direction for H and L', () => {
    const noise = (min: number, max: number) =>
      fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: min, maxLength: max });
    fc.assert(
      fc.property(
        fc.double({ min: -1000, max: 1000, noNaN: true }),
        noise(12, 24),
        noise(1, 8),
        fc.double({ min: 200, max: 1000, noNaN: true }),
        fc.boolean(),
        (level, before, after, size, up) => {
          const step = up ? size : -size;
          const values = [...before.map((e) => level + e), ...after.map((e) => level + step + e)];
          const h = ok(spcFor({ polarity: 'H' }, values));
          const l = ok(spcFor({ polarity: 'L' }, values));
          expect(h.latestRules[0]).toBe('beyondLimit');
          expect(h.side).toBe(up ? 'high' : 'low');
          expect(h.variation).toBe(up ? 'specialCauseImproving' : 'specialCauseConcerning');
          expect(l.variation).toBe(up ? 'specialCauseConcerning' : 'specialCauseImproving');
        },
      ),
    );
  });

  test('points added inside fixed limits never signal "beyond a limit"', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 12, maxLength: 30 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 30 }),
        (baseline, where) => {
          const { lower, upper } = xmrChart(baseline);
          const added = where.map((u) => Math.min(upper, Math.max(lower, lower + u * (upper - lower))));
          const result = ok(spcFor({ polarity: 'H' }, [...baseline, ...added], { baselinePoints: baseline.length }));
          const late = result.signals.filter((s) => s.rule === 'beyondLimit' && s.from >= baseline.length);
          expect(late).toEqual([]);
        },
      ),
    );
  });

  test('turning the series upside down turns every signal to the other side; scaling by 4 changes nothing', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 12, maxLength: 40 }), (values) => {
        const sides = (xs: number[]) => ok(spcFor({ polarity: 'H' }, xs)).signals;
        const flip = (s: SpcSignal): SpcSignal => ({ ...s, side: s.side === 'high' ? 'low' : 'high' });
        const key = (s: SpcSignal) => `${s.rule} ${s.side} ${s.from}-${s.to}`;
        expect(
          sides(values.map((v) => -v))
            .map(key)
            .sort(),
        ).toEqual(sides(values).map(flip).map(key).sort());
        expect(sides(values.map((v) => v * 4)).map(key)).toEqual(sides(values).map(key));
      }),
    );
  });
});
