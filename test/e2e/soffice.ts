import { execFileSync } from 'child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { pathToFileURL } from 'url';

/** Where e2e checks keep what a person may want to look at (PNG pages, converted CSV). */
export const TEST_OUTPUT = join(__dirname, '..', '..', 'test-output');

const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));

/**
 * LibreOffice keeps the results saved in an .xlsx unless told to recalculate on load; our
 * checks want its own answers, so the private profile says "always recalculate".
 */
mkdirSync(join(profile, 'user'), { recursive: true });
writeFileSync(
  join(profile, 'user', 'registrymodifications.xcu'),
  `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
);

/** Runs LibreOffice headless with a private profile, so parallel or stale instances do not interfere. */
export function soffice(args: string[], cwd: string): void {
  execFileSync('soffice', [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', ...args], {
    cwd,
    stdio: 'pipe',
    timeout: 150000,
  });
}

/** Every sheet as CSV, cells as shown (formatted), UTF-8. Returns sheet name -> file path. */
export function convertToCsv(xlsx: string, outDir: string): Map<string, string> {
  mkdirSync(outDir, { recursive: true });
  soffice(
    ['--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1', '--outdir', outDir, xlsx],
    outDir,
  );
  const base = xlsx
    .split('/')
    .pop()!
    .replace(/\.xlsx$/, '');
  const files = new Map<string, string>();
  for (const file of readdirSync(outDir)) {
    if (file.startsWith(`${base}-`) && file.endsWith('.csv')) files.set(file.slice(base.length + 1, -4), join(outDir, file));
  }
  return files;
}

export function convertToPdf(xlsx: string, outDir: string): string {
  mkdirSync(outDir, { recursive: true });
  soffice(['--convert-to', 'pdf', '--outdir', outDir, xlsx], outDir);
  return join(
    outDir,
    xlsx
      .split('/')
      .pop()!
      .replace(/\.xlsx$/, '.pdf'),
  );
}

/** The 1-based page numbers of a PDF whose text contains `needle`. */
export function pagesContaining(pdf: string, needle: string): number[] {
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  return text
    .split('\f')
    .map((page, i) => (page.includes(needle) ? i + 1 : 0))
    .filter(Boolean);
}

export function pageToPng(pdf: string, page: number, outPrefix: string): string {
  execFileSync('pdftoppm', ['-png', '-r', '110', '-f', String(page), '-l', String(page), '-singlefile', pdf, outPrefix]);
  return `${outPrefix}.png`;
}
