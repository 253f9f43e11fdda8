/**
 * What a figure cell's formula text says about where its value comes from, read as text (the
 * engine evaluates no formulas): which other workbook it links to, and which cells of its own
 * sheet it refers to. Enough to tell a figure that may be stale or is circular; not a parser.
 */
import type { RangeBox } from './address';
import { parseRangeAddress } from './address';

/** A reference found in a formula: the sheet it names (undefined: the formula's own sheet) and its box. */
interface FormulaReference {
  sheet?: string;
  box: RangeBox;
}

/** The formula with its string literals ("…", quotes doubled inside) blanked, so text in them is not read. */
function withoutStrings(formula: string): string {
  return formula.replace(/"(?:[^"]|"")*"/g, '""');
}

/**
 * The other workbook a formula links to, as the formula names it: `Other.xlsx` (with its folder
 * when the formula has one, `C:\Data\Other.xlsx`) for `'C:\Data\[Other.xlsx]Sheet1'!A1` or
 * `[Other.xlsx]Sheet1!A1`, and `external link 1` for Excel's stored form `[1]Sheet1!A1`.
 * A table's structured reference (`Table1[Column]`, `[@Column]`) is not a link.
 */
export function externalWorkbook(formula: string): string | undefined {
  const text = withoutStrings(formula);
  const quoted = /'((?:[^'[\]]|'')*)\[([^\]]+)\](?:[^']|'')*'!/.exec(text);
  const bare = quoted ? undefined : /(?:^|[^A-Za-z0-9_.\]'])\[([^\]@#[]+)\][A-Za-z0-9_.]*!/.exec(text);
  const name = quoted?.[2] ?? bare?.[1];
  if (name === undefined) return undefined;
  if (/^\d+$/.test(name)) return `external link ${name}`;
  return `${quoted?.[1]?.replace(/''/g, "'") ?? ''}${name}`;
}

const REFERENCE =
  /(?:('(?:[^']|'')+'|[A-Za-z0-9_.]+)!)?(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}|\$?\d+:\$?\d+)(?![A-Za-z0-9_.(!])/g;

/**
 * The A1 references in a formula (cells, ranges, whole columns and rows), each with the sheet it
 * names. Function names (LOG10), defined names and references into other workbooks are left out.
 */
export function formulaReferences(formula: string): FormulaReference[] {
  const text = withoutStrings(formula);
  const found: FormulaReference[] = [];
  for (const m of text.matchAll(REFERENCE)) {
    const [, prefix, address = ''] = m;
    const before = m.index > 0 ? text[m.index - 1] : '';
    if (before !== undefined && /[A-Za-z0-9_.\]'$]/.test(before)) continue;
    if (prefix?.includes('[')) continue;
    const box = parseRangeAddress(address.replace(/\$/g, '').toUpperCase());
    if (!box) continue;
    const sheet = prefix === undefined ? undefined : prefix.replace(/^'|'$/g, '').replace(/''/g, "'");
    found.push(sheet === undefined ? { box } : { sheet, box });
  }
  return found;
}

export function boxHolds(box: RangeBox, row: number, column: number): boolean {
  return row >= box.top && row <= box.bottom && column >= box.left && column <= box.right;
}
