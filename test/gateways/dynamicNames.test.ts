/**
 * A defined name whose formula is INDEX(…) or OFFSET(…), the usual way to say "the latest row".
 * Excel resolves it (the Office.js gateway asks Excel for the name's range); ExcelJS does not:
 * it drops an INDEX name and cuts an OFFSET name into a "range" on a sheet called "OFFSET(Data".
 * The file here is written by ExcelJS and given the names in its own workbook.xml, with JSZip
 * (ExcelJS's own zip library), so it is read exactly as a file saved by Excel would be.
 */
import { mkdtempSync, writeFileSync } from 'fs';
import JSZip from 'jszip';
import { tmpdir } from 'os';
import { join } from 'path';
import { recalculate } from '../../src/app/recalculate';
import { describeIssue } from '../../src/engine';
import { ExcelJsGateway } from '../../src/gateways/exceljs';
import { FileGateway } from '../../src/gateways/exceljs/fileGateway';
import { formulaNames } from '../../src/gateways/exceljs/modelBook';
import { catalogueRow, miniWorkbook } from '../helpers/miniWorkbook';
import { itemAt } from '../helpers/at';

const NAMES =
  '<definedName name="Latest_Visits">INDEX(Figures!$B:$B,COUNT(Figures!$B:$B)+1)</definedName>' +
  '<definedName name="Latest_Cases">OFFSET(Figures!$C$1,COUNT(Figures!$C:$C),0)</definedName>' +
  '<definedName name="Plain_Visits">Figures!$B$2</definedName>';

async function withNames(refs: { num: string; den: string }) {
  return recalculate(await gatewayWithNames(refs), { checkOnly: true });
}

async function gatewayWithNames(refs: { num: string; den: string }): Promise<ExcelJsGateway> {
  const wb = miniWorkbook({ catalogue: [catalogueRow({ 'Numerator ref': refs.num, 'Denominator ref': refs.den })] });
  const zip = await JSZip.loadAsync(Buffer.from(await wb.xlsx.writeBuffer()));
  const xml = await zip.file('xl/workbook.xml')!.async('string');
  const named = xml.includes('<definedNames>')
    ? xml.replace('<definedNames>', `<definedNames>${NAMES}`)
    : xml.replace('</sheets>', `</sheets><definedNames>${NAMES}</definedNames>`);
  zip.file('xl/workbook.xml', named);
  return ExcelJsGateway.fromBuffer(await zip.generateAsync({ type: 'nodebuffer' }));
}

test('INDEX and OFFSET names in a file: one located message each, saying this kind of name is not read from files yet', async () => {
  const outcome = await withNames({ num: 'Latest_Visits', den: 'Latest_Cases' });
  const errors = outcome.issues.filter((i) => i.severity === 'error');
  expect(errors.map((i) => [i.code, i.at?.sheet])).toEqual([
    ['reference-dynamic-name', 'Catalogue'],
    ['reference-dynamic-name', 'Catalogue'],
  ]);
  expect(describeIssue(itemAt(errors))).toContain(
    'Numerator ref Latest_Visits: the name "Latest_Visits" is defined by a formula (such as INDEX(…) or OFFSET(…) for the latest row), not by cells, and names like that are not read from files yet (Excel with the add-in reads them).',
  );
  expect(errors[1]?.message).toContain('the name "Latest_Cases" is defined by a formula');
  expect(errors[0]?.fix).toMatch(/^Point the reference at the whole column instead .*Months ref column/);
});

test('a name of plain cells in the same file still reads, and a name that is not there is still "no name"', async () => {
  const outcome = await withNames({ num: 'Plain_Visits', den: 'No_Such_Name' });
  const errors = outcome.issues.filter((i) => i.severity === 'error');
  expect(errors.map((i) => [i.code, i.message])).toEqual([
    ['reference-missing-name', 'Denominator ref No_Such_Name: the workbook has no name "No_Such_Name".'],
  ]);
});

test('the names a copy written by ExcelJS would drop or garble are known, for the gateway to say so', async () => {
  const gateway = await gatewayWithNames({ num: 'Figures!B2', den: 'Figures!C2' });
  expect(formulaNames(gateway.workbook)).toEqual(['Latest_Visits', 'Latest_Cases']);
});

test('the file gateway says a written copy leaves those names out, so the CLI warns and refuses --in-place', async () => {
  const gateway = await gatewayWithNames({ num: 'Figures!B2', den: 'Figures!C2' });
  expect(gateway.notKept).toEqual([
    'the workbook names defined by a formula rather than cells (Latest_Visits, Latest_Cases), which this writer cannot keep',
  ]);
});

describe('the file gateway (the CLI’s), which reads names from the file’s own XML', () => {
  async function fileGatewayWithNames(refs: { num: string; den: string }, extra = '') {
    const wb = miniWorkbook({ catalogue: [catalogueRow({ 'Numerator ref': refs.num, 'Denominator ref': refs.den })] });
    const zip = await JSZip.loadAsync(Buffer.from(await wb.xlsx.writeBuffer()));
    const xml = await zip.file('xl/workbook.xml')!.async('string');
    const names = NAMES + extra;
    const named = xml.includes('<definedNames>')
      ? xml.replace('<definedNames>', `<definedNames>${names}`)
      : xml.replace('</sheets>', `</sheets><definedNames>${names}</definedNames>`);
    zip.file('xl/workbook.xml', named);
    const path = join(mkdtempSync(join(tmpdir(), 'names-')), 'names.xlsx');
    writeFileSync(path, await zip.generateAsync({ type: 'nodebuffer' }));
    return FileGateway.fromFile(path);
  }

  test('INDEX and OFFSET names get the same messages as through ExcelJS, and nothing is left out of a written copy', async () => {
    const gateway = await fileGatewayWithNames({ num: 'Latest_Visits', den: 'Latest_Cases' });
    const outcome = await recalculate(gateway, { checkOnly: true });
    const errors = outcome.issues.filter((i) => i.severity === 'error');
    expect(errors.map((i) => i.code)).toEqual(['reference-dynamic-name', 'reference-dynamic-name']);
    expect(errors[1]?.message).toContain('the name "Latest_Cases" is defined by a formula');
    expect(gateway.notKept).toEqual([]);
  });

  test('a name whose cells were deleted (#REF!) says so, and is not called a formula', async () => {
    const gateway = await fileGatewayWithNames(
      { num: 'Plain_Visits', den: 'Deleted_Cases' },
      '<definedName name="Deleted_Cases">Figures!#REF!</definedName>',
    );
    const outcome = await recalculate(gateway, { checkOnly: true });
    const errors = outcome.issues.filter((i) => i.severity === 'error');
    expect(errors.map((i) => i.message)).toEqual([
      expect.stringContaining('the name "Deleted_Cases" refers to Figures!#REF!: the cells it named were deleted'),
    ]);
  });
});
