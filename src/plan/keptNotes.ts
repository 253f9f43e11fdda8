/**
 * Notes an analyst typed in the Scorecard's Notes column survive a rerun. The column is the
 * add-in's (each run writes its notes there), so what the analyst typed is told from what the
 * add-in wrote by fingerprints: the run log records a fingerprint of each note the add-in wrote,
 * and a Notes cell whose text is not one of them was typed or edited by someone. That text is
 * carried into the new Notes cell of the same indicator after the add-in's own note, marked
 * "Analyst's note:", and every later run carries the marked part on as it stands.
 *
 * A run log from before fingerprints were kept cannot say what the add-in wrote: then a note
 * that differs from this run's note for the indicator is kept, and the warning says it may be an
 * earlier note of the add-in's. A note whose indicator is no longer on the scorecard has nowhere
 * to go: the run stops at its cell rather than lose it.
 */
import type { CellLocation, Issue } from '../engine';
import { fingerprint, quoteSheet } from '../engine';
import type { PreviousOutput } from './previousOutput';
import { SCORECARD_COLUMNS } from './scorecardColumns';
import type { ScorecardLayout } from './scorecardSheet';

export const ANALYST_NOTE_MARK = "Analyst's note: ";

interface Kept {
  id: string;
  text: string;
  at: CellLocation;
}

/** The analyst's part of an earlier Notes cell, or undefined when it is all the add-in's. */
export function analystPart(text: string, isOurs: (note: string) => boolean): string | undefined {
  const mark = text.indexOf(ANALYST_NOTE_MARK);
  if (mark === -1) return isOurs(text) ? undefined : text;
  const ours = text.slice(0, mark).trim();
  const theirs = text.slice(mark + ANALYST_NOTE_MARK.length).trim();
  const before = ours === '' || isOurs(ours) ? '' : `${ours} `;
  return `${before}${theirs}`.trim() || undefined;
}

function keptNotice(kept: Kept[], legacy: boolean): Issue | undefined {
  const first = kept[0];
  if (!first) return undefined;
  const cells = kept.map((k) => `${k.at.cell} (indicator ${k.id})`).join(', ');
  return {
    severity: 'warning',
    code: 'notes-kept',
    message:
      `${kept.length} note(s) typed on the scorecard's Notes column were kept, after the add-in's own note and marked "${ANALYST_NOTE_MARK.trim()}": ${cells}.` +
      (legacy
        ? " The run log does not say which notes the add-in wrote last time, so a note kept may be an earlier one of the add-in's."
        : ''),
    fix: 'Nothing to do; delete a kept note from its cell when it no longer applies.',
    at: first.at,
  };
}

function orphanError(note: Kept): Issue {
  return {
    severity: 'error',
    code: 'note-no-indicator',
    message: `The note in ${quoteSheet(note.at.sheet)}!${note.at.cell} ("${note.text}") is on the row of indicator ${note.id}, which is no longer on the scorecard, so a rerun would lose it.`,
    fix: 'Copy the note somewhere else (or clear the cell if it is no longer needed), then run again.',
    at: note.at,
  };
}

/**
 * Puts the analyst's earlier notes into the planned scorecard's Notes cells (changing `layout`'s
 * cells) and returns the issues, and the fingerprints of the add-in's own notes for the run log.
 */
export function keepAnalystNotes(layout: ScorecardLayout, previous: PreviousOutput): { issues: Issue[]; fingerprints: string } {
  const column = SCORECARD_COLUMNS.notes - 1;
  const cellOf = (row: number) => layout.sheet.cells[row - 1]?.[column];
  const ourNotes = new Map<string, string>();
  for (const [id, row] of layout.rowOf) {
    const value = cellOf(row)?.value;
    if (typeof value === 'string' && value) ourNotes.set(id, value);
  }
  const fingerprints = [...new Set([...ourNotes.values()].map(fingerprint))];
  const known = previous.lastNotesFingerprints;
  const kept: Kept[] = [];
  const issues: Issue[] = [];
  for (const [id, note] of previous.scorecardNotes ?? []) {
    const isOurs = (text: string): boolean => (known ? known.has(fingerprint(text)) : text === ourNotes.get(id));
    const theirs = analystPart(note.text, isOurs);
    if (theirs === undefined) continue;
    const row = layout.rowOf.get(id);
    const cell = row === undefined ? undefined : cellOf(row);
    if (!cell) {
      issues.push(orphanError({ id, text: theirs, at: note.at }));
      continue;
    }
    const ours = ourNotes.get(id);
    cell.value = `${ours ? `${ours}\n` : ''}${ANALYST_NOTE_MARK}${theirs}`;
    // Said once, when first kept (or edited since): a note carried as marked needs no word.
    if (!note.text.startsWith(`${ours ? `${ours}\n` : ''}${ANALYST_NOTE_MARK}`)) kept.push({ id, text: theirs, at: note.at });
  }
  const notice = keptNotice(kept, known === undefined);
  return { issues: notice ? [...issues, notice] : issues, fingerprints: fingerprints.join(' ') || '-' };
}
