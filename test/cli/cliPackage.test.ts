/**
 * The CLI's file path writes only the output sheets into the workbook's own package. Reran on
 * its own output, with the large data sheet read from its XML: the analyst's parts stay the
 * very same bytes, output sheets are replaced (not added again), the styles and parts do not
 * pile up, and each run's counts are the same.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { recalculate } from '../../src/app/recalculate';
import { buildKentWorkbook } from '../../src/example/kentExample';
import { FileGateway } from '../../src/gateways/exceljs/fileGateway';
import { XlsxPackage } from '../../src/gateways/exceljs/xlsxPackage';
import { expectInputPartsUnchanged } from '../helpers/packageParts';

const dir = mkdtempSync(join(tmpdir(), 'scorecard-package-'));
const at = () => new Date(2017, 4, 2, 9, 30);

/** How many cell formats styles.xml holds. */
function cellFormats(bytes: Buffer): number {
  const pkg = XlsxPackage.fromBytes(bytes);
  const xml = pkg.text(pkg.workbookPart('styles') ?? '');
  return Number(/<cellXfs count="(\d+)"/.exec(xml)?.[1]);
}

async function run(input: string, output: string): Promise<string> {
  const gateway = await FileGateway.fromFile(input);
  const outcome = await recalculate(gateway, { now: at });
  if (!outcome.ok) throw new Error('the run failed');
  writeFileSync(output, await gateway.toBuffer());
  return JSON.stringify(outcome.summary);
}

test('three runs on their own output: input parts untouched, output replaced, nothing piles up', async () => {
  const input = join(dir, 'kent.xlsx');
  await buildKentWorkbook().xlsx.writeFile(input);
  const outputs = [1, 2, 3].map((n) => join(dir, `run${n}.xlsx`));
  const counts = [await run(input, outputs[0]!), await run(outputs[0]!, outputs[1]!), await run(outputs[1]!, outputs[2]!)];
  expect(new Set(counts).size).toBe(1);
  const [first, second, third] = outputs.map((o) => readFileSync(o));
  expectInputPartsUnchanged(readFileSync(input), first!);
  expectInputPartsUnchanged(first!, second!);
  const parts = (b: Buffer) => [...XlsxPackage.fromBytes(b).entries.keys()].sort();
  expect(parts(third!)).toEqual(parts(second!));
  expect(parts(second!)).toEqual(parts(first!));
  expect(cellFormats(third!)).toBe(cellFormats(second!));
  expect(XlsxPackage.fromBytes(third!).sheets.map((s) => s.name)).toEqual(
    XlsxPackage.fromBytes(first!).sheets.map((s) => s.name),
  );
  // The output written twice over is the same, byte for byte, but for the run log's new row.
  const sheetXml = (b: Buffer, name: string) => {
    const pkg = XlsxPackage.fromBytes(b);
    return pkg.text(pkg.sheets.find((s) => s.name === name)!.path);
  };
  expect(sheetXml(third!, 'Scorecard')).toBe(sheetXml(second!, 'Scorecard'));
  // Print titles are scoped to their own sheet, by its place in the merged workbook.
  const pkg = XlsxPackage.fromBytes(third!);
  const titles = [
    ...pkg.text(pkg.workbookPath).matchAll(/<definedName name="_xlnm.Print_Titles" localSheetId="(\d+)">([^<]*)</g),
  ];
  expect(titles.length).toBeGreaterThan(0);
  for (const [, index, formula] of titles) {
    const sheet = pkg.sheets[Number(index)]?.name ?? '';
    expect(formula?.replace(/&apos;/g, "'").replace(/'/g, '')).toMatch(new RegExp(`^${sheet}!`));
  }
}, 60_000);
