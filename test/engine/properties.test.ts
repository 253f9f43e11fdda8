/**
 * Properties checked over many generated cases (fast-check): the rules hold for every number,
 * not just the ones we thought of. 11,000 cases per run in all.
 */
import fc from 'fast-check';
import { recalculate } from '../../src/app/recalculate';
import type { Indicator, RangeLookup, RawCell, RawTable, Reference, WorkbookInput } from '../../src/engine';
import {
  boxAddress,
  CATALOGUE_COLUMNS,
  DATA_COLUMNS,
  directionOfTravel,
  parseRangeAddress,
  ragFor,
  InputProblem,
} from '../../src/engine';
import type { WorkbookGateway } from '../../src/gateways/gateway';
import type { WorkbookPlan } from '../../src/plan';
import { expectPlanWithinExcelLimits } from '../helpers/excelLimits';

const RANK = { R: 0, A: 1, G: 2 } as const;
const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });

describe('RAG is monotonic in the result', () => {
  test('H: a higher result never gets a worse RAG (3,000 cases)', () => {
    fc.assert(
      fc.property(finite, fc.double({ min: 0, max: 1e4, noNaN: true }), finite, finite, (target, gap, x, y) => {
        const rule = { polarity: 'H' as const, target, floor: target - gap };
        const [lo, hi] = x <= y ? [x, y] : [y, x];
        return RANK[ragFor(rule, lo)!] <= RANK[ragFor(rule, hi)!];
      }),
      { numRuns: 3000 },
    );
  });

  test('L: a lower result never gets a worse RAG (3,000 cases)', () => {
    fc.assert(
      fc.property(finite, fc.double({ min: 0, max: 1e4, noNaN: true }), finite, finite, (target, gap, x, y) => {
        const rule = { polarity: 'L' as const, target, floor: target + gap };
        const [lo, hi] = x <= y ? [x, y] : [y, x];
        return RANK[ragFor(rule, lo)!] >= RANK[ragFor(rule, hi)!];
      }),
      { numRuns: 3000 },
    );
  });
});

test('arrows are antisymmetric: swap the months and improved becomes worse (3,000 cases)', () => {
  const opposite = { improved: 'worse', worse: 'improved', same: 'same' } as const;
  fc.assert(
    fc.property(fc.constantFrom('H', 'L', 'T' as const), finite, finite, finite, (polarity, target, a, b) => {
      const indicator: Pick<Indicator, 'polarity' | 'target'> = { polarity, target };
      return directionOfTravel(indicator, a, b) === opposite[directionOfTravel(indicator, b, a)!];
    }),
    { numRuns: 3000 },
  );
});

// ---- No input makes the engine throw: only located issues come back --------------------------

const junk: fc.Arbitrary<RawCell> = fc.oneof(
  fc.constant(null),
  fc.constant(''),
  fc.integer({ min: -5, max: 20000 }),
  fc.double({ min: -10, max: 1e5, noNaN: false }),
  fc.string({ maxLength: 12 }),
  fc.constantFrom('H', 'l', 'T', 'X', 'R12M', 'ytd', 'SS', 'percentage', 'count', 'rate per 10,000', 'average', '%'),
  fc.constantFrom('absolute', 'relative', '-', 'n/a', "'North Kent'!B2", 'Figures!B2:B4', 'CP_Visits', 'B2', '#REF!'),
  fc.date({ min: new Date(Date.UTC(2015, 0, 1)), max: new Date(Date.UTC(2019, 0, 1)), noInvalidDate: true }),
  fc.boolean(),
  fc.constantFrom<RawCell>({ error: '#DIV/0!' }, { error: '#N/A' }, { error: '#REF!' }),
);

function table(name: string, sheet: string, headers: string[], rows: RawCell[][]): RawTable {
  const width = headers.length;
  const cells = [headers as RawCell[], ...rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? null))];
  return {
    name,
    range: { sheet, address: boxAddress({ top: 1, left: 1, bottom: cells.length, right: width }), top: 1, left: 1, cells },
  };
}

/** Mostly sensible values, with junk one time in ten: enough runs get through to a written plan. */
const mostly = <T extends RawCell>(good: fc.Arbitrary<T>): fc.Arbitrary<RawCell> =>
  fc.oneof({ arbitrary: good as fc.Arbitrary<RawCell>, weight: 9 }, { arbitrary: junk, weight: 1 });
const share = fc.double({ min: 0, max: 1, noNaN: true });
const monthEnd = fc.constantFrom(...[0, 1, 2, 3, 11, 12].map((back) => new Date(Date.UTC(2017, 4 - back, 0))));

const CATALOGUE_CELLS: Record<string, fc.Arbitrary<RawCell>> = {
  ID: mostly(fc.integer({ min: 1, max: 8 })),
  Section: mostly(fc.constantFrom('REFERRALS', 'CIN')),
  Indicator: mostly(fc.string({ minLength: 1, maxLength: 20 })),
  Polarity: mostly(fc.constantFrom('H', 'L', 'T', null)),
  'Data period': mostly(fc.constantFrom('R12M', 'YTD', 'SS', 'Month', 'Quarter', 'QTD')),
  Unit: mostly(fc.constantFrom('percentage', 'count', 'average', 'rate per 10,000')),
  Decimals: mostly(fc.constantFrom(null, 0, 1, 2)),
  Target: mostly(fc.oneof(share, fc.integer({ min: 0, max: 100 }), fc.constant(null))),
  Floor: mostly(fc.oneof(share, fc.integer({ min: 0, max: 100 }), fc.constant(null))),
  'Inner band': mostly(fc.oneof(fc.double({ min: 0, max: 0.2, noNaN: true }), fc.constant(null))),
  'Outer band': mostly(fc.oneof(fc.double({ min: 0, max: 0.4, noNaN: true }), fc.constant(null))),
  'Band type': mostly(fc.constantFrom(null, 'absolute', 'relative')),
  'Min denominator': mostly(fc.constantFrom(null, 0, 5, 10)),
  'Numerator ref': mostly(fc.constantFrom('Figures!B2', 'Figures!B3', 'CP_Visits', 'Figures!B2:B3', 'Figures!B:B', null)),
  'Denominator ref': mostly(fc.constantFrom('Figures!C2', 'Figures!C3', 'Figures!C2:C3', 'Figures!C:C', null)),
  'Data source': fc.constantFrom(null, 'Liberi'),
  Definition: fc.constantFrom(null, 'As defined'),
  'Exception page': fc.constantFrom(null, 'Yes', 'No'),
  'Negative allowed': fc.constantFrom(null, 'Yes', 'No'),
  'Statistical neighbours': fc.oneof(fc.constant(null), share, junk),
  England: fc.oneof(fc.constant(null), share, junk),
  'Numerator type': fc.constantFrom(null, 'Flow', 'Stock', 'Stock average', 'sometimes'),
  'Denominator type': fc.constantFrom(null, 'Flow', 'Stock', 'Stock average', 'sometimes'),
  'Months ref': fc.constantFrom(null, null, 'Figures!A:A', 'Figures!A2:A3', 'Figures!1:1'),
};

const DATA_CELLS: fc.Arbitrary<RawCell>[] = [
  mostly(fc.integer({ min: 1, max: 8 })),
  mostly(fc.constantFrom(null, 'Kent', 'North')),
  mostly(monthEnd),
  mostly(fc.constantFrom(null, 'R3M', 'Month', 'Period')),
  mostly(fc.constantFrom(null, 0, 3, 40, 90)),
  mostly(fc.constantFrom(null, 0, 4, 50, 100)),
  mostly(fc.oneof(fc.constant(null), share, fc.integer({ min: 0, max: 300 }))),
];

/** A catalogue row that makes sense as a whole: floors on the right side, bands for T. */
const sensibleRow = fc
  .record({
    id: fc.integer({ min: 1, max: 8 }),
    polarity: fc.constantFrom('H', 'L', 'T'),
    period: fc.constantFrom('R12M', 'YTD', 'SS', 'Month', 'QTD', 'Quarter'),
    unit: fc.constantFrom('percentage', 'count', 'average', 'rate per 10,000'),
    target: share,
    /** A context measure: no target, floor or bands, and perhaps no polarity. */
    context: fc.constantFrom(false, false, false, true),
    gap: fc.double({ min: 0, max: 0.3, noNaN: true }),
    refRow: fc.constantFrom(2, 3),
  })
  .map((r): Record<string, RawCell> => {
    const target = r.unit === 'percentage' ? r.target : r.target * 100;
    const floor = r.polarity === 'H' ? target - r.gap : r.polarity === 'L' ? target + r.gap : null;
    const banded = r.polarity === 'T' && !r.context;
    return {
      ID: r.id,
      Section: 'REFERRALS',
      Indicator: `Indicator ${r.id}`,
      Polarity: r.context && r.polarity === 'T' ? null : r.polarity,
      'Data period': r.period,
      Unit: r.unit,
      Target: r.context ? null : target,
      Floor: r.context ? null : floor,
      'Inner band': banded ? r.gap / 2 : null,
      'Outer band': banded ? r.gap : null,
      'Numerator ref': `Figures!B${r.refRow}`,
      'Denominator ref': r.unit === 'count' ? null : `Figures!C${r.refRow}`,
    };
  });

/** Either sensible rows with a little junk, or column-by-column mostly-sensible values. */
const catalogueRowFor = (headers: string[]) =>
  fc.oneof(
    fc.tuple(sensibleRow, fc.array(fc.tuple(fc.constantFrom(...headers), junk), { maxLength: 1 })).map(([row, spoilt]) => {
      for (const [h, v] of spoilt) row[h] = v;
      return headers.map((h) => row[h] ?? null);
    }),
    fc.tuple(...headers.map((h) => CATALOGUE_CELLS[h] ?? fc.constant(null))),
  );

const allHeaders = CATALOGUE_COLUMNS.map((c) => c.header);
const catalogue = fc
  .oneof(
    { arbitrary: fc.constant(allHeaders), weight: 4 },
    { arbitrary: fc.subarray(allHeaders, { minLength: allHeaders.length - 1 }), weight: 1 },
  )
  .chain((headers) =>
    fc.record({
      headers: fc.constant(headers),
      rows: fc.array(catalogueRowFor(headers), { maxLength: 8 }),
    }),
  );

const messyWorkbook = fc.record({
  catalogue,
  dataRows: fc.array(fc.tuple(...DATA_CELLS), { maxLength: 8 }),
  settings: fc.array(
    fc.oneof(
      fc.tuple(fc.constant('Reporting month'), mostly(monthEnd)),
      fc.tuple(fc.constant('Area'), mostly(fc.constant('Kent'))),
      fc.tuple(fc.constantFrom('Areas', 'Title', 'Other'), junk),
    ),
    { maxLength: 3 },
  ),
  numerators: fc.array(mostly(fc.integer({ min: 0, max: 400 })), { minLength: 1, maxLength: 4 }),
  denominators: fc.array(mostly(fc.integer({ min: 0, max: 400 })), { minLength: 1, maxLength: 4 }),
  missingSheets: fc.boolean(),
});

/** A workbook with nothing wrong in it: the run must get through to a full plan. */
const cleanWorkbook = fc
  .record({
    rows: fc.uniqueArray(sensibleRow, { minLength: 1, maxLength: 8, selector: (r) => r.ID }),
    counts: fc.array(fc.tuple(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 400 })), {
      minLength: 2,
      maxLength: 2,
    }),
  })
  .map(({ rows, counts }) => ({
    catalogue: { headers: allHeaders, rows: rows.map((row) => allHeaders.map((h) => row[h] ?? null)) },
    dataRows: [] as RawCell[][],
    settings: [
      ['Reporting month', new Date(Date.UTC(2017, 3, 30))],
      ['Area', 'Kent'],
    ] as [string, RawCell][],
    numerators: counts.map(([n]) => n) as RawCell[],
    denominators: counts.map(([n, extra]) => n + extra + 1) as RawCell[],
    missingSheets: false,
  }));

const workbook = fc.oneof(cleanWorkbook, messyWorkbook);

class GeneratedGateway implements WorkbookGateway {
  plan?: WorkbookPlan;
  constructor(
    private readonly input: WorkbookInput,
    private readonly numerators: RawCell[],
    private readonly denominators: RawCell[],
    private readonly missing: boolean,
  ) {}
  async readInput() {
    return this.input;
  }
  async readReferences(references: Reference[]) {
    const found = new Map<string, RangeLookup>();
    for (const [i, ref] of references.entries()) {
      if (this.missing && i % 2 === 1) {
        found.set(ref.text, { ok: false, problem: 'missing-sheet', detail: 'there is no such sheet' });
        continue;
      }
      const whole = ref.kind === 'range' ? parseRangeAddress(ref.address)! : { top: 2, left: 2, bottom: 2, right: 2 };
      // A whole column or row is read to the last filled cell, as the gateways do: here, 30 rows or 10 columns.
      const box = { ...whole, bottom: Math.min(whole.bottom, whole.top + 29), right: Math.min(whole.right, whole.left + 9) };
      const cells = Array.from({ length: box.bottom - box.top + 1 }, (_, r) =>
        Array.from({ length: box.right - box.left + 1 }, (_, c) => {
          // Column A holds month ends, column B numerators and column C denominators, row by row.
          if (box.left + c === 1) return new Date(Date.UTC(2015, box.top + r, 0));
          const list = box.left + c === 3 ? this.denominators : this.numerators;
          return list[(box.top + r) % list.length] ?? null;
        }),
      );
      found.set(ref.text, {
        ok: true,
        range: {
          sheet: ref.kind === 'range' ? ref.sheet : 'Figures',
          address: boxAddress(box),
          top: box.top,
          left: box.left,
          cells,
        },
      });
    }
    return found;
  }
  async apply(plan: WorkbookPlan) {
    expectPlanWithinExcelLimits(plan);
    this.plan = plan;
  }
}

test('no workbook makes a recalculation throw: every problem comes back as a located issue (2,000 cases)', async () => {
  const GLOBAL = new Set(['no-catalogue', 'no-month']);
  await fc.assert(
    fc.asyncProperty(workbook, async (w) => {
      const input: WorkbookInput = {
        catalogue: table('Catalogue', 'Catalogue', w.catalogue.headers, w.catalogue.rows),
        data: table(
          'ScorecardData',
          'Data',
          DATA_COLUMNS.map((c) => c.header),
          w.dataRows,
        ),
        settings: table('ScorecardSettings', 'Settings', ['Setting', 'Value'], w.settings),
        sheetNames: ['Catalogue', 'Data', 'Settings', 'Figures'],
      };
      const gateway = new GeneratedGateway(input, w.numerators, w.denominators, w.missingSheets);
      let outcome;
      try {
        outcome = await recalculate(gateway);
      } catch (error) {
        if (error instanceof InputProblem) return true;
        throw error;
      }
      for (const issue of outcome.issues) {
        if (!issue.message || !issue.fix) return false;
        if (!issue.at && !GLOBAL.has(issue.code)) return false;
      }
      if (outcome.ok) {
        // Whatever was computed is written in full: every planned row as wide as its sheet.
        return gateway.plan!.sheets.every((s) => s.cells.every((row) => row.length === s.cells[0]?.length));
      }
      return gateway.plan === undefined;
    }),
    { numRuns: 2000 },
  );
}, 120_000);
