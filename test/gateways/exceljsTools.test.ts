import ExcelJS from 'exceljs';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { EXIT, main } from '../../src/cli/main';
import { buildKentWorkbook } from '../../src/example/kentExample';
import { ExcelJsGateway, loadWorkbook, relativeToXlFolder } from '../../src/gateways/exceljs';
import { readZip } from '../../src/gateways/exceljs/zip';
import { expectInputPartsUnchanged } from '../helpers/packageParts';
import { withoutDrawings } from '../helpers/withoutDrawings';

/**
 * The Kent example as LibreOffice and openpyxl save it (made by scripts/make-tool-fixtures.sh
 * with the real tools; read here with Node alone). Each must recalculate through the CLI to the
 * same counts as the workbook ExcelJS writes.
 */
const FIXTURES = join(__dirname, '..', 'fixtures', 'tools');
const TOOLS: Record<string, string> = {
  'kent-libreoffice.xlsx': 'the analyst workbook opened and saved by LibreOffice Calc',
  'kent-scorecard-libreoffice.xlsx': 'a recalculated workbook (output sheets and all) saved by LibreOffice Calc',
  'kent-openpyxl.xlsx': 'the analyst workbook opened and saved by openpyxl, tables kept',
  'kent-openpyxl-new.xlsx': 'the same cells, tables and names in a workbook openpyxl built from nothing, with a note',
  'kent-openpyxl-chart.xlsx': 'the analyst workbook with a chart of their own that openpyxl wrote (ExcelJS cannot load it), kept',
};

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

const NOTES_LEFT_OUT = 'Warning: the written copy leaves out the notes';

/** The printed report without the line naming the file written or notes left out of it. */
const counts = (lines: string[]): string[] => lines.filter((l) => !l.startsWith('Written:') && !l.startsWith(NOTES_LEFT_OUT));

describe('workbooks saved by other tools, through the CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'scorecard-tools-'));
  let expected: string[];

  beforeAll(async () => {
    const input = join(dir, 'kent-exceljs.xlsx');
    await buildKentWorkbook().xlsx.writeFile(input);
    const run = await cli(['recalc', input, '-o', join(dir, 'kent-exceljs-out.xlsx')]);
    expect(run.code).toBe(EXIT.ok);
    expected = counts(run.out);
  });

  test('every fixture in the folder is described here', () => {
    expect(
      readdirSync(FIXTURES)
        .filter((f) => f.endsWith('.xlsx'))
        .sort(),
    ).toEqual(Object.keys(TOOLS).sort());
  });

  test.each(Object.entries(TOOLS))('%s (%s) gives the counts of the ExcelJS workbook', async (file) => {
    const input = join(dir, file);
    copyFileSync(join(FIXTURES, file), input);
    const before = readFileSync(input);
    const output = join(dir, `out-${file}`);
    const run = await cli(['recalc', input, '-o', output]);
    expect(run.err).toEqual([]);
    expect(run.code).toBe(EXIT.ok);
    expect(counts(run.out)).toEqual(expected);
    expect(readFileSync(input).equals(before)).toBe(true);
    // The output sheets are written into the file's own package: notes and all are kept, nothing to warn of.
    expect(run.out.some((l) => l.startsWith(NOTES_LEFT_OUT))).toBe(false);
    expectInputPartsUnchanged(readFileSync(input), readFileSync(output));

    // What was written opens again, keeps the contract tables, and recalculates again.
    const written = await ExcelJsGateway.fromBuffer(withoutDrawings(readFileSync(output)));
    const tables = written.workbook.worksheets.flatMap((ws: ExcelJS.Worksheet) =>
      Object.keys((ws as unknown as { tables: object }).tables),
    );
    expect(tables).toEqual(expect.arrayContaining(['Catalogue', 'ScorecardData', 'ScorecardSettings']));
    const again = await cli(['recalc', output, '-o', join(dir, `again-${file}`)]);
    expect(again.code).toBe(EXIT.ok);
    expect(counts(again.out)).toEqual(expected);
  });

  test('the fixtures hold what plain ExcelJS cannot handle, so they test the repair', async () => {
    const openpyxl = readFileSync(join(FIXTURES, 'kent-openpyxl.xlsx'));
    await expect(new ExcelJS.Workbook().xlsx.load(openpyxl as unknown as ArrayBuffer)).rejects.toThrow(/name/);
    const libre = new ExcelJS.Workbook();
    await libre.xlsx.load(readFileSync(join(FIXTURES, 'kent-libreoffice.xlsx')) as unknown as ArrayBuffer);
    await expect(libre.xlsx.writeBuffer()).rejects.toThrow(/theme/);
    // Repaired: read and written.
    const repaired = await loadWorkbook(readFileSync(join(FIXTURES, 'kent-libreoffice.xlsx')));
    expect((await repaired.xlsx.writeBuffer()).byteLength).toBeGreaterThan(0);
  });

  test('a workbook with notes openpyxl stores apart is written in place with its notes, byte for byte', async () => {
    const input = join(dir, 'notes-in-place.xlsx');
    copyFileSync(join(FIXTURES, 'kent-openpyxl-new.xlsx'), input);
    const before = readFileSync(input);
    const run = await cli(['recalc', input, '--in-place']);
    expect(run.err).toEqual([]);
    expect(run.code).toBe(EXIT.ok);
    const after = readFileSync(input);
    expect(after.equals(before)).toBe(false);
    const notes = [...readZip(before).keys()].filter((p) => /comment/i.test(p));
    expect(notes.length).toBeGreaterThan(0);
    expectInputPartsUnchanged(before, after);
    // Rerun in place: the output sheets are replaced, not added again.
    expect((await cli(['recalc', input, '--in-place'])).code).toBe(EXIT.ok);
    expect(readZip(readFileSync(input)).size).toBe(readZip(after).size);
  });

  test('a part named by absolute path is found where Excel would name it', () => {
    expect(relativeToXlFolder('/xl/tables/table1.xml', 'worksheets')).toBe('../tables/table1.xml');
    expect(relativeToXlFolder('/xl/worksheets/sheet2.xml', 'worksheets')).toBe('sheet2.xml');
    expect(relativeToXlFolder('../tables/table1.xml', 'worksheets')).toBe('../tables/table1.xml');
  });
});
