import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { EXIT, main } from '../../src/cli/main';
import { ExcelJsGateway } from '../../src/gateways/exceljs';
import { catalogueRow, miniWorkbook } from '../helpers/miniWorkbook';

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'scorecard-cli-'));

  test('demo builds the Kent example, recalculates it and prints the counts', async () => {
    const { code, out } = await cli(['demo', '--out-dir', dir]);
    expect(code).toBe(EXIT.ok);
    expect(out).toContain('19 Green, 19 Amber, 5 Red');
    expect(existsSync(join(dir, 'kent-2017-04-scorecard.xlsx'))).toBe(true);
  });

  test('recalc writes beside the input by default and leaves the input file alone', async () => {
    const input = join(dir, 'mini.xlsx');
    await new ExcelJsGateway(miniWorkbook()).workbook.xlsx.writeFile(input);
    const { code, out } = await cli(['recalc', input]);
    expect(code).toBe(EXIT.ok);
    expect(out).toContain(`Written: ${join(dir, 'mini-scorecard.xlsx')}`);
    const reread = await ExcelJsGateway.fromBuffer(readFileSync(input));
    expect(reread.workbook.getWorksheet('Scorecard')).toBeUndefined();
  });

  test('input errors exit 1 with located messages and write nothing', async () => {
    const input = join(dir, 'bad.xlsx');
    await miniWorkbook({ catalogue: [catalogueRow({ Polarity: 'X' })] }).xlsx.writeFile(input);
    const { code, err } = await cli(['recalc', input, '-o', join(dir, 'bad-out.xlsx')]);
    expect(code).toBe(EXIT.inputErrors);
    expect(err).toContain('Error: Catalogue!D2, indicator 1: Polarity "X" is not one we know.');
    expect(err).toContain('Nothing was written');
    expect(existsSync(join(dir, 'bad-out.xlsx'))).toBe(false);
  });

  test('--check validates without writing', async () => {
    const input = join(dir, 'mini.xlsx');
    const { code, out } = await cli(['recalc', input, '--check', '-o', join(dir, 'checked.xlsx')]);
    expect(code).toBe(EXIT.ok);
    expect(out).toContain(': 1 indicator\n');
    expect(existsSync(join(dir, 'checked.xlsx'))).toBe(false);
  });

  test("--check refuses what the run would refuse: a sheet of the analyst's own where output goes", async () => {
    const input = join(dir, 'own-scorecard.xlsx');
    const workbook = miniWorkbook();
    workbook.addWorksheet('Scorecard').getCell('A1').value = 'My own notes';
    await workbook.xlsx.writeFile(input);
    const { code, err } = await cli(['recalc', input, '--check']);
    expect(code).toBe(EXIT.inputErrors);
    expect(err).toContain('Error: Scorecard!A1: A sheet called "Scorecard" already exists and was not written by the scorecard');
  });

  test('a missing or unreadable file exits 3 in plain English', async () => {
    expect(await cli(['recalc', join(dir, 'nope.xlsx')])).toMatchObject({
      code: EXIT.fileProblem,
      err: expect.stringContaining('There is no file'),
    });
    const junk = join(dir, 'junk.xlsx');
    writeFileSync(junk, 'not a workbook');
    expect(await cli(['recalc', junk])).toMatchObject({
      code: EXIT.fileProblem,
      err: expect.stringContaining('junk.xlsx is a text file (such as a CSV) with an .xlsx name'),
    });
  });

  test('wrong usage exits 2 with the usage text', async () => {
    expect(await cli([])).toMatchObject({ code: EXIT.usage, err: expect.stringContaining('Usage:') });
    expect(await cli(['frobnicate'])).toMatchObject({ code: EXIT.usage });
    expect(await cli(['recalc', '--bogus'])).toMatchObject({ code: EXIT.usage });
  });
});
