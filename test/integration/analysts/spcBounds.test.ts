import { spcBoundsOf, spcFor } from '../../../src/engine';
import { spcDataNote } from '../../../src/plan/spcColumns';

const alternating = (a: number, b: number, n = 14): number[] => Array.from({ length: n }, (_, i) => (i % 2 ? b : a));

describe('SPC process limits within what the measure can be', () => {
  test('a percentage near 100%: the upper limit is 100%, not 121.6%, and the verdicts are as without the bound', () => {
    const values = alternating(0.9, 1);
    const bounded = spcFor({ polarity: 'H', target: 0.9, bounds: spcBoundsOf('percentage') }, values);
    const free = spcFor({ polarity: 'H', target: 0.9 }, values);
    if (bounded.status !== 'ok' || free.status !== 'ok') throw new Error('not charted');
    expect(free.chart.upper).toBeGreaterThan(1);
    expect(bounded.chart.upper).toBe(1);
    expect(bounded.chart.unclamped?.upper).toBeCloseTo(free.chart.upper, 12);
    expect(bounded.chart.lower).toBeCloseTo(free.chart.lower, 12);
    expect([bounded.variation, bounded.signals]).toEqual([free.variation, free.signals]);
    const note = spcDataNote(bounded, '2025-03', 'percentage');
    expect(note).toContain('the upper limit at 100.0%');
    expect(note).toContain(`it works out at ${(free.chart.upper * 100).toFixed(1)}%`);
  });

  test('a count near 0: the lower limit is 0; with negatives allowed it is left as worked out', () => {
    const values = alternating(0, 5);
    const count = spcFor({ polarity: 'L', bounds: spcBoundsOf('count') }, values);
    const net = spcFor({ polarity: 'L', bounds: spcBoundsOf('count', true) }, values);
    if (count.status !== 'ok' || net.status !== 'ok') throw new Error('not charted');
    expect(count.chart.lower).toBe(0);
    expect(net.chart.lower).toBeLessThan(0);
    expect(net.chart.unclamped).toBeUndefined();
    expect(spcDataNote(count, '2025-03', 'count')).toContain('the lower limit at 0.0');
  });

  test('limits inside the bounds are untouched and the note says nothing of them', () => {
    const result = spcFor({ polarity: 'H', target: 0.5, bounds: spcBoundsOf('percentage') }, alternating(0.45, 0.55));
    if (result.status !== 'ok') throw new Error('not charted');
    expect(result.chart.unclamped).toBeUndefined();
    expect(spcDataNote(result, '2025-03', 'percentage')).not.toContain('Limits are kept');
  });
});
