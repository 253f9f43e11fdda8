/**
 * A1 references as analysts write them on a catalogue row: 'North Kent'!D12, Sheet1!$D$12,
 * 'Areas'!D5:H5, or a workbook name such as County_Referrals_Num.
 */

export type Reference =
  { kind: 'range'; sheet: string; address: string; text: string } | { kind: 'name'; name: string; text: string };

/**
 * A workbook name as Excel allows it: a letter (any script: é, Ł, ß), an underscore or a backslash,
 * then letters, digits, underscores, full stops, backslashes or question marks ([MS-XLSB] 2.5.166
 * XLNameWideString, https://learn.microsoft.com/en-us/openspecs/office_file_formats/ms-xlsb/9456f961-5069-4e5f-989d-44bdc56d031e;
 * Office's grammar for names in [MS-OI29500] 2.1.867). Cell-like names are refused in parseReference.
 */
const NAME = /^[\p{L}_\\][\p{L}\p{N}\p{M}_.\\?]*$/u;

export function columnIndex(letters: string): number {
  let index = 0;
  for (const ch of letters.toUpperCase()) index = index * 26 + (ch.charCodeAt(0) - 64);
  return index;
}

/** Letters of the columns up to ZZ, made once: every formula the plan writes names some. */
const LETTERS: string[] = [];
const CACHED_COLUMNS = 702;

export function columnLetters(index: number): string {
  const known = LETTERS[index];
  if (known !== undefined) return known;
  let letters = '';
  let n = index;
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  if (Number.isInteger(index) && index > 0 && index <= CACHED_COLUMNS) LETTERS[index] = letters;
  return letters;
}

interface CellPosition {
  row: number;
  column: number;
}

const DOLLAR = 36;

/** The code of an ASCII letter as upper case (A is 65), or 0 for anything else. */
function upperLetter(code: number): number {
  if (code >= 65 && code <= 90) return code;
  return code >= 97 && code <= 122 ? code - 32 : 0;
}

/** Rows fit in 21 bits (Excel has 1,048,576), so a cell packs into one number: column * 2^21 + row. */
const ROW_SPAN = 2 ** 21;

/**
 * An A1 cell ('C5', '$C$5', 'xfd1048576'; spaces around it ignored) packed as one number
 * (column * 2^21 + row, see cellRowOf and cellColumnOf), or -1 when it is not one. Read
 * character by character, with nothing allocated, as it runs for every cell behind every figure.
 */
export function packedCell(text: string): number {
  const cell = text.trim();
  const end = cell.length;
  let i = cell.charCodeAt(0) === DOLLAR ? 1 : 0;
  let column = 0;
  const lettersFrom = i;
  for (let code = upperLetter(cell.charCodeAt(i)); code !== 0 && i - lettersFrom < 3; code = upperLetter(cell.charCodeAt(i))) {
    column = column * 26 + (code - 64);
    i += 1;
  }
  if (i === lettersFrom) return -1;
  if (cell.charCodeAt(i) === DOLLAR) i += 1;
  const digitsFrom = i;
  let row = 0;
  for (let code = cell.charCodeAt(i); code >= 48 && code <= 57 && i - digitsFrom < 7; code = cell.charCodeAt(i)) {
    row = row * 10 + (code - 48);
    i += 1;
  }
  if (i === digitsFrom || i !== end) return -1;
  if (column > 16384 || row < 1 || row > 1048576) return -1;
  return packedAt(row, column);
}

/** A cell known by its row and column (1-based), packed as packedCell packs its address. */
export const packedAt = (row: number, column: number): number => column * ROW_SPAN + row;

export const cellRowOf = (packed: number): number => packed % ROW_SPAN;
export const cellColumnOf = (packed: number): number => Math.floor(packed / ROW_SPAN);

export function parseCell(text: string): CellPosition | undefined {
  const packed = packedCell(text);
  return packed < 0 ? undefined : { row: cellRowOf(packed), column: cellColumnOf(packed) };
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

/** Excel's last row and column: a whole-column reference (C:C) reaches row 1,048,576. */
export const SHEET_ROWS = 1048576;
export const SHEET_COLUMNS = 16384;

const WHOLE_COLUMNS = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/;
const WHOLE_ROWS = /^\$?(\d{1,7}):\$?(\d{1,7})$/;

/**
 * Whole columns (C:C, A:C) or whole rows (5:5): the reference grows as the analyst adds a month,
 * so it is read only to the sheet's last filled row (or column), never cell by cell to the edge.
 */
export function wholeLines(address: string): 'columns' | 'rows' | undefined {
  const text = address.trim();
  if (WHOLE_COLUMNS.test(text)) return 'columns';
  if (WHOLE_ROWS.test(text)) return 'rows';
  return undefined;
}

function parseWholeLines(address: string): RangeBox | undefined {
  const columns = WHOLE_COLUMNS.exec(address.trim());
  if (columns) {
    const [, from = '', to = ''] = columns;
    const [a, b] = [columnIndex(from), columnIndex(to)];
    if (a > SHEET_COLUMNS || b > SHEET_COLUMNS) return undefined;
    return { top: 1, bottom: SHEET_ROWS, left: Math.min(a, b), right: Math.max(a, b) };
  }
  const rows = WHOLE_ROWS.exec(address.trim());
  if (!rows) return undefined;
  const [a, b] = [Number(rows[1]), Number(rows[2])];
  if (a < 1 || b < 1 || a > SHEET_ROWS || b > SHEET_ROWS) return undefined;
  return { top: Math.min(a, b), bottom: Math.max(a, b), left: 1, right: SHEET_COLUMNS };
}

export function parseRangeAddress(address: string): RangeBox | undefined {
  const whole = parseWholeLines(address);
  if (whole) return whole;
  const [a = '', b = a, extra] = address.split(':');
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

/** A box as a whole-column or whole-row address when it spans the sheet (C:C, 5:5), else as cells. */
export function lineAddress(box: RangeBox): string {
  if (box.top === 1 && box.bottom === SHEET_ROWS) return `${columnLetters(box.left)}:${columnLetters(box.right)}`;
  if (box.left === 1 && box.right === SHEET_COLUMNS) return `${box.top}:${box.bottom}`;
  return boxAddress(box);
}

/** The smallest box holding both. */
export function unionBox(a: RangeBox, b: RangeBox): RangeBox {
  return {
    top: Math.min(a.top, b.top),
    left: Math.min(a.left, b.left),
    bottom: Math.max(a.bottom, b.bottom),
    right: Math.max(a.right, b.right),
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

/** A sheet name in single quotes, any quote in it doubled: always valid in a formula. */
export function quotedSheet(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/**
 * A sheet name as a formula or a message writes it: bare when Excel allows ("Catalogue"), quoted
 * otherwise ('County figures', 'AB1' which would read as a cell). The one home of sheet quoting.
 */
export function sheetRef(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) && !/^[A-Za-z]{1,3}\d+$/.test(sheet) ? sheet : quotedSheet(sheet);
}

export function absoluteCell(address: string): string {
  const pos = parseCell(address);
  if (!pos) return address;
  return `$${columnLetters(pos.column)}$${pos.row}`;
}
