import {
  chmodSync,
  copyFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { EXIT, main } from '../../src/cli/main';
import { fileKind } from '../../src/gateways/exceljs';
import { entryBytes, makeEntry, readZip, writeZip } from '../../src/gateways/exceljs/zip';
import { miniWorkbook } from '../helpers/miniWorkbook';

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

const FIXTURES = join(__dirname, '..', 'fixtures', 'tools');

/**
 * An OLE compound file as Excel writes a password-protected workbook: the compound-file
 * signature, and a directory naming the EncryptionInfo and EncryptedPackage streams (UTF-16).
 * Made here because no tool that runs in this build encrypts a workbook; the sniffing was also
 * checked by hand on a workbook Excel encrypted.
 */
function encryptedWorkbook(): Buffer {
  const file = Buffer.alloc(4096);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(file, 0);
  Buffer.from('EncryptionInfo', 'utf16le').copy(file, 1024);
  Buffer.from('EncryptedPackage', 'utf16le').copy(file, 1152);
  return file;
}

/** The package with its Figures sheet named History, as LibreOffice and openpyxl allow (Excel does not). */
function withHistorySheet(good: Buffer): Buffer {
  const entries = [...readZip(good).values()].map((entry) =>
    entry.name === 'xl/workbook.xml'
      ? makeEntry(entry.name, entryBytes(entry).toString('utf8').replace('name="Figures"', 'name="History"'))
      : entry,
  );
  return writeZip(entries);
}

/** The package in Strict Open XML's namespaces, as Excel's "Strict Open XML Spreadsheet" saves it. */
function asStrict(good: Buffer): Buffer {
  const entries = [...readZip(good).values()].map((entry) =>
    entry.name === 'xl/workbook.xml'
      ? makeEntry(
          entry.name,
          entryBytes(entry)
            .toString('utf8')
            .replace(
              'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
              'http://purl.oclc.org/ooxml/spreadsheetml/main',
            ),
        )
      : entry,
  );
  return writeZip(entries);
}

describe('files that are not .xlsx workbooks get one plain message and exit 3', () => {
  const dir = mkdtempSync(join(tmpdir(), 'scorecard-files-'));
  let good: Buffer;

  beforeAll(async () => {
    good = Buffer.from(await miniWorkbook().xlsx.writeBuffer());
  });

  const cases: [string, () => Buffer, RegExp][] = [
    ['an empty file', () => Buffer.alloc(0), /is empty \(0 bytes\)/],
    [
      'a CSV renamed .xlsx',
      () => Buffer.from('ID,Indicator,Target\n1,"Referrals, all",25%\n'),
      /is a text file \(such as a CSV\).*save it as an Excel Workbook \(\.xlsx\)/,
    ],
    [
      'a web page saved as .xlsx',
      () => Buffer.from('<html><body><table><tr><td>1</td></tr></table></body></html>'),
      /is a web page or XML file/,
    ],
    [
      'an old .xls (LibreOffice)',
      () => readFileSync(join(FIXTURES, 'kent-libreoffice.xls')),
      /is an Excel 97-2003 \.xls file.*open it in Excel and save it as an Excel Workbook \(\.xlsx\)/,
    ],
    ['a password-protected workbook', encryptedWorkbook, /is password-protected \(encrypted\).*remove the password/],
    ['a workbook cut short', () => good.subarray(0, Math.floor(good.length / 2)), /is damaged: it ends too soon/],
    [
      'a workbook damaged inside',
      () => Buffer.from(good.map((b, i) => (i > 200 && i < 1200 ? b ^ 0x55 : b))),
      /is damaged and could not be read.*Excel \(which offers to repair it\)/,
    ],
    [
      'a sheet named History (LibreOffice and openpyxl allow it; Excel does not)',
      () => withHistorySheet(good),
      /has a sheet named "History", a name Excel reserves.*rename that sheet/,
    ],
    [
      'a Strict Open XML workbook',
      () => asStrict(good),
      /is saved as a Strict Open XML Spreadsheet.*save it as "Excel Workbook \(\*\.xlsx\)"/,
    ],
    [
      'a zip that is not a workbook',
      () => Buffer.from([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]),
      /is a zip package but not an Excel workbook/,
    ],
  ];

  test.each(cases)('%s', async (_label, bytes, message) => {
    const sub = mkdtempSync(join(dir, 'case-'));
    const input = join(sub, 'figures.xlsx');
    writeFileSync(input, bytes());
    const before = readFileSync(input);
    const run = await cli(['recalc', input, '-o', join(sub, 'out.xlsx')]);
    expect(run.code).toBe(EXIT.fileProblem);
    expect(run.out).toEqual([]);
    expect(run.err).toHaveLength(1);
    expect(run.err[0]).toMatch(message);
    expect(run.err[0]).toMatch(/^figures\.xlsx /);
    expect(run.err[0]).not.toMatch(/\n\s+at |TypeError|Cannot read properties/);
    expect(readdirSync(sub)).toEqual(['figures.xlsx']);
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  test('a real workbook is taken as one', () => {
    expect(fileKind(good)).toBe('xlsx');
  });
});

describe("the CLI's files", () => {
  const dir = mkdtempSync(join(tmpdir(), 'scorecard-out-'));
  const input = join(dir, 'mini.xlsx');
  beforeAll(async () => {
    await miniWorkbook().xlsx.writeFile(input);
  });

  test('-o naming the input file is refused (exit 2) and the input is not touched', async () => {
    const before = readFileSync(input);
    for (const output of [input, join(dir, '.', 'sub', '..', 'mini.xlsx')]) {
      const run = await cli(['recalc', input, '-o', output]);
      expect(run.code).toBe(EXIT.usage);
      expect(run.err.join('\n')).toMatch(/is the input file itself.*add --in-place/);
      expect(run.out).toEqual([]);
    }
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  test('--in-place writes the output sheets into the input, with no file left beside it', async () => {
    const sub = mkdtempSync(join(dir, 'inplace-'));
    const copy = join(sub, 'mine.xlsx');
    copyFileSync(input, copy);
    const run = await cli(['recalc', copy, '--in-place']);
    expect(run.code).toBe(EXIT.ok);
    expect(run.out.join('\n')).toContain(`Written: ${copy}`);
    expect(readdirSync(sub)).toEqual(['mine.xlsx']);
    expect(readFileSync(copy).equals(readFileSync(input))).toBe(false);
    expect((await cli(['recalc', copy, '--in-place', '-o', join(sub, 'other.xlsx')])).code).toBe(EXIT.usage);
  });

  test('--in-place on a link writes the workbook it points at, and the link stays a link', async () => {
    const sub = mkdtempSync(join(dir, 'linked-'));
    const real = join(sub, 'shared.xlsx');
    const link = join(sub, 'link.xlsx');
    copyFileSync(input, real);
    symlinkSync(real, link);
    const run = await cli(['recalc', link, '--in-place']);
    expect(run.code).toBe(EXIT.ok);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(real).equals(readFileSync(input))).toBe(false);
    expect(readdirSync(sub).sort()).toEqual(['link.xlsx', 'shared.xlsx']);
  });

  test('an existing read-only output is not replaced', async () => {
    const output = join(dir, 'locked.xlsx');
    writeFileSync(output, 'an earlier scorecard');
    chmodSync(output, 0o444);
    const run = await cli(['recalc', input, '-o', output]);
    expect(run.code).toBe(EXIT.fileProblem);
    expect(run.err.join('\n')).toMatch(/is read-only, so it was not replaced/);
    expect(run.out).toEqual([]);
    expect(readFileSync(output, 'utf8')).toBe('an earlier scorecard');
    chmodSync(output, 0o644);
  });

  test('a missing output folder is made, and the run says so', async () => {
    const output = join(dir, 'new', 'folder', 'out.xlsx');
    const run = await cli(['recalc', input, '-o', output]);
    expect(run.code).toBe(EXIT.ok);
    expect(run.out.join('\n')).toContain(`Written: ${output} (made the folder ${join(dir, 'new')})`);
    expect(existsSync(output)).toBe(true);
  });

  test('an output that is a folder, or not .xlsx, is refused before any work', async () => {
    mkdirSync(join(dir, 'folder.xlsx'));
    expect(await cli(['recalc', input, '-o', join(dir, 'folder.xlsx')])).toMatchObject({
      code: EXIT.fileProblem,
      err: [expect.stringMatching(/is a folder/)],
    });
    expect(await cli(['recalc', input, '-o', join(dir, 'out.csv')])).toMatchObject({
      code: EXIT.usage,
      err: [expect.stringMatching(/must be an \.xlsx file/)],
    });
  });

  test('a save that fails prints no counts, and leaves no temporary file or new folder behind', async () => {
    // The write of the finished file (piece by piece into the temporary file): fail it halfway, as a full disk would.
    const fs = require('fs') as typeof import('fs');
    const [realOpen, realWrite] = [fs.openSync, fs.writeSync];
    const temporary = new Set<number>();
    const open = jest.spyOn(fs, 'openSync').mockImplementation((path, flags, mode) => {
      const fd = realOpen(path, flags, mode);
      if (String(path).endsWith('.tmp')) temporary.add(fd);
      return fd;
    });
    let pieces = 0;
    const write = jest.spyOn(fs, 'writeSync').mockImplementation(((fd: number, ...rest: never[]) => {
      if (temporary.has(fd) && ++pieces > 3) throw new Error('ENOSPC: no space left on device');
      return (realWrite as (fd: number, ...rest: never[]) => number)(fd, ...rest);
    }) as typeof fs.writeSync);
    try {
      const sub = mkdtempSync(join(dir, 'fail-'));
      const run = await cli(['recalc', input, '-o', join(sub, 'new', 'out.xlsx')]);
      expect(run.code).toBe(EXIT.fileProblem);
      expect(run.out).toEqual([]);
      expect(run.err).toEqual([expect.stringMatching(/^Could not write .*out\.xlsx: ENOSPC/)]);
      expect(readdirSync(sub)).toEqual([]);
      expect(pieces).toBeGreaterThan(3);
    } finally {
      write.mockRestore();
      open.mockRestore();
    }
  });

  test('an output folder that cannot be made is reported, with nothing printed as done', async () => {
    writeFileSync(join(dir, 'blocker'), '');
    const run = await cli(['recalc', input, '-o', join(dir, 'blocker', 'out.xlsx')]);
    expect(run.code).toBe(EXIT.fileProblem);
    expect(run.out).toEqual([]);
    expect(run.err).toEqual([expect.stringMatching(/^Could not create the folder .*blocker/)]);
  });
});
