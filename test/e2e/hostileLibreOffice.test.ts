import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { mkdirSync, readFileSync, rmSync } from 'fs';
import { join } from 'path';
import { recalculate } from '../../src/app/recalculate';
import { ExcelJsGateway } from '../../src/gateways/exceljs';
import { build, hostile } from '../helpers/hostile';
import { convertToCsv, TEST_OUTPUT } from './soffice';
import { itemAt } from '../helpers/at';

/**
 * Hostile workbooks the engine accepts, written through the file gateway and recalculated by
 * LibreOffice from the written formulas: LibreOffice shows the engine's result for every
 * indicator. (npm test checks the same workbooks, and the refusals, with HyperFormula.)
 */
const dir = join(TEST_OUTPUT, 'libreoffice-hostile');

test('LibreOffice recalculates hostile but accepted workbooks to the engine values', async () => {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let checked = 0;
  for (const [i, h] of fc.sample(hostile, { numRuns: 40, seed: 20261126 }).entries()) {
    if (checked === 6) break;
    const wb = build(h);
    const outcome = await recalculate(new ExcelJsGateway(wb));
    if (!outcome.ok) continue;
    const file = join(dir, `hostile-${i}.xlsx`);
    await wb.xlsx.writeFile(file);
    const sheets = convertToCsv(file, join(dir, `csv-${i}`));
    const rows = parse(readFileSync(sheets.get('Scorecard')!, 'utf8'), { relax_column_count: true }) as string[][];
    const shown = new Map(rows.filter((r) => /^\d+$/.test(r[0] ?? '')).map((r) => [r[0], (r[4] ?? '').replace(/,/g, '')]));
    const results = outcome.results.byArea.get(itemAt(outcome.results.areas))!;
    expect(results.map((r) => [r.indicator.id, shown.get(r.indicator.id)])).toEqual(
      results.map((r) => [r.indicator.id, r.current.text.replace(/,/g, '')]),
    );
    checked += 1;
  }
  expect(checked).toBe(6);
}, 300_000);
