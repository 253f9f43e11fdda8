/**
 * Months set up ahead with formulas that give "" until their counts come (=IF(…,"",…)), as
 * templates do (tester's repro J1). Excel and LibreOffice save such a result as an empty <v></v>:
 * a blank, not a formula never calculated, so the months are simply not reported yet.
 */
import type ExcelJS from 'exceljs';
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { recalculate } from '../../../src/app/recalculate';
import { FileGateway } from '../../../src/gateways/exceljs/fileGateway';
import { FIRST_ROW, localitySpec, addLocalitySheet, MONTH_COUNT } from '../../helpers/localityBlock';
import { miniWorkbook } from '../../helpers/miniWorkbook';
import { hostFor, recalcOnHost } from '../../helpers/office';
import { said } from './both';

/** The locality return with no Reporting month, January to March 2025 set up ahead with "" formulas. */
function templateAhead(): ExcelJS.Workbook {
  const spec = localitySpec();
  spec.settings = spec.settings!.filter(([name]) => name !== 'Reporting month');
  const wb = miniWorkbook(spec);
  const sheet = addLocalitySheet(wb);
  for (let m = MONTH_COUNT - 3; m < MONTH_COUNT; m++) {
    for (const column of [2, 3, 4, 5, 7, 8, 9, 10]) {
      const cell = sheet.getCell(FIRST_ROW + m, column);
      cell.value = { formula: `IF(COUNT(Z${FIRST_ROW + m})=0,"",Z${FIRST_ROW + m})`, result: '' } as ExcelJS.CellValue;
    }
  }
  return wb;
}

test('"" results of formulas are blanks: the scorecard is for the last month with counts, with nothing to fix', async () => {
  const path = join(mkdtempSync(join(tmpdir(), 'empty-results-')), 'template.xlsx');
  await templateAhead().xlsx.writeFile(path);
  const fromFile = await recalculate(await FileGateway.fromFile(path), { checkOnly: true });
  const host = hostFor(templateAhead());
  // ExcelJS keeps no saved result of "" in memory; Excel holds the formulas' "" results.
  for (const cell of host.doc.sheet('Locality data')!.cells.values()) if (cell.formula && cell.value === null) cell.value = '';
  const office = await recalcOnHost(host, { checkOnly: true });
  for (const outcome of [fromFile, office]) {
    expect(said(outcome).filter((s) => s.startsWith('error'))).toEqual([]);
    expect(said(outcome).join('\n')).not.toContain('UNCALCULATED');
    expect(outcome.ok && outcome.results.month).toBe('2024-12');
  }
});
