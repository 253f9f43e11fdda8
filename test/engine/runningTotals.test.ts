import fc from 'fast-check';
import type { CellList, CellLocation, CountKind, DataPeriod, Indicator, Observation } from '../../src/engine';
import {
  cellLocations,
  Dataset,
  IssueList,
  packedCell,
  periodEnd,
  periodMonths,
  resultOf,
  trailingMonths,
} from '../../src/engine';
import { monthOrdinal } from '../../src/engine/periods';
import type { Figure } from '../../src/engine';
import { indicator } from '../helpers/indicators';
import { itemAt } from '../helpers/at';

/** A figure's source with each list of cells as its locations, once its sheets and packed addresses are checked against them. */
function located(figure: Figure | undefined): unknown {
  const source = figure?.source;
  if (source?.kind !== 'counts') return figure;
  const cells = (list: CellList): CellLocation[] => {
    const locations = cellLocations(list);
    expect(locations).toHaveLength(list.to - list.from);
    locations.forEach((l, i) => {
      expect(list.sheets[list.from + i]).toBe(l.sheet);
      expect(list.packed[list.from + i]).toBe(packedCell(l.cell));
    });
    return locations;
  };
  return { ...figure, source: { ...source, numerator: cells(source.numerator), denominator: cells(source.denominator) } };
}

/**
 * The month series (monthSeries.ts) against the plain definition: each window's months looked
 * up one by one and added in order, as the engine did before. Results must match to the bit,
 * fractions, negatives, gaps, missing denominators and unknown cells included.
 */

const MONTHS = trailingMonths('2017-06', 30);

function reference(ind: Indicator, rows: Observation[], month: string, months: string[]): unknown {
  const byMonth = new Map(rows.filter((o) => o.basis === 'month').map((o) => [o.month, o]));
  const used: Observation[] = [];
  for (const m of months) {
    const o = byMonth.get(m);
    if (!o || o.numerator === undefined) return undefined;
    used.push(o);
  }
  const side = (s: 'numerator' | 'denominator', kind: CountKind) => {
    const taken = kind === 'stock' ? used.slice(-1) : used;
    const values = taken.map((o) => o[s]);
    if (values.some((v) => v === undefined)) return { value: undefined, cells: [] as CellLocation[], mean: false };
    const total = (values as number[]).reduce((a, b) => a + b, 0);
    const cells = taken.map((o) => o.sources?.[s]);
    const mean = kind === 'stockAverage' && taken.length > 1;
    const known = cells.every((c) => c !== undefined) ? (cells as CellLocation[]) : undefined;
    return { value: mean ? total / taken.length : total, cells: known, mean };
  };
  const num = side('numerator', ind.numeratorKind ?? 'flow');
  const den = ind.unit === 'count' ? undefined : side('denominator', ind.denominatorKind ?? 'flow');
  const located = num.cells && (!den || den.value === undefined || den.cells);
  const mean = num.mean || den?.mean ? { numerator: num.mean, denominator: den?.mean } : undefined;
  const source = located
    ? { kind: 'counts', numerator: num.cells!, denominator: den?.cells ?? [], ...(mean ? { mean } : {}) }
    : undefined;
  const numerator = num.value ?? 0;
  return { value: resultOf(ind.unit, numerator, den?.value), numerator, denominator: den?.value, source };
}

const figure = fc.oneof(
  fc.integer({ min: -50, max: 500 }),
  fc.double({ min: -50, max: 500, noNaN: true }),
  fc.constant(undefined),
);
// `packed`: the row also gives its cells as numbers, as a data table's row does.
const row = fc.record({
  present: fc.boolean(),
  numerator: figure,
  denominator: figure,
  sourced: fc.boolean(),
  packed: fc.boolean(),
});
const kind = fc.constantFrom<CountKind>('flow', 'stock', 'stockAverage');

const at = (cell: string): CellLocation => ({ sheet: 'Data', cell });

interface Row {
  present: boolean;
  numerator: number | undefined;
  denominator: number | undefined;
  sourced: boolean;
  packed: boolean;
}

function observationsOf(rows: Row[]): Observation[] {
  return rows.flatMap((r, i) =>
    r.present
      ? [
          {
            indicatorId: '1',
            area: 'A',
            month: itemAt(MONTHS, i),
            basis: 'month' as const,
            numerator: r.numerator,
            denominator: r.denominator,
            at: at(`A${i + 2}`),
            sources: { numerator: r.sourced ? at(`E${i + 2}`) : undefined, denominator: at(`F${i + 2}`) },
            ...(r.packed
              ? {
                  packed: {
                    sheet: 'Data',
                    numeratorCell: r.sourced ? packedCell(`E${i + 2}`) : -1,
                    denominatorCell: packedCell(`F${i + 2}`),
                  },
                }
              : {}),
          },
        ]
      : [],
  );
}

test('months given in any order make the same series, and an SPC history the same values as the figures', () => {
  fc.assert(
    fc.property(
      fc.array(row, { minLength: MONTHS.length, maxLength: MONTHS.length }),
      fc.constantFrom<DataPeriod>('R12M', 'YTD', 'Quarter', 'QTD', 'SS', 'Month'),
      fc.constantFrom('percentage', 'count', 'average') as fc.Arbitrary<Indicator['unit']>,
      kind,
      kind,
      fc.integer({ min: 0, max: 2 ** 31 - 1 }),
      (rows, period, unit, numeratorKind, denominatorKind, seed) => {
        const observations = observationsOf(rows);
        // A deterministic shuffle, so the series meets earlier months after later ones.
        let state = seed;
        const shuffled = observations
          .map((o) => ({ o, key: (state = (state * 1103515245 + 12345) % 2 ** 31) }))
          .sort((a, b) => a.key - b.key)
          .map(({ o }) => o);
        const ind = indicator({ period, unit, numeratorKind, denominatorKind });
        const inOrder = new Dataset(observations, new IssueList());
        const anyOrder = new Dataset(shuffled, new IssueList());
        const newestFirst = [...MONTHS].reverse();
        const ordinals = newestFirst.map(monthOrdinal);
        for (const inMonth of [false, true]) {
          const values: number[] = [];
          for (const month of newestFirst) {
            const figure = inMonth ? inOrder.inMonthFigure(ind, 'A', month) : inOrder.periodFigure(ind, 'A', month);
            if (figure?.value === undefined || !Number.isFinite(figure.value)) break;
            values.push(figure.value);
          }
          expect(anyOrder.historyValues(ind, 'A', ordinals, inMonth)).toEqual(values);
        }
        for (const month of MONTHS)
          expect(located(anyOrder.periodFigure(ind, 'A', month))).toEqual(located(inOrder.periodFigure(ind, 'A', month)));
      },
    ),
    { numRuns: 300 },
  );
});

test('every period window from a month series equals adding its months one by one', () => {
  fc.assert(
    fc.property(
      fc.array(row, { minLength: MONTHS.length, maxLength: MONTHS.length }),
      fc.constantFrom<DataPeriod>('R12M', 'YTD', 'Quarter', 'QTD', 'SS', 'Month'),
      fc.constantFrom('percentage', 'count', 'average') as fc.Arbitrary<Indicator['unit']>,
      kind,
      kind,
      (rows, period, unit, numeratorKind, denominatorKind) => {
        const observations = observationsOf(rows);
        const ind = indicator({ period, unit, numeratorKind, denominatorKind });
        const data = new Dataset(observations, new IssueList());
        for (const month of MONTHS.slice(12)) {
          const months = periodMonths(period, month);
          expect(periodEnd(period, month)).toBe(months[months.length - 1]);
          expect(located(data.periodFigure(ind, 'A', month))).toEqual(reference(ind, observations, month, months));
          if (period !== 'SS')
            expect(located(data.rolling3Figure(ind, 'A', month))).toEqual(
              reference(ind, observations, month, trailingMonths(month, 3)),
            );
        }
      },
    ),
    { numRuns: 300 },
  );
});
