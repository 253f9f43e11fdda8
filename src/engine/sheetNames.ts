/**
 * Names the add-in gives the sheets it writes. Excel allows at most 31 characters, none of
 * / \ ? * : [ ], no apostrophe first or last, not "History", and no two sheets whose names differ
 * only in case:
 * https://support.microsoft.com/en-us/office/rename-a-worksheet-3f1f7148-ee83-404d-8ef0-9ff99fbad1f9
 */
const SHEET_NAME_MAX = 31;

/** Excel reserves "History" (for change tracking), in any case. */
export function isReservedSheetName(name: string): boolean {
  return name.toLowerCase() === 'history';
}

const FORBIDDEN = /[\\/?*:[\]]/g;

/** Cuts to at most `max` UTF-16 units without splitting a character (an emoji stays whole or goes). */
function cut(text: string, max: number): string {
  let out = '';
  for (const ch of text) {
    if (out.length + ch.length > max) break;
    out += ch;
  }
  return out;
}

/** The text made into a name Excel accepts, as close to it as the rules allow. */
function validSheetName(text: string, max = SHEET_NAME_MAX): string {
  const cleaned = text.replace(FORBIDDEN, ' ').replace(/\s+/g, ' ').trim();
  const name = cut(cleaned, max)
    .replace(/^'+|'+$/g, '')
    .trim();
  if (!name) return 'Sheet';
  return isReservedSheetName(name) ? 'History sheet' : name;
}

export function sameSheetName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/**
 * A valid name built from `text` that no name in `taken` has, ignoring case: the text itself,
 * else the text cut to fit " (2)", " (3)", ….
 */
export function uniqueSheetName(text: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((n) => n.toLowerCase()));
  const base = validSheetName(text);
  if (!used.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${validSheetName(base, SHEET_NAME_MAX - suffix.length)}${suffix}`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

/**
 * The name Excel gives a copy of a sheet before it is renamed: "Scorecard (2)", or the next free
 * number, the source's name cut so the whole fits in 31 characters.
 */
export function excelCopyName(source: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((n) => n.toLowerCase()));
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${source.slice(0, SHEET_NAME_MAX - suffix.length)}${suffix}`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}
