import type { CellLocation, RawCell, RawRange } from '../engine';
import { cellAddress, cellText, isErrorCell, serialOfDate } from '../engine';
import type { CellValue } from './types';

/** Headings that mark the narrative on the summary sheet, so a rerun finds what people edited. */
export const NARRATIVE_HEADING = 'Narrative';
export const NEW_DRAFT_HEADING = 'New draft (not used: the narrative above was edited, so it was kept)';
/** The hint beside the Narrative heading. */
export const NARRATIVE_HINT = 'Drafted from the figures at the last recalculation. Edit freely: edited text is kept.';

/** Headings of an exception page block: commentary is what lies between the two. */
export const COMMENTARY_HEADING = 'Commentary';
export const DATA_NOTES_HEADING = 'Data Notes';
/** The prompt beside the Commentary heading. */
export const COMMENTARY_PROMPT = 'Write here. This text is kept when the scorecard is recalculated.';

/** "Indicator 6: Numbers of Unallocated Cases", the first row of an exception page. */
export function exceptionHeading(id: string, name: string): string {
  return `Indicator ${id}: ${name}`;
}

/** The run log's columns; the first marks its header row. */
export const RUN_LOG_HEADERS = [
  'Recalculated at',
  'By',
  'Reporting month',
  'Area',
  'Indicators',
  'Green',
  'Amber',
  'Red',
  'No RAG',
  'Improved',
  'Same',
  'Worse',
  'Catalogue fingerprint',
  'Narrative fingerprint',
  'Notes fingerprints',
] as const;

/** What the earlier output holds that a rerun must keep or carry on. */
export interface PreviousOutput {
  /** The narrative as it stands on the summary sheet (perhaps edited), and where it starts. */
  narrative?: { paragraphs: string[]; at: CellLocation };
  /** Run log rows under the header, oldest first. */
  runLog: CellValue[][];
  /** Fingerprint of the narrative the add-in itself last put on the summary sheet. */
  lastNarrativeFingerprint?: string;
  /** The analyst's commentary on each exception page, by indicator ID, paragraph by paragraph. */
  commentary: Map<string, string[]>;
  /** The Notes cells of the earlier scorecard sheet that hold text, by indicator ID. */
  scorecardNotes?: Map<string, { text: string; at: CellLocation }>;
  /**
   * Fingerprints of the notes the add-in itself wrote there last time (keptNotes.ts); undefined
   * when the run log does not say (a log from before the column was added).
   */
  lastNotesFingerprints?: Set<string>;
}

function toCellValue(cell: RawCell, date1904: boolean): CellValue {
  if (cell === null || typeof cell === 'number' || typeof cell === 'string' || typeof cell === 'boolean') return cell;
  if (cell instanceof Date) return serialOfDate(cell, date1904);
  return isErrorCell(cell) ? cell.error : null;
}

function columnA(range: RawRange): { row: number; text: string; beside: string }[] {
  if (range.left !== 1) return [];
  return range.cells.map((cells, i) => ({
    row: range.top + i,
    text: cellText(cells[0] ?? null),
    beside: cellText(cells[1] ?? null),
  }));
}

/**
 * What was typed over a heading's prompt (column B of the heading row), which the page invited:
 * the first paragraph of what is kept. The prompt itself, or nothing, is no paragraph.
 */
function typedOverPrompt(beside: string, prompt: string): string[] {
  return beside && beside !== prompt ? [beside] : [];
}

/**
 * Rows of text as an analyst left them: blank rows between paragraphs are kept (as empty
 * paragraphs, so the spacing survives too), blank rows before the first and after the last are not.
 */
function trimBlankEnds(texts: string[]): string[] {
  const first = texts.findIndex((t) => t !== '');
  if (first === -1) return [];
  let last = texts.length - 1;
  while (texts[last] === '') last -= 1;
  return texts.slice(first, last + 1);
}

/**
 * The paragraphs under the Narrative heading: everything down to the new draft's heading, or to
 * the sheet's end, since the narrative is the summary sheet's last block. An analyst who left a
 * blank line between paragraphs keeps both.
 */
function readNarrative(summary: RawRange | undefined): PreviousOutput['narrative'] {
  if (!summary) return undefined;
  const rows = columnA(summary);
  const start = rows.findIndex((r) => r.text === NARRATIVE_HEADING);
  const heading = rows[start];
  if (!heading) return undefined;
  const below = rows.slice(start + 1);
  const end = below.findIndex((r) => r.text === NEW_DRAFT_HEADING);
  const paragraphs = trimBlankEnds([
    ...typedOverPrompt(heading.beside, NARRATIVE_HINT),
    ...below.slice(0, end === -1 ? undefined : end).map((r) => r.text),
  ]);
  return { paragraphs, at: { sheet: summary.sheet, cell: cellAddress(heading.row + 1, 1) } };
}

interface RunLogRead {
  rows: CellValue[][];
  lastNarrative?: string;
  lastNotes?: Set<string>;
}

function readRunLog(log: RawRange | undefined, date1904: boolean): RunLogRead {
  if (!log) return { rows: [] };
  const header = log.cells.findIndex((row) => cellText(row[0] ?? null) === RUN_LOG_HEADERS[0]);
  if (header === -1) return { rows: [] };
  const width = RUN_LOG_HEADERS.length;
  const rows = log.cells
    .slice(header + 1)
    .filter((row) => row.some((c) => cellText(c) !== ''))
    .map((row) => Array.from({ length: width }, (_, i) => toCellValue(row[i] ?? null, date1904)));
  const lastRow = rows[rows.length - 1] ?? [];
  const last = lastRow[RUN_LOG_HEADERS.indexOf('Narrative fingerprint')];
  const notes = lastRow[RUN_LOG_HEADERS.indexOf('Notes fingerprints')];
  return {
    rows,
    lastNarrative: typeof last === 'string' && last ? last : undefined,
    lastNotes: typeof notes === 'string' && notes ? new Set(notes.split(' ').filter((f) => f !== '-')) : undefined,
  };
}

/** The earlier scorecard's Notes cells with text, by the ID in column A of the same row. */
function readScorecardNotes(scorecard: RawRange | undefined): PreviousOutput['scorecardNotes'] {
  if (!scorecard || scorecard.left !== 1) return undefined;
  const header = scorecard.cells.findIndex(
    (row) => cellText(row[0] ?? null) === 'ID' && row.some((c) => cellText(c) === 'Notes'),
  );
  const headerRow = scorecard.cells[header];
  if (!headerRow) return undefined;
  const notesColumn = headerRow.findIndex((c) => cellText(c) === 'Notes');
  const notes = new Map<string, { text: string; at: CellLocation }>();
  scorecard.cells.slice(header + 1).forEach((row, i) => {
    const id = cellText(row[0] ?? null);
    const text = cellText(row[notesColumn] ?? null);
    if (!id || !text) return;
    notes.set(id, { text, at: { sheet: scorecard.sheet, cell: cellAddress(scorecard.top + header + 1 + i, notesColumn + 1) } });
  });
  return notes;
}

/** Each exception page's commentary: the rows between its two headings, blank lines between paragraphs kept. */
function readCommentary(exceptions: RawRange | undefined): Map<string, string[]> {
  const rows = new Map<string, string[]>();
  if (!exceptions) return rows;
  let id: string | undefined;
  let inside = false;
  for (const { text, beside } of columnA(exceptions)) {
    const heading = /^Indicator (.+?): /.exec(text);
    if (heading) [id, inside] = [heading[1], false];
    else if (text === COMMENTARY_HEADING) {
      inside = true;
      if (id) rows.set(id, [...(rows.get(id) ?? []), ...typedOverPrompt(beside, COMMENTARY_PROMPT)]);
    } else if (text === DATA_NOTES_HEADING) inside = false;
    else if (inside && id) rows.set(id, [...(rows.get(id) ?? []), text]);
  }
  const found = new Map<string, string[]>();
  for (const [key, texts] of rows) {
    const kept = trimBlankEnds(texts);
    if (kept.length) found.set(key, kept);
  }
  return found;
}

/**
 * Reads what the gateway found on earlier output sheets, by role. Dates are kept as serials in
 * the workbook's own date system, so a run log row is written back as it was.
 */
export function readPreviousOutput(previous: Record<string, RawRange> | undefined, date1904 = false): PreviousOutput {
  const log = readRunLog(previous?.runLog, date1904);
  return {
    narrative: readNarrative(previous?.summary),
    runLog: log.rows,
    lastNarrativeFingerprint: log.lastNarrative,
    commentary: readCommentary(previous?.exceptions),
    scorecardNotes: readScorecardNotes(previous?.scorecard),
    lastNotesFingerprints: log.lastNotes,
  };
}
