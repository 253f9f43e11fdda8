import { parse } from 'csv-parse/sync';
import { existsSync, readFileSync, rmSync, statSync } from 'fs';
import { join } from 'path';
import { EXIT, main } from '../../src/cli/main';
import { referenceScorecard } from '../helpers/reference';
import { convertToCsv, convertToPdf, pagesContaining, pageToPng, TEST_OUTPUT } from './soffice';

/**
 * LibreOffice, an independent spreadsheet program, opens the written workbook and shows
 * what a manager would see. Its rendering of every county row must match the publication.
 */
const dir = join(TEST_OUTPUT, 'libreoffice');
const output = join(dir, 'kent-2017-04-scorecard.xlsx');
let sheets: Map<string, string>;

beforeAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  const code = await main(['demo', '--out-dir', dir], { out: () => undefined, err: (l) => console.error(l) });
  expect(code).toBe(EXIT.ok);
  sheets = convertToCsv(output, join(dir, 'csv'));
});

function rows(sheet: string): string[][] {
  const file = sheets.get(sheet);
  if (!file) throw new Error(`LibreOffice wrote no CSV for sheet ${sheet}; it wrote ${[...sheets.keys()].join(', ')}`);
  return parse(readFileSync(file, 'utf8'), { relax_column_count: true }) as string[][];
}

/** Same exceptions as the jest reference test: arrows the domain notes call publication errors. */
const PUBLICATION_ERRORS: Record<string, { month?: string; year?: string }> = { '11': { month: '→' }, '8': { year: '↑' } };

test('LibreOffice shows every county row as published', () => {
  const shown = new Map(
    rows('Scorecard')
      .filter((r) => /^\d+$/.test(r[0]))
      .map((r) => [r[0], r]),
  );
  const reference = referenceScorecard();
  expect(shown.size).toBe(reference.length);
  for (const ref of reference) {
    const r = shown.get(ref.id)!;
    const fixes = PUBLICATION_ERRORS[ref.id] ?? {};
    expect({ id: ref.id, cells: [r[4], r[5], r[8], r[9], r[10], r[11], r[12], r[13], r[14]] }).toEqual({
      id: ref.id,
      cells: [
        ref.result,
        ref.rag,
        ref.target,
        ref.result_1_month_ago,
        fixes.month ?? ref.dot_1_month_ago,
        ref.result_1_year_ago || '-',
        fixes.year ?? (ref.dot_1_year_ago || '-'),
        ref.rolling_3_months_result,
        ref.rolling_3_months_rag,
      ],
    });
  }
});

test('LibreOffice shows the summary counts 19 Green, 19 Amber, 5 Red', () => {
  const total = rows('Summary').find((r) => r[0] === 'Total');
  expect(total?.slice(0, 6)).toEqual(['Total', '43', '19', '19', '5', '0']);
});

test('the scorecard page renders to PDF and a PNG is kept for a person to look at', () => {
  const pdf = convertToPdf(output, join(dir, 'pdf'));
  const [page] = pagesContaining(pdf, 'Scorecard - Kent');
  expect(page).toBeGreaterThan(0);
  const png = pageToPng(pdf, page, join(TEST_OUTPUT, 'scorecard-libreoffice'));
  expect(existsSync(png) && statSync(png).size).toBeGreaterThan(20000);
});
