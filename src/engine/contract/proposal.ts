import { sheetRef } from '../address';
import type { RawCell, RawRange } from '../rawCell';
import { cellText } from '../rawCell';
import type { CatalogueField } from '../types';
import { CATALOGUE_COLUMNS } from './catalogueColumns';
import type { HeadedColumn, MonthlySheet, SkippedColumn } from './monthlySheet';
import { describeMonthlySheet } from './monthlySheet';
import { normaliseHeader } from './tables';

export { recogniseMonthlySheet } from './monthlySheet';

/** A catalogue row proposed from a column (or two) of a monthly sheet, for the analyst to finish. */
export interface ProposedRow {
  fields: Partial<Record<CatalogueField, string | number>>;
  /** The columns of the catalogue the analyst must fill in. */
  toFill: string[];
  /** Defaults guessed from the header, to check. */
  toCheck: string[];
}

export interface Proposal {
  sheet: string;
  /** "months in column A, Apr 2023 to Mar 2025 (24); headers in row 5" */
  found: string;
  rows: ProposedRow[];
  skipped: SkippedColumn[];
}

const TO_FILL = ['Polarity', 'Target', 'Floor'];

function words(header: string): Set<string> {
  return new Set(
    header
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter(Boolean),
  );
}

/**
 * The column this one is a part of: one whose header's words are all in this one's
 * ("Assessments completed" for "Assessments completed in 45 days"), the longest such.
 */
function wholeOf(part: HeadedColumn, columns: HeadedColumn[]): HeadedColumn | undefined {
  const mine = words(part.header);
  let best: { column: HeadedColumn; size: number } | undefined;
  for (const other of columns) {
    const theirs = words(other.header);
    if (other === part || theirs.size === 0 || theirs.size >= mine.size) continue;
    if (![...theirs].every((w) => mine.has(w))) continue;
    if (!best || theirs.size > best.size) best = { column: other, size: theirs.size };
  }
  return best?.column;
}

const kind = (c: HeadedColumn): string => (c.stock ? 'Stock' : 'Flow');

function note(sheet: string, found: MonthlySheet, cells: string, toCheck: string[]): string {
  return `Proposed from ${sheetRef(sheet)} ${cells} (${describeMonthlySheet(found)}). To fill in: ${TO_FILL.join(', ')} (for T, Inner and Outer band instead of Floor). To check: ${toCheck.join(', ')}.`;
}

function countRow(found: MonthlySheet, c: HeadedColumn, ref: (c: HeadedColumn) => string): ProposedRow {
  const period = c.stock ? 'SS' : 'R12M';
  const toCheck = [`Data period ${period}`, 'Unit count', `Numerator type ${kind(c)}`];
  return {
    fields: {
      name: c.header,
      period,
      unit: 'count',
      decimals: 0,
      numeratorRef: ref(c),
      numeratorKind: kind(c),
      definition: note(found.sheet, found, `column ${c.letter} (${c.headerAt.cell} "${c.header}")`, toCheck),
    },
    toFill: TO_FILL,
    toCheck,
  };
}

function percentageRow(
  found: MonthlySheet,
  part: HeadedColumn,
  whole: HeadedColumn,
  ref: (c: HeadedColumn) => string,
): ProposedRow {
  const period = part.stock ? 'SS' : 'R12M';
  const toCheck = [`Data period ${period}`, 'Unit percentage', `Numerator type ${kind(part)}`, `Denominator type ${kind(whole)}`];
  return {
    fields: {
      name: `${part.header} as % of ${whole.header}`,
      period,
      unit: 'percentage',
      decimals: 1,
      numeratorRef: ref(part),
      denominatorRef: ref(whole),
      numeratorKind: kind(part),
      denominatorKind: kind(whole),
      definition: note(found.sheet, found, `columns ${part.letter} over ${whole.letter}`, toCheck),
    },
    toFill: TO_FILL,
    toCheck,
  };
}

/** The catalogue as it stands: its highest numeric ID and the references it already uses. */
function existingCatalogue(catalogue: RawRange | undefined): { lastId: number; refs: Set<string> } {
  const header = (catalogue?.cells[0] ?? []).map((c) => fieldOf(cellText(c)));
  const rows = catalogue?.cells.slice(1) ?? [];
  const column = (field: CatalogueField) => header.indexOf(field);
  const ids = rows.map((r) => Number(cellText(r[column('id')] ?? null))).filter((n) => Number.isInteger(n));
  const refs = new Set<string>();
  for (const field of ['numeratorRef', 'denominatorRef'] as const) {
    for (const row of rows) {
      const text = cellText(row[column(field)] ?? null);
      if (text) refs.add(normaliseRef(text));
    }
  }
  return { lastId: Math.max(0, ...ids), refs };
}

const normaliseRef = (ref: string): string => ref.replace(/\$/g, '').replace(/\s+/g, '').toLowerCase();

/**
 * A catalogue row per selected column: a count, or a percentage where the column is a part of
 * another selected one (its header has all the other's words). Polarity and target are left
 * blank, since a guess there would rate silently and wrongly; period, unit and numerator type
 * are filled from the header and marked to check. Columns the catalogue already points at are
 * skipped. IDs follow the catalogue's highest.
 */
export function proposeRows(found: MonthlySheet, catalogue?: RawRange): Proposal {
  const existing = existingCatalogue(catalogue);
  const ref = (c: HeadedColumn) => `${sheetRef(found.sheet)}!${c.letter}:${c.letter}`;
  const skipped = [...found.skipped];
  const fresh = found.columns.filter((c) => {
    const used = existing.refs.has(normaliseRef(ref(c)));
    if (used) skipped.push({ letter: c.letter, why: `the catalogue already points at ${ref(c)}` });
    return !used;
  });
  const rows = fresh.map((c) => {
    const whole = wholeOf(c, found.columns);
    return whole ? percentageRow(found, c, whole, ref) : countRow(found, c, ref);
  });
  rows.forEach((row, i) => {
    row.fields.id = existing.lastId + i + 1;
    row.fields.section = found.sheet;
  });
  return { sheet: found.sheet, found: describeMonthlySheet(found), rows, skipped };
}

/** The field a catalogue header names, matched as loosely as the catalogue is read. */
function fieldOf(header: string): CatalogueField | undefined {
  const key = normaliseHeader(header);
  if (!key) return undefined;
  return CATALOGUE_COLUMNS.find((s) => normaliseHeader(s.header) === key || s.aliases.some((a) => normaliseHeader(a) === key))
    ?.field;
}

/**
 * The proposed rows laid out under a catalogue's header row (its own columns, in its order), and
 * the columns it lacks that a row has a value for.
 */
export function rowsUnderHeader(
  header: RawCell[],
  rows: ProposedRow[],
): { cells: (string | number | null)[][]; missing: string[] } {
  const fields = header.map((c) => fieldOf(cellText(c)));
  const missing = new Set<string>();
  for (const row of rows) {
    for (const field of Object.keys(row.fields) as CatalogueField[]) {
      if (!fields.includes(field)) missing.add(CATALOGUE_COLUMNS.find((s) => s.field === field)!.header);
    }
  }
  return { cells: rows.map((row) => fields.map((f) => (f ? (row.fields[f] ?? null) : null))), missing: [...missing] };
}

/** A new catalogue's cells: every column's header, then the proposed rows. */
export function newCatalogueRows(rows: ProposedRow[]): (string | number | null)[][] {
  const header = CATALOGUE_COLUMNS.map((c) => c.header);
  return [header, ...rowsUnderHeader(header, rows).cells];
}
