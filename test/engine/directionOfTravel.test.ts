import { directionOfTravel } from '../../src/engine';
import { indicator } from '../helpers/indicators';

describe('direction of travel', () => {
  test('H: up is better', () => {
    const h = indicator({ polarity: 'H' });
    expect(directionOfTravel(h, 0.915, 0.913)).toBe('improved');
    expect(directionOfTravel(h, 0.801, 0.858)).toBe('worse');
    expect(directionOfTravel(h, 1, 1)).toBe('same');
  });

  test('L: down is better', () => {
    const l = indicator({ polarity: 'L', target: 0.25, floor: 0.3 });
    expect(directionOfTravel(l, 0.225, 0.234)).toBe('improved');
    expect(directionOfTravel(l, 0.129, 0.126)).toBe('worse');
  });

  test('T: closer to the target is better, on either side', () => {
    const t = indicator({
      polarity: 'T',
      target: 0.175,
      floor: undefined,
      bands: { inner: 0.025, outer: 0.05, mode: 'absolute' },
    });
    expect(directionOfTravel(t, 257 / 1328, 0.194)).toBe('improved'); // 19.35% vs 19.4%: both shown 19.4%
    expect(directionOfTravel(t, 0.17, 0.19)).toBe('improved'); // crossed the target, now nearer
    expect(directionOfTravel(t, 0.15, 0.2)).toBe('same'); // 2.5 points either side
    expect(directionOfTravel(t, 0.12, 0.19)).toBe('worse');
  });

  test('compares unrounded: 94.44% against last year 94.4% is improved', () => {
    expect(directionOfTravel(indicator(), 1240 / 1313, 0.944)).toBe('improved');
  });

  test('is antisymmetric: swapping the months swaps improved and worse', () => {
    const h = indicator();
    expect(directionOfTravel(h, 0.7, 0.8)).toBe('worse');
    expect(directionOfTravel(h, 0.8, 0.7)).toBe('improved');
  });
});
