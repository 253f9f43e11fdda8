/**
 * What a cell in a sheet part holds, as the engine sees it, read the way ExcelJS reads it: shared
 * strings by index, a number in a date-formatted cell as a date, a formula by its saved result.
 */
import type { RawCell } from '../../engine';
import { UNCALCULATED } from '../../engine';
import type { XlsxPackage } from './xlsxPackage';
import { attribute, scanXml } from './xmlScan';

/** Excel's built-in number formats that show dates or times (ids 14–22 and 45–47). */
const BUILT_IN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** As ExcelJS decides: any of y m d h s b outside quotes and brackets. */
function isDateFormat(format: string): boolean {
  const bare = format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return /[ymdhMsb]+/.test(bare);
}

function excelToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
}

/** Which cell style ids show dates, from styles.xml. */
export function dateStyles(pkg: XlsxPackage): Set<number> {
  const path = pkg.workbookPart('styles');
  const dates = new Set<number>();
  if (!path || !pkg.has(path)) return dates;
  const xml = pkg.text(path);
  const custom = new Map<number, string>();
  for (const m of xml.matchAll(/<(?:\w+:)?numFmt\b[^>]*>/g)) {
    const id = attribute(m[0], 'numFmtId');
    const code = attribute(m[0], 'formatCode');
    if (id !== undefined && code !== undefined) custom.set(Number(id), code);
  }
  const xfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(xml)?.[1] ?? '';
  let index = 0;
  for (const m of xfs.matchAll(/<(?:\w+:)?xf\b[^>]*>/g)) {
    const id = Number(/numFmtId="(\d+)"/.exec(m[0])?.[1] ?? 0);
    const code = custom.get(id);
    if (id && (code !== undefined ? isDateFormat(code) : BUILT_IN_DATES.has(id))) dates.add(index);
    index++;
  }
  return dates;
}

/**
 * Text as a string part holds it (ST_Xstring): a character XML cannot carry, such as a carriage
 * return, is written _xHHHH_ (Excel writes "_x000D_"), and a literal "_x" that would read as one
 * is written _x005F_x…_. ECMA-376 Part 1, 22.9.2.19.
 */
export function decodeXstring(text: string): string {
  return text.includes('_x')
    ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : text;
}

/** The shared strings' texts (rich text joined, phonetic guides left out). */
export function sharedStrings(pkg: XlsxPackage): string[] {
  const path = pkg.workbookPart('sharedStrings');
  if (!path || !pkg.has(path)) return [];
  const strings: string[] = [];
  let current = '';
  let inText = false;
  let phonetic = 0;
  scanXml(pkg.text(path), {
    open(name) {
      if (name === 'si') current = '';
      else if (name === 't') inText = phonetic === 0;
      else if (name === 'rPh') phonetic++;
    },
    close(name) {
      if (name === 'si') strings.push(decodeXstring(current));
      else if (name === 't') inText = false;
      else if (name === 'rPh') phonetic--;
    },
    text(text) {
      if (inText) current += text;
    },
  });
  return strings;
}

/** A cell as the sheet part gives it. */
export interface CellXml {
  type: string | undefined;
  style: number;
  value: string | undefined;
  formula: boolean;
  /** The formula's text as written in the part, and its shared-formula group and range if any. */
  formulaText?: string;
  shared?: { si: string; ref?: string };
}

export interface CellContext {
  strings: string[];
  dates: Set<number>;
  date1904: boolean;
}

/** A cell's value, as ExcelJS and then the file gateway's readCell would give it. */
export function cellValue(cell: CellXml, context: CellContext): RawCell {
  const { type, value, style } = cell;
  const isDate = style > 0 && context.dates.has(style);
  if (cell.formula) {
    if (value === undefined) return { error: UNCALCULATED };
    // A formula that gives "" (=IF(…,"",…)) is saved as <v></v>: a blank, as Excel shows it.
    if (value === '') return type === 'str' ? null : { error: UNCALCULATED };
    if (type === 'str') return decodeXstring(value);
    if (type === 'b') return parseInt(value, 10) !== 0;
    if (type === 'e') return { error: value };
    const n = parseFloat(value);
    return isDate ? excelToDate(n, context.date1904) : n;
  }
  if (value === undefined || value === '') return null;
  switch (type) {
    case 's':
      return context.strings[parseInt(value, 10)] ?? null;
    case 'str':
    case 'inlineStr':
      return decodeXstring(value);
    case 'b':
      return parseInt(value, 10) !== 0;
    case 'e':
      return { error: value };
    case 'd':
      return new Date(value);
    default: {
      const n = parseFloat(value);
      return isDate ? excelToDate(n, context.date1904) : n;
    }
  }
}

/**
 * One Date for each instant read in a pass: a data table's month column repeats a few dozen
 * months down hundreds of thousands of rows, and a Date is some 80 bytes. Nothing changes a read Date.
 */
export class DateCache {
  private readonly dates = new Map<number, Date>();

  shared(date: Date): Date {
    const time = date.getTime();
    const known = this.dates.get(time);
    if (known) return known;
    if (this.dates.size < 10_000) this.dates.set(time, date);
    return date;
  }
}
