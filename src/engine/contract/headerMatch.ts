/**
 * Which contract column a header names: its header or an alias, letters and digits alone, case
 * aside; past a note in brackets; and, for a header that names none, the one it was probably meant
 * to be (tables.ts reports it).
 */
import { nearest } from './keywords';
import type { ColumnSpec } from './tables';

export function normaliseHeader(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9%]+/g, '');
}

/** The column a normalised header names, by its header or an alias. */
export function specFor<F extends string>(specs: ColumnSpec<F>[], key: string): ColumnSpec<F> | undefined {
  if (!key) return undefined;
  return specs.find((s) => normaliseHeader(s.header) === key || s.aliases.some((a) => normaliseHeader(a) === key));
}

/**
 * A header without the note an analyst adds after it in brackets: "Basis (Period/R3M/Month)",
 * "Numerator type (Flow/Stock)", "Min denominator (default 5)". Such a column was read as no
 * column at all, and its values dropped without a word: in-month counts then read as a period's
 * figure, stocks added up as flows.
 */
export function withoutNote(text: string): string {
  return text.replace(/\s*[([{].*$/s, '');
}

/** Known headers four characters or longer, normalised, with their names: for headers that start with one. */
const SHORTEST_PREFIX = 4;

/**
 * The column a header that matches none was probably meant to be, among those not yet found: a
 * near-typo ("Numerator typ"), or a known header with more after it ("Target 2024/25",
 * "Denominator reference"), the longest such.
 */
export function nearestSpec<F extends string>(text: string, specs: ColumnSpec<F>[]): { spec?: ColumnSpec<F>; name?: string } {
  const names = specs.flatMap((s) => [s.header, ...s.aliases]);
  const key = normaliseHeader(text);
  const name =
    nearest(text, names, normaliseHeader) ??
    names
      .filter((n) => normaliseHeader(n).length >= SHORTEST_PREFIX && key.startsWith(normaliseHeader(n)))
      .sort((a, b) => normaliseHeader(b).length - normaliseHeader(a).length)[0];
  return name === undefined ? {} : { name, spec: specs.find((s) => s.header === name || s.aliases.includes(name)) };
}
