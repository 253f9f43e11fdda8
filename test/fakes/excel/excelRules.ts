/**
 * Excel's own rules, as Microsoft documents them, applied by both fake hosts. Each rule cites
 * the page it comes from. These are written from the documentation, never from the add-in's
 * code: a host that borrowed the add-in's own rules would prove nothing.
 */
import type { RangeBox } from '../../../src/engine/address';
import type { Scalar } from './document';

/**
 * Worksheet names: not blank, at most 31 characters, none of / \ ? * : [ ], not beginning or
 * ending with an apostrophe, and not "History", which Excel reserves.
 * https://support.microsoft.com/en-us/office/rename-a-worksheet-3f1f7148-ee83-404d-8ef0-9ff99fbad1f9
 * Excel counts UTF-16 code units, as the 31-character limit in "Excel specifications and limits"
 * applies to the stored string.
 * https://support.microsoft.com/en-us/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3
 */
export const SHEET_NAME_MAX = 31;

export function sheetNameProblem(name: string): string | undefined {
  if (name.trim() === '') return 'a sheet name cannot be blank';
  if (name.length > SHEET_NAME_MAX) return `"${name}" is ${name.length} characters; a sheet name has at most 31`;
  if (/[\\/?*:[\]]/.test(name)) return `"${name}" contains one of / \\ ? * : [ ]`;
  if (name.startsWith("'") || name.endsWith("'")) return `"${name}" begins or ends with an apostrophe`;
  if (name.toLowerCase() === 'history') return '"History" is reserved by Excel';
  if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(name))
    return `"${name}" holds half a character`;
  return undefined;
}

/**
 * Sheet names are unique ignoring case ("Summary" and "SUMMARY" cannot both exist).
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheetcollection#excel-excel-worksheetcollection-add-member(1)
 * (Worksheets.add throws ItemAlreadyExists for a name already used.)
 */
export function sameSheetName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/**
 * The name Excel gives a copy of a sheet: the source's name with " (2)", or the next free number,
 * the source's name cut so that the whole stays within 31 characters.
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheet#excel-excel-worksheet-copy-member(1)
 * (the copy is named as Excel's Move or Copy command names it)
 */
export function copyNameOf(source: string, exists: (name: string) => boolean): string {
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${source.slice(0, SHEET_NAME_MAX - suffix.length)}${suffix}`;
    if (!exists(candidate)) return candidate;
  }
}

/**
 * Excel on the web refuses a request, or a response, over 5 MB ("RequestPayloadSizeLimitExceeded",
 * "ResponsePayloadSizeLimitExceeded").
 * https://learn.microsoft.com/en-us/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins
 */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

/**
 * A formula is at most 8,192 characters; a cell holds at most 32,767 characters.
 * https://support.microsoft.com/en-us/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3
 */
export const FORMULA_MAX = 8192;
export const CELL_TEXT_MAX = 32767;

/** What a cell holds after something was written to it, as if typed. */
export interface TypedInput {
  value: Scalar | null;
  formula?: string;
  error?: string;
  /** The number format Excel gives a cell when it recognises a date, time or percentage. */
  numberFormat?: string;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

function serial(year: number, month: number, day: number): number | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const ms = Date.UTC(year, month - 1, day);
  if (new Date(ms).getUTCDate() !== day) return undefined;
  return (ms - EXCEL_EPOCH) / 86400000;
}

function monthOf(word: string): number | undefined {
  const i = MONTHS.indexOf(word.slice(0, 3).toLowerCase());
  return i >= 0 &&
    (word.length === 3 ||
      'january february march april may june july august september october november december'.includes(word.toLowerCase()))
    ? i + 1
    : undefined;
}

function fullYear(text: string): number {
  const y = Number(text);
  return text.length <= 2 ? (y < 30 ? 2000 + y : 1900 + y) : y;
}

const THIS_YEAR = new Date().getUTCFullYear();

/**
 * Dates and times as Excel recognises them when typed, in an English (United Kingdom) locale:
 * "Apr 2017", "30 April 2017", "30-Apr-17", "1-2" (1 February), "1/2/2017", "2017-04-30",
 * "10:30". https://support.microsoft.com/en-us/office/insert-a-date-in-a-worksheet-cell-ee3a5a33-1a1c-4185-b1da-6cd29e34a4e6
 * and "Format numbers as dates or times":
 * https://support.microsoft.com/en-us/office/format-numbers-as-dates-or-times-418bd3fe-0577-47c8-8caa-b4d30c528309
 */
function dateOrTime(text: string): TypedInput | undefined {
  const t = text.trim();
  let m = /^([A-Za-z]{3,9})[\s-]+(\d{2}|\d{4})$/.exec(t);
  if (m?.[1] && m[2] && monthOf(m[1])) {
    const s = serial(fullYear(m[2]), monthOf(m[1])!, 1);
    if (s !== undefined) return { value: s, numberFormat: 'mmm-yy' };
  }
  m = /^(\d{1,2})[\s-]+([A-Za-z]{3,9})(?:[\s-]+(\d{2}|\d{4}))?$/.exec(t);
  if (m?.[1] && m[2] && monthOf(m[2])) {
    const s = serial(m[3] ? fullYear(m[3]) : THIS_YEAR, monthOf(m[2])!, Number(m[1]));
    if (s !== undefined) return { value: s, numberFormat: 'd-mmm-yy' };
  }
  m = /^(\d{1,2})[-/](\d{1,2})(?:[-/](\d{2}|\d{4}))?$/.exec(t);
  if (m) {
    const s = serial(m[3] ? fullYear(m[3]) : THIS_YEAR, Number(m[2]), Number(m[1]));
    if (s !== undefined) return { value: s, numberFormat: m[3] ? 'dd/mm/yyyy' : 'd-mmm' };
  }
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m) {
    const s = serial(Number(m[1]), Number(m[2]), Number(m[3]));
    if (s !== undefined) return { value: s, numberFormat: 'yyyy-mm-dd' };
  }
  m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(t);
  if (m && Number(m[1]) < 24 && Number(m[2]) < 60) {
    return { value: (Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3] ?? 0)) / 86400, numberFormat: 'h:mm' };
  }
  return undefined;
}

/**
 * Numbers as Excel recognises them when typed: signs, thousands separators, decimals, exponents,
 * a currency sign, a trailing % (divided by 100), and (12) for -12.
 * https://support.microsoft.com/en-us/office/available-number-formats-in-excel-0afe8f52-97db-41f1-b972-4b46e9f1e8d2
 */
function numberOf(text: string): TypedInput | undefined {
  const t = text.trim();
  const m = /^(\()?([-+])?[£$€]?((?:\d{1,3}(?:,\d{3})+|\d*)(?:\.\d*)?(?:e[-+]?\d+)?)(%)?(\))?$/i.exec(t);
  if (!m?.[3] || !/\d/.test(m[3]) || Boolean(m[1]) !== Boolean(m[5])) return undefined;
  let value = Number(m[3].replace(/,/g, ''));
  if (!Number.isFinite(value)) return undefined;
  if (m[2] === '-' || m[1]) value = -value;
  if (m[4]) return { value: value / 100, numberFormat: '0%' };
  return { value };
}

const ERRORS = /^#(DIV\/0!|N\/A|REF!|VALUE!|NAME\?|NUM!|NULL!|SPILL!|CALC!)$/;

/**
 * Text written through Range.values or Range.formulas is taken as if typed: "=…" (and "+…", "-…"
 * that are not numbers) becomes a formula, numbers, percentages, dates, times, TRUE/FALSE and
 * error values are converted, and a leading apostrophe keeps the rest as text. A cell formatted as
 * Text ("@") keeps what is written as text.
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-values-member
 * https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-ranges-set-get-values
 * https://support.microsoft.com/en-us/office/stop-automatically-changing-numbers-to-dates-452bd2db-cc96-47d1-81e4-72cec11c4ed8
 */
export function typed(input: string, cellFormat: string): TypedInput {
  if (input === '') return { value: null };
  if (input.startsWith("'")) return { value: input.slice(1) };
  if (cellFormat === '@') return { value: input };
  if (input.startsWith('=') && input.length > 1) return { value: null, formula: input };
  const number = numberOf(input);
  if (number) return number;
  if (/^[+-]./.test(input)) return { value: null, formula: `=${input}` };
  if (/^(true|false)$/i.test(input.trim())) return { value: input.trim().toLowerCase() === 'true' };
  if (ERRORS.test(input.trim())) return { value: null, error: input.trim() };
  return dateOrTime(input) ?? { value: input };
}

/** Maximal runs of consecutive numbers from `from` to `to` that `hidden` does not hold. */
function visibleRuns(from: number, to: number, hidden: ReadonlySet<number>): [number, number][] {
  const runs: [number, number][] = [];
  for (let i = from; i <= to; i++) {
    if (hidden.has(i)) continue;
    const last = runs[runs.length - 1];
    if (last && last[1] === i - 1) last[1] = i;
    else runs.push([i, i]);
  }
  return runs;
}

/**
 * Range.getSpecialCells("Visible"): "Cells that are visible", as one or more rectangular ranges
 * (a RangeAreas); a cell is hidden when its row or its column is. The OrNullObject form returns a
 * null object when there are none, where getSpecialCells throws ItemNotFound.
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.specialcelltype
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-getspecialcellsornullobject-member(1)
 * How Excel cuts the cells into rectangles is not documented: here each band of visible rows
 * across each band of visible columns. Their address holds the sheet's name for each block, as
 * in the page's own example ("Sheet1!A1:B4, Sheet1!D1:D4").
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.rangeareas#excel-excel-rangeareas-address-member
 */
export function visibleAreas(box: RangeBox, hiddenRows: ReadonlySet<number>, hiddenColumns: ReadonlySet<number>): RangeBox[] {
  const columns = visibleRuns(box.left, box.right, hiddenColumns);
  return visibleRuns(box.top, box.bottom, hiddenRows).flatMap(([top, bottom]) =>
    columns.map(([left, right]) => ({ top, left, bottom, right })),
  );
}
