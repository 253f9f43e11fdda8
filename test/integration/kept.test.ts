/**
 * What people wrote is kept: an edited narrative survives reruns, changed data and a renamed
 * summary sheet until the analyst asks for the new draft; the run log keeps every earlier row.
 */
import { recalculate } from '../../src/app/recalculate';
import { BASELINE, describeIssue, fingerprint, SCENARIO_SHEET } from '../../src/engine';
import { buildKentWorkbook } from '../../src/example/kentExample';
import { ExcelJsGateway } from '../../src/gateways/exceljs';
import { ScorecardService } from '../../src/session/service';
import { Store } from '../../src/session/store';
import {
  COMMENTARY_HEADING,
  COMMENTARY_PROMPT,
  DATA_NOTES_HEADING,
  NARRATIVE_HEADING,
  NARRATIVE_HINT,
  NEW_DRAFT_HEADING,
  RUN_LOG_HEADERS,
} from '../../src/plan';
import type { ExcelTestHost } from '../helpers/office';
import type { SheetState } from '../fakes/excel/document';
import { writeAndReload } from '../helpers/kent';
import { hostFor, recalcOnHost } from '../helpers/office';
import { itemAt } from '../helpers/at';

const at = (day: number) => () => new Date(2017, 4, day, 9, 30);

/** Column A of a fake sheet, top to bottom, as text. */
function columnA(sheet: SheetState): string[] {
  const bottom = sheet.usedBox()?.bottom ?? 0;
  return Array.from({ length: bottom }, (_, i) => String(sheet.cell(i + 1, 1)?.value ?? ''));
}

function narrativeOf(sheet: SheetState): { rows: string[]; start: number } {
  const column = columnA(sheet);
  const start = column.indexOf(NARRATIVE_HEADING) + 1;
  const end = column.findIndex((t, i) => i >= start && t === '');
  return { rows: column.slice(start, end === -1 ? undefined : end), start: start + 1 };
}

function runLog(host: ExcelTestHost): Record<string, unknown>[] {
  const sheet = host.doc.sheet('Run log')!;
  const rows = sheet.usedBox()!.bottom;
  return Array.from({ length: rows - 1 }, (_, r) =>
    Object.fromEntries(RUN_LOG_HEADERS.map((h, c) => [h, sheet.cell(r + 2, c + 1)?.value ?? null])),
  );
}

describe('the narrative an analyst edited', () => {
  async function editedKent() {
    const host = hostFor(buildKentWorkbook());
    await recalcOnHost(host, { now: at(2) });
    const summary = host.doc.sheet('Summary')!;
    const { start } = narrativeOf(summary);
    summary.edit(start, 1).value = 'Members are asked to note a difficult month for timeliness.';
    return { host, start };
  }

  test('is kept through three reruns with changed data and a renamed sheet, with the new draft below it', async () => {
    const { host } = await editedKent();
    const countyFigures = host.doc.sheet('County figures')!;
    for (const [i, numerator] of [14500, 14700, 14894].entries()) {
      countyFigures.edit(6, 3).value = numerator;
      if (i === 1) host.doc.sheet('Summary')!.name = 'Summary (April)';
      const outcome = await recalcOnHost(host, { now: at(3 + i) });
      expect(outcome.ok).toBe(true);
      const warning = outcome.issues.find((x) => x.code === 'narrative-edited')!;
      expect(describeIssue(warning)).toContain('was edited since the add-in drafted it, so your text was kept');
      const summary = host.doc.sheet(i >= 1 ? 'Summary (April)' : 'Summary')!;
      const { rows, start } = narrativeOf(summary);
      expect(warning.at).toEqual({ sheet: summary.name, cell: `A${start}` });
      expect(rows[0]).toBe('Members are asked to note a difficult month for timeliness.');
      expect(columnA(summary)).toContain(NEW_DRAFT_HEADING);
      expect(outcome.ok && outcome.narrative[0]).toBe('Members are asked to note a difficult month for timeliness.');
    }
  });

  test('is replaced by the new draft only when the analyst asks, and then follows the figures again', async () => {
    const { host } = await editedKent();
    const replaced = await recalcOnHost(host, { now: at(3), replaceNarrative: true });
    expect(replaced.issues.map((i) => i.code)).not.toContain('narrative-edited');
    const summary = host.doc.sheet('Summary')!;
    expect(narrativeOf(summary).rows).toEqual(replaced.ok && replaced.narrative);
    expect(columnA(summary)).not.toContain(NEW_DRAFT_HEADING);
    // Not edited since: the next run with changed figures redrafts it without a warning.
    host.doc.sheet('Catalogue')!.edit(3, 8).value = 0.95;
    const next = await recalcOnHost(host, { now: at(4) });
    expect(next.issues.map((i) => i.code)).not.toContain('narrative-edited');
    expect(narrativeOf(summary).rows[2]).toBe('• 18 are rated Green – target achieved or exceeded');
  });

  test('cleared entirely, it is simply drafted again', async () => {
    const host = hostFor(buildKentWorkbook());
    await recalcOnHost(host, { now: at(2) });
    const summary = host.doc.sheet('Summary')!;
    const { rows, start } = narrativeOf(summary);
    rows.forEach((_, i) => (summary.edit(start + i, 1).value = null));
    const outcome = await recalcOnHost(host, { now: at(3) });
    expect(outcome.issues.map((i) => i.code)).not.toContain('narrative-edited');
    expect(narrativeOf(summary).rows).toEqual(rows);
  });
});

test('saved scenarios survive reruns, changed data and renamed output sheets untouched', async () => {
  const host = hostFor(buildKentWorkbook());
  const service = new ScorecardService(host.run, new Store());
  await service.recalculate('recalculate');
  await service.saveScenario('Stretch', new Map([['2', { target: 0.916 }]]));
  const before = JSON.stringify([...host.doc.sheet(SCENARIO_SHEET)!.cells]);
  host.doc.sheet('County figures')!.edit(6, 3).value = 14000;
  host.doc.sheet('Scorecard')!.name = 'Scorecard (Apr)';
  for (const day of [3, 4, 5]) expect((await recalcOnHost(host, { now: at(day) })).ok).toBe(true);
  expect(JSON.stringify([...host.doc.sheet(SCENARIO_SHEET)!.cells])).toBe(before);
  expect((await service.loadScenarios()).map((s) => s.name)).toEqual([BASELINE, 'Stretch']);
});

describe('exception page commentary', () => {
  /** Rows of column A from an indicator's page heading to its Data Notes heading. */
  function pageOf(sheet: SheetState, id: string): { commentaryRow: number; texts: string[] } {
    const column = columnA(sheet);
    const start = column.findIndex((t) => t.startsWith(`Indicator ${id}: `));
    const commentary = column.indexOf(COMMENTARY_HEADING, start);
    const notes = column.indexOf(DATA_NOTES_HEADING, start);
    return { commentaryRow: commentary + 2, texts: column.slice(commentary + 1, notes).filter(Boolean) };
  }

  test('the 5 Red indicators get a page with trend, commentary box and data notes', async () => {
    const host = hostFor(buildKentWorkbook());
    await recalcOnHost(host);
    const sheet = host.doc.sheet('Exceptions')!;
    const headings = columnA(sheet).filter((t) => /^Indicator \d+: /.test(t));
    expect(headings.map((h) => h.split(':')[0])).toEqual([
      'Indicator 6',
      'Indicator 8',
      'Indicator 20',
      'Indicator 27',
      'Indicator 42',
    ]);
    expect(columnA(sheet)).toContain('Target: 85% (RAG Bandings: Below 75% = Red, 75% to 85% = Amber, 85% and above = Green)');
    expect(pageOf(sheet, '6').texts).toEqual([]);
  });

  test('typed commentary is unchanged after three recalculations with changed data and a renamed sheet', async () => {
    const host = hostFor(buildKentWorkbook());
    await recalcOnHost(host);
    const words = [
      'During April there were a significant number of unallocated cases, the majority of which (58) were due to the restructuring.',
      "The remaining 15 unallocated cases were within Specialist Children's Services teams.",
    ];
    let sheet = host.doc.sheet('Exceptions')!;
    const { commentaryRow } = pageOf(sheet, '6');
    sheet.edit(commentaryRow, 1).value = `${words[0]}\n${words[1]}`;
    const figures = host.doc.sheet('County figures')!;
    for (const [i, unallocated] of [60, 45, 5].entries()) {
      figures.edit(10, 3).value = unallocated;
      if (i === 1) sheet.name = 'Exceptions (April)';
      const outcome = await recalcOnHost(host, { now: at(3 + i) });
      expect(outcome.ok).toBe(true);
      sheet = host.doc.sheet(i >= 1 ? 'Exceptions (April)' : 'Exceptions')!;
      expect(pageOf(sheet, '6').texts).toEqual([`${words[0]}\n${words[1]}`]);
    }
    // 5 unallocated cases is Amber, not Red: the page stays because it holds commentary.
    expect(columnA(sheet).some((t) => t.startsWith('Indicator 6: '))).toBe(true);
    expect(pageOf(sheet, '8').texts).toEqual([]);
  });
});

describe("text typed over the pages' own prompts (tester's finding 11) is kept", () => {
  test('commentary typed over "Write here…" beside the Commentary heading becomes the page\'s commentary', async () => {
    const host = hostFor(buildKentWorkbook());
    await recalcOnHost(host);
    const sheet = host.doc.sheet('Exceptions')!;
    const column = columnA(sheet);
    const heading =
      column.indexOf(
        COMMENTARY_HEADING,
        column.findIndex((t) => t.startsWith('Indicator 6: ')),
      ) + 1;
    expect(sheet.cell(heading, 2)?.value).toBe(COMMENTARY_PROMPT);
    sheet.edit(heading, 2).value = 'Most unallocated cases were due to the restructuring.';
    expect((await recalcOnHost(host, { now: at(3) })).ok).toBe(true);
    const after = host.doc.sheet('Exceptions')!;
    const again = columnA(after);
    const start = again.findIndex((t) => t.startsWith('Indicator 6: '));
    const commentary = again.indexOf(COMMENTARY_HEADING, start);
    const notes = again.indexOf(DATA_NOTES_HEADING, start);
    expect(again.slice(commentary + 1, notes).filter(Boolean)).toEqual(['Most unallocated cases were due to the restructuring.']);
    expect(after.cell(commentary + 1, 2)?.value).toBe(COMMENTARY_PROMPT);
  });

  test("a narrative typed over the hint beside the Narrative heading is kept as the narrative's first paragraph", async () => {
    const host = hostFor(buildKentWorkbook());
    await recalcOnHost(host);
    const summary = host.doc.sheet('Summary')!;
    const heading = columnA(summary).indexOf(NARRATIVE_HEADING) + 1;
    expect(summary.cell(heading, 2)?.value).toBe(NARRATIVE_HINT);
    summary.edit(heading, 2).value = 'Members are asked to note a difficult month.';
    const outcome = await recalcOnHost(host, { now: at(3) });
    expect(outcome.ok && outcome.narrative[0]).toBe('Members are asked to note a difficult month.');
    expect(narrativeOf(host.doc.sheet('Summary')!).rows[0]).toBe('Members are asked to note a difficult month.');
  });
});

describe('the run log', () => {
  test('each recalculation appends when, who, the month, a catalogue fingerprint and the counts', async () => {
    const host = hostFor(buildKentWorkbook());
    host.doc.lastAuthor = 'A. Analyst';
    await recalcOnHost(host, { now: at(2) });
    host.doc.sheet('Catalogue')!.edit(3, 8).value = 0.95;
    await recalcOnHost(host, { now: at(3) });
    await recalcOnHost(host, { now: at(4), checkOnly: true });
    const log = runLog(host);
    expect(log).toHaveLength(2);
    expect(log.map((r) => [r.By, r.Area, r.Indicators, r.Green, r.Amber, r.Red])).toEqual([
      ['A. Analyst', 'Kent', 43, 19, 19, 5],
      ['A. Analyst', 'Kent', 43, 18, 20, 5],
    ]);
    // 2 and 3 May 2017, 09:30, as Excel date-times; April 2017 as its month end.
    expect(log.map((r) => Number(r['Recalculated at']).toFixed(4))).toEqual(['42857.3958', '42858.3958']);
    expect(log.map((r) => r['Reporting month'])).toEqual([42855, 42855]);
    expect(itemAt(log, 0)['Catalogue fingerprint']).not.toBe(itemAt(log, 1)['Catalogue fingerprint']);
    expect(itemAt(log, 1)['Narrative fingerprint']).toBe(fingerprint(narrativeOf(host.doc.sheet('Summary')!).rows.join('\n')));
  });

  test('through the file gateway, the CLI user and every earlier row are kept across saves', async () => {
    let wb = buildKentWorkbook();
    for (const day of [2, 3, 4]) {
      const outcome = await recalculate(new ExcelJsGateway(wb), { now: at(day), user: 'scheduled job' });
      expect(outcome.ok).toBe(true);
      wb = (await writeAndReload(wb)).written;
    }
    const sheet = wb.getWorksheet('Run log')!;
    expect(sheet.getRow(1).getCell(1).value).toBe('Recalculated at');
    expect([2, 3, 4].map((r) => sheet.getRow(r).getCell(2).value)).toEqual(['scheduled job', 'scheduled job', 'scheduled job']);
    expect(sheet.actualRowCount).toBe(4);
  });
});

describe('text people spaced out with blank lines', () => {
  test('a narrative edited with a blank line between paragraphs keeps every paragraph and the blank line', async () => {
    const host = hostFor(buildKentWorkbook());
    await recalcOnHost(host, { now: at(2) });
    const summary = host.doc.sheet('Summary')!;
    const { start } = narrativeOf(summary);
    summary.edit(start, 1).value = 'First paragraph of our own.';
    summary.edit(start + 1, 1).value = null;
    summary.edit(start + 2, 1).value = 'Second paragraph, after a blank line.';
    const outcome = await recalcOnHost(host, { now: at(3) });
    expect(outcome.ok).toBe(true);
    const column = columnA(host.doc.sheet('Summary')!);
    expect(column.slice(start - 1, start + 2)).toEqual([
      'First paragraph of our own.',
      '',
      'Second paragraph, after a blank line.',
    ]);
    expect(outcome.ok && outcome.narrative.slice(0, 3)).toEqual([
      'First paragraph of our own.',
      '',
      'Second paragraph, after a blank line.',
    ]);
  });
});
