/**
 * A1 references as analysts write them on a catalogue row: 'North Kent'!D12, Sheet1!$D$12,
 * 'Areas'!D5:H5, or a workbook name such as County_Referrals_Num.
 */

export type Reference =
  { kind: 'range'; sheet: string; address: string; text: string } | { kind: 'name'; name: string; text: string };

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const NAME = /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/;

export function columnIndex(letters: string): number {
  let index = 0;
  for (const ch of letters.toUpperCase()) index = index * 26 + (ch.charCodeAt(0) - 64);
  return index;
}

export function columnLetters(index: number): string {
  let letters = '';
  let n = index;
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export interface CellPosition {
  row: number;
  column: number;
}

export function parseCell(text: string): CellPosition | undefined {
  const m = CELL.exec(text.trim());
  if (!m) return undefined;
  const column = columnIndex(m[1]);
  const row = Number(m[2]);
  if (column > 16384 || row < 1 || row > 1048576) return undefined;
  return { row, column };
}

export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

export interface RangeBox {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function parseRangeAddress(address: string): RangeBox | undefined {
  const [a, b = a, extra] = address.split(':');
  if (extra !== undefined) return undefined;
  const start = parseCell(a);
  const end = parseCell(b);
  if (!start || !end) return undefined;
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.column, end.column),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.column, end.column),
  };
}

export function boxAddress(box: RangeBox): string {
  const start = cellAddress(box.top, box.left);
  const end = cellAddress(box.bottom, box.right);
  return start === end ? start : `${start}:${end}`;
}

/** Parses a reference; undefined when it is neither a sheet range nor a plausible name. */
export function parseReference(input: string): Reference | undefined {
  const text = input.trim().replace(/^=/, '');
  if (!text) return undefined;
  const bang = text.lastIndexOf('!');
  if (bang > 0) {
    let sheet = text.slice(0, bang);
    const address = text
      .slice(bang + 1)
      .replace(/\$/g, '')
      .toUpperCase();
    if (sheet.startsWith("'")) {
      if (!sheet.endsWith("'") || sheet.length < 3) return undefined;
      sheet = sheet.slice(1, -1).replace(/''/g, "'");
    } else if (!/^[A-Za-z0-9_.]+$/.test(sheet)) {
      return undefined;
    }
    if (!parseRangeAddress(address)) return undefined;
    return { kind: 'range', sheet, address, text };
  }
  if (parseRangeAddress(text.replace(/\$/g, ''))) return undefined; // an address with no sheet
  if (NAME.test(text) && !/^[A-Za-z]{1,3}\d+$/.test(text) && !/^[RrCc]$/.test(text)) {
    return { kind: 'name', name: text, text };
  }
  return undefined;
}

/** Quotes a sheet name for a formula when Excel needs it to. */
export function sheetRef(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) && !/^[A-Za-z]{1,3}\d+$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

export function absoluteCell(address: string): string {
  const pos = parseCell(address);
  if (!pos) return address;
  return `$${columnLetters(pos.column)}$${pos.row}`;
}
