/**
 * A name the catalogue uses, defined at more than one scope (tester's finding 2: names Num and Den
 * of sheets Return and Old, none of the workbook's, gave 24.9% or 46.7% by the sheets' order). The
 * CLI's file gateway reads each name's scope (localSheetId) and takes a name as a formula on the
 * catalogue's sheet would: the workbook's, or that sheet's own. A name defined only for other
 * sheets, or at several scopes, stops the run at the reference, naming the definitions. ExcelJS
 * cannot write a sheet's own name, so the names are put into workbook.xml with JSZip.
 */
import { mkdtempSync, writeFileSync } from 'fs';
import JSZip from 'jszip';
import { tmpdir } from 'os';
import { join } from 'path';
import type { RecalcOutcome } from '../../src/app/recalculate';
import { recalculate } from '../../src/app/recalculate';
import { describeIssue } from '../../src/engine';
import { FileGateway } from '../../src/gateways/exceljs/fileGateway';
import { catalogueRow, miniWorkbook } from '../helpers/miniWorkbook';

/** Sheets in workbook order, as localSheetId counts them: Figures 0, Catalogue 1, Settings 2, Old 3. */
const SHEET_ID = { Figures: 0, Catalogue: 1, Old: 3 } as const;
type Scope = keyof typeof SHEET_ID | 'workbook';

/** A definition of Num: its scope and the sheet whose B2 it names (Figures 180 / 200, Old 50 / 100). */
const num = (scope: Scope, sheet: 'Figures' | 'Old'): string =>
  `<definedName name="Num"${scope === 'workbook' ? '' : ` localSheetId="${SHEET_ID[scope]}"`}>${sheet}!$B$2</definedName>`;

async function runWith(...nums: string[]): Promise<RecalcOutcome> {
  const wb = miniWorkbook({ catalogue: [catalogueRow({ 'Numerator ref': 'Num', 'Denominator ref': 'Den' })] });
  const old = wb.addWorksheet('Old');
  old.getRow(2).values = ['CP visits (old return)', 50, 100];
  const zip = await JSZip.loadAsync(Buffer.from(await wb.xlsx.writeBuffer()));
  const xml = await zip.file('xl/workbook.xml')!.async('string');
  const names = `<definedNames>${nums.join('')}<definedName name="Den">Figures!$C$2</definedName></definedNames>`;
  expect(xml).not.toContain('<definedNames>');
  zip.file('xl/workbook.xml', xml.replace('</sheets>', `</sheets>${names}`));
  const path = join(mkdtempSync(join(tmpdir(), 'name-scopes-')), 'workbook.xlsx');
  writeFileSync(path, await zip.generateAsync({ type: 'nodebuffer' }));
  return recalculate(await FileGateway.fromFile(path), { checkOnly: true });
}

const errors = (outcome: RecalcOutcome): string[] =>
  outcome.issues.filter((i) => i.severity === 'error').map((i) => `${i.code}: ${describeIssue(i)}`);
const rate = (outcome: RecalcOutcome): number | null | undefined =>
  outcome.ok ? outcome.results.byArea.get('Kent')?.[0]?.current.value : undefined;

test("a name for the workbook, or for the catalogue's own sheet, is read", async () => {
  expect(rate(await runWith(num('workbook', 'Figures')))).toBeCloseTo(0.9);
  expect(rate(await runWith(num('Catalogue', 'Old')))).toBeCloseTo(0.25);
});

test('a name defined for two other sheets stops the run at the reference, naming both, whichever sheet comes first', async () => {
  for (const nums of [
    [num('Figures', 'Figures'), num('Old', 'Old')],
    [num('Old', 'Old'), num('Figures', 'Figures')],
  ]) {
    const outcome = await runWith(...nums);
    expect(outcome.ok).toBe(false);
    const said = errors(outcome);
    expect(said).toHaveLength(1);
    expect(said[0]).toContain('Catalogue!');
    expect(said[0]).toContain('Numerator ref Num: the name "Num" is defined 2 times');
    expect(said[0]).toContain('for sheet "Figures" (Figures!$B$2)');
    expect(said[0]).toContain('for sheet "Old" (Old!$B$2)');
    expect(said[0]).toContain('so which cells are meant is a guess');
  }
});

test("a name for the workbook and another for the catalogue's sheet: either could be meant, so the run stops", async () => {
  const said = errors(await runWith(num('workbook', 'Figures'), num('Catalogue', 'Old')));
  expect(said).toHaveLength(1);
  expect(said[0]).toContain('defined 2 times, for the workbook (Figures!$B$2) and for sheet "Catalogue" (Old!$B$2)');
});

test('a name defined only for another sheet, which a formula on the catalogue would not see, stops the run', async () => {
  const said = errors(await runWith(num('Figures', 'Figures')));
  expect(said).toEqual([
    expect.stringContaining(
      'Numerator ref Num: the name "Num" is defined only for sheet "Figures" (Figures!$B$2), so a formula on the Catalogue sheet would not see it; define it for the workbook (Scope: Workbook).',
    ),
  ]);
});
