import type ExcelJS from 'exceljs';
import { ARROW } from '../../src/engine';
import { SCORECARD_COLUMNS as C } from '../../src/plan';
import { referenceScorecard } from '../helpers/reference';
import type { KentRun } from '../helpers/kent';
import { runKent } from '../helpers/kent';

/**
 * The two arrows the domain notes call errors in the publication: our engine follows the
 * published rule (compare unrounded results, polarity-aware) and so differs from the print.
 */
const PUBLICATION_ERRORS: { id: string; column: 'dot_1_month_ago' | 'dot_1_year_ago'; ours: string; reason: string }[] = [
  { id: '11', column: 'dot_1_month_ago', ours: ARROW.same, reason: '100.0% vs 100.0% is the same, printed as worse' },
  {
    id: '8',
    column: 'dot_1_year_ago',
    ours: ARROW.improved,
    reason: '74.7% vs 62.5% is better for a higher-is-better indicator, printed as worse',
  },
];

const reference = referenceScorecard();
let kent: KentRun;

beforeAll(async () => {
  kent = await runKent();
});

function expectedArrow(id: string, column: 'dot_1_month_ago' | 'dot_1_year_ago', published: string): string {
  const exception = PUBLICATION_ERRORS.find((e) => e.id === id && e.column === column);
  if (exception) return exception.ours;
  return published === '' ? '-' : published;
}

describe('Kent April 2017 county scorecard', () => {
  test('summary counts are 19 Green, 19 Amber, 5 Red', () => {
    const { total } = kent.outcome.summary;
    expect([total.G, total.A, total.R, total.none]).toEqual([19, 19, 5, 0]);
  });

  test('the publication errors are the only arrows that differ, and they do differ', () => {
    for (const e of PUBLICATION_ERRORS) {
      const published = reference.find((r) => r.id === e.id)?.[e.column];
      expect(published).not.toBe(e.ours);
    }
  });

  const results = () => new Map(kent.outcome.results.byArea.get('Kent')!.map((r) => [r.indicator.id, r]));

  test.each(reference.map((r) => [r.id, r] as const))('indicator %s matches the published row', (id, row) => {
    const r = results().get(id)!;
    expect(r).toBeDefined();
    expect(r.current.text).toBe(row.result);
    expect(r.current.rag).toBe(row.rag);
    expect(r.monthAgo?.text).toBe(row.result_1_month_ago);
    expect(r.monthAgo?.direction ? ARROW[r.monthAgo.direction] : '-').toBe(
      expectedArrow(id, 'dot_1_month_ago', row.dot_1_month_ago),
    );
    expect(r.yearAgo?.text ?? '').toBe(row.result_1_year_ago);
    expect(r.yearAgo?.direction ? ARROW[r.yearAgo.direction] : '-').toBe(expectedArrow(id, 'dot_1_year_ago', row.dot_1_year_ago));
    expect(r.rolling3?.text ?? '-').toBe(row.rolling_3_months_result);
    expect(r.rolling3?.rag ?? '-').toBe(row.rolling_3_months_rag);
  });

  /** What a cell shows: a formula's saved result, or the constant. */
  const shown = (cell: ExcelJS.Cell): unknown => (cell.formula ? cell.result : cell.value);

  test('the written Scorecard sheet holds the same RAGs, arrows and values, row by row', () => {
    const sheet = kent.written.getWorksheet('Scorecard')!;
    const rowsById = new Map<string, number>();
    sheet.eachRow((row, n) => {
      const id = row.getCell(C.id).value;
      if (typeof id === 'number') rowsById.set(String(id), n);
    });
    expect(rowsById.size).toBe(43);
    for (const row of reference) {
      const cells = sheet.getRow(rowsById.get(row.id)!);
      const r = results().get(row.id)!;
      expect(shown(cells.getCell(C.indicator))).toBe(row.indicator);
      expect(shown(cells.getCell(C.rag))).toBe(row.rag);
      expect(shown(cells.getCell(C.result))).toBeCloseTo(r.current.value!, 12);
      expect(cells.getCell(C.result).numFmt).toBe(row.result.endsWith('%') ? '0.0%' : row.id === '6' ? '#,##0' : '0.0');
      expect(shown(cells.getCell(C.monthAgoDot))).toBe(expectedArrow(row.id, 'dot_1_month_ago', row.dot_1_month_ago));
      expect(shown(cells.getCell(C.yearAgoDot))).toBe(expectedArrow(row.id, 'dot_1_year_ago', row.dot_1_year_ago));
      expect(shown(cells.getCell(C.rolling3Rag))).toBe(row.rolling_3_months_rag);
    }
  });

  test('indicator 3 explains why 98.0% is Amber against a 98.0% target', () => {
    const notes = results().get('3')!.notes.join(' ');
    expect(notes).toContain('Shown as 98.0%');
    expect(notes).toContain('97.990%');
    expect(notes).toContain('Amber, not Green');
  });

  test('the Summary sheet counts match, by section and in total', () => {
    const sheet = kent.written.getWorksheet('Summary')!;
    let total: unknown[] | undefined;
    sheet.eachRow((row) => {
      if (row.getCell(1).value === 'Total') total = Array.from({ length: 11 }, (_, i) => shown(row.getCell(i + 1)));
    });
    // Indicators, Green, Amber, Red, No RAG, No data, Improved, Same, Worse, Not compared.
    expect(total).toEqual(['Total', 43, 19, 19, 5, 0, 0, 14, 1, 28, 0]);
  });
});
