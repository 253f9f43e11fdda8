import type { Observation } from '../../src/engine';
import { cellLocations, Dataset, IssueList, trailingMonths } from '../../src/engine';
import { recalculate } from '../../src/app/recalculate';
import { ExcelJsGateway } from '../../src/gateways/exceljs';
import { rangeRefs } from '../../src/plan/formulas';
import { indicator } from '../helpers/indicators';
import { catalogueRow, miniWorkbook } from '../helpers/miniWorkbook';

const MONTHS = trailingMonths('2025-03', 24);

/** 24 months of referrals (575 a month) over a population of 250,000, as a monthly return has them. */
function referralsOverPopulation(): Observation[] {
  return MONTHS.map((month, i) => ({
    indicatorId: '1',
    area: 'Borough',
    month,
    basis: 'month',
    numerator: 575,
    denominator: 250000 + (i === MONTHS.length - 1 ? 0 : -1000),
    at: { sheet: 'Monthly return', cell: `A${6 + i}` },
    sources: {
      numerator: { sheet: 'Monthly return', cell: `C${6 + i}` },
      denominator: { sheet: 'Monthly return', cell: `K${6 + i}` },
    },
  }));
}

describe('stocks are not flows', () => {
  const data = new Dataset(referralsOverPopulation(), new IssueList());

  test('a rate per 10,000 over R12M divides 12 months of referrals by one population, the latest', () => {
    const rate = indicator({ unit: 'rate10k', period: 'R12M', target: 500, floor: 600, polarity: 'L', denominatorKind: 'stock' });
    const figure = data.periodFigure(rate, 'Borough', '2025-03');
    expect(figure).toMatchObject({ numerator: 6900, denominator: 250000, value: 276 });
    expect(figure?.source?.kind).toBe('counts');
    if (figure?.source?.kind !== 'counts') return;
    expect(cellLocations(figure.source.numerator)).toEqual(
      MONTHS.slice(-12).map((_, i) => ({ sheet: 'Monthly return', cell: `C${18 + i}` })),
    );
    expect(cellLocations(figure.source.denominator)).toEqual([{ sheet: 'Monthly return', cell: 'K29' }]);
  });

  test('summed as a flow, the same population would count twelve times (what the old reading did)', () => {
    const asFlow = indicator({ unit: 'rate10k', period: 'R12M', denominatorKind: 'flow' });
    expect(data.periodFigure(asFlow, 'Borough', '2025-03')?.denominator).toBe(250000 + 11 * 249000);
  });

  test('a stock average is the mean of the month ends, written as AVERAGE', () => {
    const rate = indicator({ unit: 'rate10k', period: 'R12M', denominatorKind: 'stockAverage' });
    const figure = data.periodFigure(rate, 'Borough', '2025-03');
    expect(figure?.denominator).toBeCloseTo((250000 + 11 * 249000) / 12, 6);
    expect(figure?.source).toMatchObject({ kind: 'counts', mean: { denominator: true } });
  });

  test('an average caseload over R3M is month-end cases over month-end FTE', () => {
    const observations: Observation[] = MONTHS.slice(-3).map((month, i) => ({
      indicatorId: '1',
      area: 'Borough',
      month,
      basis: 'month',
      numerator: [1800, 1850, 1900][i],
      denominator: [100, 95, 95][i],
      at: { sheet: 'Monthly return', cell: `A${i + 2}` },
    }));
    const caseload = indicator({ unit: 'average', period: 'SS', numeratorKind: 'stock', denominatorKind: 'stock' });
    const r3m = new Dataset(observations, new IssueList()).rolling3Figure({ ...caseload, period: 'R12M' }, 'Borough', '2025-03');
    expect(r3m).toMatchObject({ numerator: 1900, denominator: 95, value: 20 });
  });
});

describe('a blank type is read as Flow only where that is not a guess', () => {
  const month = (m: number): Date => new Date(Date.UTC(2017, m, 0));
  const rows = (id: number) =>
    [1, 2, 3, 4].map((m) => ({ 'Indicator ID': id, 'Month end': month(m), Basis: 'Month', Numerator: 50, Denominator: 300000 }));

  test('a rate per 10,000 over R12M from monthly rows, with no Denominator type, is an error at its catalogue cell', async () => {
    const wb = miniWorkbook({
      catalogue: [
        catalogueRow({
          Unit: 'rate per 10,000',
          'Data period': 'R12M',
          Polarity: 'L',
          Target: 500,
          Floor: 600,
          'Numerator ref': null,
          'Denominator ref': null,
        }),
      ],
      data: rows(1),
    });
    const outcome = await recalculate(new ExcelJsGateway(wb), { checkOnly: true });
    expect(outcome.ok).toBe(false);
    const issue = outcome.issues.find((i) => i.code === 'count-kind-needed');
    expect(issue?.message).toContain('a rate per 10,000 over R12M made from monthly figures');
    expect(issue?.fix).toContain('Denominator type');
    expect(issue?.at).toMatchObject({ sheet: 'Catalogue', cell: 'W2' });
  });

  test('a percentage from monthly rows needs nothing: both sides are flows, as before', async () => {
    const wb = miniWorkbook({
      catalogue: [catalogueRow({ 'Data period': 'YTD', 'Numerator ref': null, 'Denominator ref': null })],
      data: [1, 2, 3, 4].map((m) => ({
        'Indicator ID': 1,
        'Month end': month(m),
        Basis: 'Month',
        Numerator: 9,
        Denominator: 10,
      })),
    });
    const outcome = await recalculate(new ExcelJsGateway(wb), { checkOnly: true });
    expect(outcome.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  test('an unknown word is reported with the one it was probably meant to be', async () => {
    const wb = miniWorkbook({ catalogue: [catalogueRow({ 'Denominator type': 'Stok' })] });
    const outcome = await recalculate(new ExcelJsGateway(wb), { checkOnly: true });
    expect(outcome.issues[0]).toMatchObject({ code: 'unknown-count-kind', fix: expect.stringContaining('Did you mean Stock?') });
  });
});

test('cells in a run down a column or along a row become one range in a formula', () => {
  const cells = ['C5', 'C6', 'C7', 'D9', 'E9', 'C12'].map((cell) => ({ sheet: "Ann's return", cell }));
  expect(rangeRefs(cells)).toEqual(["'Ann''s return'!$C$5:$C$7", "'Ann''s return'!$D$9:$E$9", "'Ann''s return'!$C$12"]);
});
