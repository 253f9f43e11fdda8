/**
 * Number formats as a write sends them. Every cell the writer fills was cleared first (a new
 * sheet's cells, or Range.clear('All') over the owned block), so it is already "General": only
 * the other formats need sending. Clearing formats resets a cell's number format:
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.clearapplyto (Formats: "Clears all
 * formatting for the range") and an unformatted cell's format is General:
 * https://support.microsoft.com/en-us/office/available-number-formats-in-excel-0afe8f52-97db-41f1-b972-4b46e9f1e8d2
 * A block whose formats are mostly "General" (82% of cells at 100 x 20) is sent as one column
 * vector for each column that has another format, when that is smaller than the whole matrix.
 */
import type { PlanCell } from '../../plan';
import { numberFormatsOf } from './cells';

const GENERAL = 'General';

/** One Range.numberFormat write: a matrix whose top-left is `row`, `column` (0-based) in the block. */
interface FormatWrite {
  row: number;
  column: number;
  formats: string[][];
}

/** UTF-8 bytes of a JSON text (arrows and pound signs are more than one byte). */
export function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0x7f) bytes += code > 0x7ff && (code < 0xd800 || code > 0xdfff) ? 2 : 1;
  }
  return bytes;
}

/** The column vectors: for each column with a format other than General, from its first to its last such row. */
function columnWrites(formats: string[][]): FormatWrite[] {
  const width = formats[0]?.length ?? 0;
  const writes: FormatWrite[] = [];
  for (let c = 0; c < width; c++) {
    const rows = formats.flatMap((row, r) => (row[c] !== undefined && row[c] !== GENERAL ? [r] : []));
    const first = rows[0];
    const last = rows[rows.length - 1];
    if (first === undefined || last === undefined) continue;
    writes.push({ row: first, column: c, formats: formats.slice(first, last + 1).map((row) => [row[c] ?? GENERAL]) });
  }
  return writes;
}

/**
 * The number-format writes for a block of rows and their size as sent: nothing when every cell
 * is General, else whichever is smaller of the whole matrix and the column vectors, each vector
 * costing `commandBytes` for its command besides its values.
 */
export function formatWrites(rows: PlanCell[][], commandBytes: number): { writes: FormatWrite[]; bytes: number } {
  const formats = numberFormatsOf(rows);
  const columns = columnWrites(formats);
  if (columns.length === 0) return { writes: [], bytes: 0 };
  const whole = { writes: [{ row: 0, column: 0, formats }], bytes: commandBytes + utf8Length(JSON.stringify(formats)) };
  const thin = columns.reduce((n, w) => n + commandBytes + utf8Length(JSON.stringify(w.formats)), 0);
  return thin < whole.bytes ? { writes: columns, bytes: thin } : whole;
}
