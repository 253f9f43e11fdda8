/**
 * The monthly return read in place, through Microsoft's Office.js on the test host: whole-column
 * references are read only where they meet the used range, and the scorecard agrees with the
 * file gateway's, this month and after next month's row is added.
 */
import { recalculate } from '../../src/app/recalculate';
import type { RecalcOutcome } from '../../src/app/recalculate';
import { addMonthRow, buildMonthlyReturnWorkbook } from '../../src/example/monthlyReturnExample';
import { ExcelJsGateway } from '../../src/gateways/exceljs';
import { PAYLOAD_LIMIT } from '../fakes/excel/excelRules';
import { hostFor, recalcOnHost } from '../helpers/office';

type Ok = Extract<RecalcOutcome, { ok: true }>;

function figures(outcome: RecalcOutcome): unknown {
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues, null, 2));
  const ok = outcome as Ok;
  return {
    month: ok.results.month,
    areas: ok.results.areas,
    rows: [...ok.results.byArea].map(([area, rows]) => [area, rows.map((r) => [r.indicator.id, r.current.value, r.current.rag])]),
  };
}

test.each([
  ['this month', 24],
  ['after next month is added', 25],
])(
  'Office.js and the file gateway give the same scorecard: %s',
  async (_label, months) => {
    const build = () => {
      const wb = buildMonthlyReturnWorkbook();
      if (months > 24) addMonthRow(wb, 24);
      return wb;
    };
    const host = hostFor(build());
    const viaOffice = await recalcOnHost(host);
    const viaFile = await recalculate(new ExcelJsGateway(build()));
    expect(figures(viaOffice)).toEqual(figures(viaFile));
    expect(host.largestResponseBytes).toBeLessThan(PAYLOAD_LIMIT / 10);
    // Listing, one read (the return's whole columns read ahead with the contract), the write.
    expect(host.stats.syncs).toBe(3);
  },
  60_000,
);
