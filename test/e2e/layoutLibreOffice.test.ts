import { execFileSync } from 'child_process';
import { rmSync } from 'fs';
import { join } from 'path';
import { EXIT, main } from '../../src/cli/main';
import { RUN_LOG_HEADERS } from '../../src/plan/previousOutput';
import { referenceImpact, referenceScorecard } from '../helpers/reference';
import { convertToPdf, pageToPng, TEST_OUTPUT } from './soffice';

/**
 * Nothing clipped, as LibreOffice prints it. LibreOffice draws only what fits in a cell, so a
 * clipped name comes out of pdftotext cut ("Numbers of Un"); these checks look for the whole
 * names and headers where the sheets put them. PNGs of the pages are kept for a person to look at.
 */
const dir = join(TEST_OUTPUT, 'layout');
let pages: string[] = [];
let pdf = '';

beforeAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  const code = await main(['demo', '--out-dir', dir], { out: () => undefined, err: (l) => console.error(l) });
  expect(code).toBe(EXIT.ok);
  pdf = convertToPdf(join(dir, 'kent-2017-04-scorecard.xlsx'), join(dir, 'pdf'));
  pages = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f');
});

/** The printed pages of the sheet whose title (its first line) starts with `title`, as lines. */
function sheetLines(title: string): string[] {
  const found = pages.filter((page) => page.trimStart().startsWith(title));
  if (found.length === 0) throw new Error(`No printed page starts with "${title}"`);
  return found.flatMap((page) => page.split('\n'));
}

const tokens = (lines: string[]): Set<string> => new Set(lines.join(' ').split(/\s+/).filter(Boolean));

test('the Summary shows each RAG change with its whole indicator name, ID, from and to', () => {
  const lines = sheetLines('Summary - Kent');
  // The RAG changes of April 2017 (README), with the published names.
  const changes: [string, string, string][] = [
    ['3', 'Green', 'Amber'],
    ['6', 'Amber', 'Red'],
    ['14', 'Green', 'Amber'],
    ['42', 'Amber', 'Red'],
  ];
  for (const [id, from, to] of changes) {
    const r = referenceScorecard().find((row) => row.id === id)!;
    const name = r.indicator.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const line = new RegExp(`^${name}\\s+${id}\\s+${from}\\s+${to}$`);
    expect({ id: r.id, line: lines.find((l) => line.test(l.trim())) }).toEqual({ id: r.id, line: expect.any(String) });
  }
});

test('the Scorecard shows every indicator name whole, wrapped where it is long, and every header', () => {
  const lines = sheetLines('Scorecard - Kent');
  for (const r of referenceScorecard()) {
    const at = lines.findIndex((l) => new RegExp(`^\\s*${r.id}\\s+\\S`).test(l));
    expect(at).toBeGreaterThan(-1);
    // A wrapped name is centred on its row: its lines are the ID's line and those either side.
    const near = tokens(lines.slice(Math.max(0, at - 2), at + 3));
    const missing = r.indicator.split(/\s+/).filter((word) => !near.has(word));
    expect({ id: r.id, missing }).toEqual({ id: r.id, missing: [] });
  }
  const header = lines.findIndex((l) => l.includes('Latest result'));
  const shown = tokens(lines.slice(header, header + 5));
  for (const word of 'ID Indicator Polarity Data Period Result RAG Num Denom Target DoT SPC variation Assurance Notes'.split(' '))
    expect({ word, shown: shown.has(word) }).toEqual({ word, shown: true });
  expect(lines.join('\n')).toMatch(/1 month ago[\s\S]*1 year ago[\s\S]*Rolling 3 months/);
});

test('counts carry thousands separators, periods read in words with their code, and no counts is a dash apart from the RAG', () => {
  const text = sheetLines('Scorecard - Kent').join('\n');
  const unallocated = text.split('\n').find((l) => /^\s*6\s+Numbers of Unallocated Cases/.test(l))!;
  expect(unallocated).toMatch(/Snapshot \(SS\)\s+73\s+R\s+–\s+–/);
  expect(text).toMatch(/Rolling 12 months \(R12M\)/);
  expect(text).toMatch(/\b15,208\b/);
});

test('the Cohort impact sheet shows each indicator name whole', () => {
  const text = sheetLines('Scorecard - Impact of').join('\n');
  for (const name of new Set(referenceImpact().map((r) => r.indicator)))
    expect({ name, shown: text.includes(name) }).toEqual({ name, shown: true });
});

test('the run log header row shows every header whole, on its wrapped lines', () => {
  // The run log has no title: its page is the one whose header row says "Recalculated at".
  const page = pages.find((p) => /Recalculated at\s+By/.test(p));
  expect(page).toBeDefined();
  const lines = (page ?? '').split('\n');
  const header = lines.findIndex((l) => l.includes('Recalculated at'));
  const shown = tokens(lines.slice(Math.max(0, header - 2), header + 3));
  for (const word of RUN_LOG_HEADERS.flatMap((h) => h.split(' ')))
    expect({ word, shown: shown.has(word) }).toEqual({ word, shown: true });
});

test('a long scorecard prints with its header rows repeated on each page', () => {
  const scorecardPages = pages.filter((page) => page.trimStart().startsWith('Scorecard - Kent'));
  expect(scorecardPages.length).toBeGreaterThan(1);
  for (const page of scorecardPages) expect(page).toMatch(/Latest result[\s\S]*Indicator\s+Polarity/);
  const first = pages.indexOf(scorecardPages[0]!) + 1;
  pageToPng(pdf, first, join(TEST_OUTPUT, 'layout-scorecard-page1'));
  pageToPng(pdf, first + 1, join(TEST_OUTPUT, 'layout-scorecard-page2'));
});
