import { parse } from 'csv-parse/sync';
import { mkdirSync, readFileSync, rmSync } from 'fs';
import { join } from 'path';
import { recalculate } from '../../src/app/recalculate';
import { EXIT, main } from '../../src/cli/main';
import { addMonthRow, buildMonthlyReturnWorkbook, MONTHLY_AUTHORITY } from '../../src/example/monthlyReturnExample';
import { ExcelJsGateway } from '../../src/gateways/exceljs';
import { convertToCsv, TEST_OUTPUT } from './soffice';

/**
 * The Northbrook monthly return, read in place, as LibreOffice recalculates it from the written
 * formulas: every result and RAG the engine gives, this month and after next month's row.
 */
const dir = join(TEST_OUTPUT, 'libreoffice-monthly');

function scorecardRows(xlsx: string, out: string): string[][] {
  const sheets = convertToCsv(xlsx, out);
  return parse(readFileSync(sheets.get('Scorecard')!, 'utf8'), { relax_column_count: true }) as string[][];
}

const plain = (text: string) => text.replace(/,/g, '');

async function expectLibreOfficeAgrees(build: () => ReturnType<typeof buildMonthlyReturnWorkbook>, name: string, month: string) {
  const input = join(dir, `${name}.xlsx`);
  const output = join(dir, `${name}-scorecard.xlsx`);
  mkdirSync(dir, { recursive: true });
  await build().xlsx.writeFile(input);
  const code = await main(['recalc', input, '-o', output], { out: () => undefined, err: (l) => console.error(l) });
  expect(code).toBe(EXIT.ok);
  const outcome = await recalculate(new ExcelJsGateway(build()), { checkOnly: true });
  if (!outcome.ok) throw new Error('the example should recalculate');
  expect(outcome.results.month).toBe(month);
  const shown = new Map(
    scorecardRows(output, join(dir, `${name}-csv`))
      .filter((r) => /^\d+$/.test(r[0] ?? ''))
      .map((r) => [r[0], r]),
  );
  const results = outcome.results.byArea.get(MONTHLY_AUTHORITY)!;
  expect(shown.size).toBe(results.length);
  for (const r of results) {
    const row = shown.get(r.indicator.id)!;
    expect({ id: r.indicator.id, result: plain(row[4] ?? '') }).toEqual({ id: r.indicator.id, result: plain(r.current.text) });
  }
}

beforeAll(() => rmSync(dir, { recursive: true, force: true }));

test('LibreOffice calculates every Northbrook result the engine gives, from the monthly return in place', async () => {
  await expectLibreOfficeAgrees(() => buildMonthlyReturnWorkbook(), 'northbrook', '2025-03');
}, 180_000);

test("after next month's row is added, LibreOffice's results move to April 2025 with no catalogue edit", async () => {
  await expectLibreOfficeAgrees(
    () => {
      const wb = buildMonthlyReturnWorkbook();
      addMonthRow(wb, 24);
      return wb;
    },
    'northbrook-april',
    '2025-04',
  );
}, 180_000);
