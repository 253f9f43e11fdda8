/**
 * Repro 40: a note typed by hand in the Scorecard's Notes column is kept on rerun, through the
 * file gateway and through Office.js, and a note with nowhere to go stops the run at its cell.
 */
import type ExcelJS from 'exceljs';
import { recalculate } from '../../../src/app/recalculate';
import type { RecalcOutcome } from '../../../src/app/recalculate';
import { ExcelJsGateway } from '../../../src/gateways/exceljs';
import { RUN_LOG_HEADERS } from '../../../src/plan';
import { ANALYST_NOTE_MARK, analystPart } from '../../../src/plan/keptNotes';
import { writeAndReload } from '../../helpers/kent';
import { catalogueRow, miniWorkbook } from '../../helpers/miniWorkbook';
import { hostFor, recalcOnHost } from '../../helpers/office';

const NOTE = 'Checked with the team: visits were late because of staff sickness.';
const twoIndicators = () =>
  miniWorkbook({
    catalogue: [catalogueRow(), catalogueRow({ ID: 2, Indicator: 'Second indicator' }, 3)],
    figures: [
      ['CP visits', 180, 200],
      ['Second', 170, 200],
    ],
  });

/** Row and column of the Notes cell of indicator `id` on the file's Scorecard sheet. */
function notesCell(wb: ExcelJS.Workbook, id: number): ExcelJS.Cell {
  const sheet = wb.getWorksheet('Scorecard')!;
  let header = 0;
  let notes = 0;
  let row = 0;
  sheet.eachRow((r, n) => {
    r.eachCell((c, col) => {
      if (c.value === 'Notes' && !header) [header, notes] = [n, col];
    });
    if (header && n > header && r.getCell(1).value === id && !row) row = n;
  });
  return sheet.getCell(row, notes);
}

async function runFile(wb: ExcelJS.Workbook, day: number): Promise<{ outcome: RecalcOutcome; wb: ExcelJS.Workbook }> {
  const outcome = await recalculate(new ExcelJsGateway(wb), { now: () => new Date(2017, 4, day) });
  return { outcome, wb: (await writeAndReload(wb)).written };
}

describe('a note typed in the Scorecard Notes column (file gateway)', () => {
  test('is carried into the new Notes cell of the same indicator, marked, and once only over two reruns', async () => {
    let { wb } = await runFile(twoIndicators(), 2);
    notesCell(wb, 1).value = NOTE;
    const second = await runFile(wb, 3);
    expect(second.outcome.ok).toBe(true);
    const notice = second.outcome.issues.find((i) => i.code === 'notes-kept');
    expect(notice).toMatchObject({ severity: 'warning', at: { sheet: 'Scorecard' } });
    expect(notice?.message).not.toContain('may be an earlier one');
    expect(String(notesCell(second.wb, 1).value)).toContain(`${ANALYST_NOTE_MARK}${NOTE}`);
    const third = await runFile(second.wb, 4);
    expect(third.outcome.issues.filter((i) => i.code === 'notes-kept')).toEqual([]);
    wb = third.wb;
    const text = String(notesCell(wb, 1).value);
    expect(text.split(ANALYST_NOTE_MARK)).toHaveLength(2);
    expect(text.endsWith(NOTE)).toBe(true);
    expect(notesCell(wb, 2).value ?? null).toBeNull();
  });

  test('with a run log from before notes were fingerprinted (repro 40), a differing note is kept and the warning says why', async () => {
    const { wb } = await runFile(twoIndicators(), 2);
    const log = wb.getWorksheet('Run log')!;
    log.getCell(2, RUN_LOG_HEADERS.indexOf('Notes fingerprints') + 1).value = null;
    notesCell(wb, 2).value = NOTE;
    const rerun = await runFile(wb, 3);
    expect(rerun.outcome.issues.find((i) => i.code === 'notes-kept')?.message).toContain('may be an earlier one');
    expect(String(notesCell(rerun.wb, 2).value)).toBe(`${ANALYST_NOTE_MARK}${NOTE}`);
  });

  test('a note on the row of an indicator taken out of the catalogue stops the run at its cell, writing nothing', async () => {
    const { wb } = await runFile(twoIndicators(), 2);
    const cell = notesCell(wb, 2);
    cell.value = NOTE;
    const catalogue = wb.getWorksheet('Catalogue')!;
    catalogue.getCell(3, 1).value = 3; // indicator 2 is now 3: 2 is no longer on the scorecard
    const outcome = await recalculate(new ExcelJsGateway(wb), { now: () => new Date(2017, 4, 3) });
    expect(outcome.ok).toBe(false);
    expect(outcome.issues.find((i) => i.code === 'note-no-indicator')).toMatchObject({
      severity: 'error',
      at: { sheet: 'Scorecard', cell: cell.address },
    });
    expect(cell.value).toBe(NOTE);
  });
});

test('through Office.js, the typed note is kept on rerun too', async () => {
  const host = hostFor(twoIndicators());
  expect((await recalcOnHost(host, { now: () => new Date(2017, 4, 2) })).ok).toBe(true);
  const sheet = host.doc.sheet('Scorecard')!;
  const bottom = sheet.usedBox()!.bottom;
  const header = Array.from({ length: bottom }, (_, r) => r + 1).find((r) => sheet.cell(r, 1)?.value === 'ID')!;
  const notesColumn = Array.from({ length: 30 }, (_, c) => c + 1).find((c) => sheet.cell(header, c)?.value === 'Notes')!;
  const row = Array.from({ length: bottom }, (_, r) => r + 1).find((r) => r > header && sheet.cell(r, 1)?.value === 1)!;
  sheet.edit(row, notesColumn).value = NOTE;
  const outcome = await recalcOnHost(host, { now: () => new Date(2017, 4, 3) });
  expect(outcome.ok).toBe(true);
  expect(String(host.doc.sheet('Scorecard')!.cell(row, notesColumn)?.value)).toContain(`${ANALYST_NOTE_MARK}${NOTE}`);
});

test("analystPart: the add-in's part is dropped, the analyst's kept, an edited add-in note kept whole", () => {
  const ours = (t: string) => t === 'Quarter Q4.';
  expect(analystPart('Quarter Q4.', ours)).toBeUndefined();
  expect(analystPart(`Quarter Q4.\n${ANALYST_NOTE_MARK}mine`, ours)).toBe('mine');
  expect(analystPart(`Quarter Q4 (late).\n${ANALYST_NOTE_MARK}mine`, ours)).toBe('Quarter Q4 (late). mine');
  expect(analystPart('my own words', ours)).toBe('my own words');
});
