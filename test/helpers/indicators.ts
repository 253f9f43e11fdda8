import type { Indicator } from '../../src/engine';

/** A catalogue indicator for engine tests; override what the test is about. */
export function indicator(overrides: Partial<Indicator> = {}): Indicator {
  return {
    id: '1',
    section: 'TEST',
    name: 'Test indicator',
    polarity: 'H',
    period: 'R12M',
    unit: 'percentage',
    decimals: 1,
    target: 0.85,
    floor: 0.75,
    minDenominator: 5,
    dataSource: '',
    definition: '',
    at: {},
    row: { sheet: 'Catalogue', cell: 'A2' },
    ...overrides,
  };
}
