/**
 * "No data" (no figure, the RAG cell's "-") is counted apart from "No target (context)" and from
 * "too few cases" wherever counts are made: the engine's summary, the Summary and area sheets'
 * COUNTIFs, the scorecard's counts block, the CLI's lines and the narrative.
 */
import { recalculate } from '../../../src/app/recalculate';
import type { RecalcOutcome } from '../../../src/app/recalculate';
import { summaryLines } from '../../../src/cli/report';
import { ExcelJsGateway } from '../../../src/gateways/exceljs';
import { catalogueRow, miniWorkbook } from '../../helpers/miniWorkbook';

type Ok = Extract<RecalcOutcome, { ok: true }>;

async function run(): Promise<Ok> {
  const wb = miniWorkbook({
    catalogue: [
      catalogueRow({ ID: 1 }),
      catalogueRow({ ID: 2, Indicator: 'No figure yet', 'Numerator ref': null, 'Denominator ref': null }),
      catalogueRow(
        { ID: 3, Indicator: 'Referrals', Polarity: null, Unit: 'count', Target: null, Floor: null, 'Denominator ref': null },
        4,
      ),
      catalogueRow({ ID: 4, Indicator: 'Few cases' }, 5),
    ],
    figures: [
      ['CP visits', 180, 200],
      ['Unused', 0, 0],
      ['Referrals', 120, null],
      ['Few', 2, 3],
    ],
    // Indicator 2 has March's figures only: April has none.
    data: [{ 'Indicator ID': 2, Area: 'Kent', 'Month end': new Date(Date.UTC(2017, 2, 31)), Numerator: 10, Denominator: 20 }],
  });
  const outcome = await recalculate(new ExcelJsGateway(wb), { now: () => new Date(2017, 4, 2) });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues, null, 2));
  return outcome;
}

describe('no data is not a context measure', () => {
  let outcome: Ok;
  beforeAll(async () => {
    outcome = await run();
  });

  test('the engine counts 1 no data, 1 context measure, 1 too few cases', () => {
    expect(outcome.summary.total).toMatchObject({ G: 1, none: 3, noData: 1, context: 1, tooFew: 1 });
  });

  test('the CLI says which is which', () => {
    const lines = summaryLines('Scorecard', 'Kent', outcome.results.month, outcome.summary);
    expect(lines[1]).toBe('  RAG:             1 Green, 0 Amber, 0 Red, 1 no target (context), 1 too few cases, 1 no data');
  });

  test('the Summary sheet has a "No data" column counting the "-" RAG cells, apart from "No RAG"', () => {
    const sheet = outcome.plan.sheets.find((s) => s.role === 'summary')!;
    const header = sheet.cells.find((row) => row.some((c) => c.value === 'No data'))!;
    const noRag = header.findIndex((c) => c.value === 'No RAG');
    const noData = header.findIndex((c) => c.value === 'No data');
    const total = sheet.cells.find((row) => row[0]?.value === 'Total')!;
    expect([total[noRag]?.value, total[noData]?.value]).toEqual([2, 1]);
    const section = sheet.cells[sheet.cells.indexOf(header) + 1]!;
    expect(section[noData]?.formula).toContain('"-"');
    expect(section[noRag]?.formula).not.toContain('"-"');
  });

  test('the scorecard counts block too', () => {
    const sheet = outcome.plan.sheets.find((s) => s.role === 'scorecard')!;
    const header = sheet.cells.findIndex((row) => row[1]?.value === 'Latest performance RAG rating');
    const labels = sheet.cells[header]!.map((c) => c.value);
    const counts = sheet.cells[header + 1]!.map((c) => c.value);
    expect(counts[labels.indexOf('No RAG')]).toBe(2);
    expect(counts[labels.indexOf('No data')]).toBe(1);
  });

  test('the narrative says no data for the month, and too few cases, apart', () => {
    expect(outcome.narrative).toContain('• 1 has no data for April 2017 – no figure was given');
    expect(outcome.narrative).toContain('• 1 has no RAG rating – too few cases to rate');
    expect(outcome.narrative.join('\n')).not.toContain('no result, or too few cases');
  });
});
