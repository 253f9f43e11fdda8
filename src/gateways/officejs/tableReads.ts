/**
 * How much of each contract table the first read asks for, and how the rest follows. Excel on the
 * web refuses a response over 5 MB with ResponsePayloadSizeLimitExceeded
 * (https://learn.microsoft.com/en-us/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins,
 * https://learn.microsoft.com/en-us/office/dev/add-ins/testing/troubleshoot-development-errors),
 * and a table's size is not known until that first read returns. So the first read aims to take a
 * whole table of ordinary width in one response; a read that Excel refuses is asked again more
 * cautiously (readFirst in read.ts), and rows past the first read come in blocks sized from what
 * the first rows measured.
 */
import type { RangeBox } from '../../engine';
import { ACTIVITY_COLUMNS, boxAddress, CATALOGUE_COLUMNS, DATA_COLUMNS, parseRangeAddress } from '../../engine';
import { splitAddress } from './cells';
import type { ContractKey } from './listing';

/**
 * Bytes one cell costs in a response, values and value types together: measured 14.7 on the
 * generated data table (ids, area names, date serials, counts), rounded up.
 */
const CELL_BYTES = 16;

/**
 * A block of table rows aims at this many bytes of JSON: 80% of the 5 MB a response may hold, for
 * the rows after those measured may be longer (a block estimated at 3 MB came back as 3,094 KB).
 * A block Excel refuses all the same is read again in halves (readBlocks).
 */
export const READ_BLOCK_BYTES = 4 * 1024 * 1024;

/** Rows of a block at a table's contract width. */
function blockRows(columns: number): number {
  return Math.floor(READ_BLOCK_BYTES / (CELL_BYTES * columns));
}

/**
 * Rows of each table in the first read: as many as one block holds at the contract's width, so
 * that any one table of ordinary figures comes whole up to 4 MB (the data table's 8 columns:
 * 32,768 rows; the catalogue's 24: 10,922). Two big tables at once are more than one response
 * holds, and Excel refuses it: the read is then asked again more cautiously (CAUTION_LEVELS).
 * The settings are a list of a few dozen rows.
 */
const FIRST_READ_ROWS: Record<ContractKey, number> = {
  catalogue: blockRows(CATALOGUE_COLUMNS.length),
  data: blockRows(DATA_COLUMNS.length),
  settings: 500,
  activity: blockRows(ACTIVITY_COLUMNS.length),
};

/**
 * How cautiously the first read is asked. 0: as planned, with the referenced sheets read ahead.
 * After Excel refuses the response as too large (a table far wider than the contract's, long texts,
 * large earlier output): 1 reads one eighth of each table's rows and nothing ahead; 2 reads 64 rows
 * of each, enough to measure the rows so the blocks after it are sized to fit.
 */
export const CAUTION_LEVELS = [0, 1, 2] as const;
export type Caution = (typeof CAUTION_LEVELS)[number];

export function firstReadRows(key: ContractKey, caution: Caution): number {
  const rows = FIRST_READ_ROWS[key];
  return caution === 0 ? rows : caution === 1 ? Math.max(64, Math.floor(rows / 8)) : 64;
}

/** Values and value types of a range, as loaded. */
interface Loaded {
  address: string;
  values: unknown[][];
  valueTypes: Excel.RangeValueType[][];
}

export const EMPTY: Loaded = { address: '', values: [], valueTypes: [] };

function jsonBytes(range: Loaded): number {
  return JSON.stringify(range.values).length + JSON.stringify(range.valueTypes).length;
}

interface Block {
  key: ContractKey;
  sheet: string;
  box: RangeBox;
  bytes: number;
}

/** The rows each table's first read left, in blocks of at most READ_BLOCK_BYTES by the rows' measured size. */
function remainingBlocks(heads: { key: ContractKey; whole: string; head: Loaded }[]): Block[] {
  const blocks: Block[] = [];
  for (const { key, whole, head } of heads) {
    const { sheet, address } = splitAddress(whole);
    const table = parseRangeAddress(address)!;
    const read = head.values.length;
    if (read >= table.bottom - table.top + 1) continue;
    // Bytes a row costs, from the rows read; a table below the first rows costs a guess of 100 a cell.
    const perRow = read > 0 ? Math.max(1, jsonBytes(head) / read) : 100 * (table.right - table.left + 1);
    const rowsPerBlock = Math.max(1, Math.floor(READ_BLOCK_BYTES / perRow));
    for (let top = table.top + read; top <= table.bottom; top += rowsPerBlock) {
      const bottom = Math.min(table.bottom, top + rowsPerBlock - 1);
      blocks.push({ key, sheet, box: { ...table, top, bottom }, bytes: (bottom - top + 1) * perRow });
    }
  }
  return blocks;
}

/**
 * The rows each table's first read left, as requests of blocks: a table's rows in blocks of at most
 * READ_BLOCK_BYTES by the rows' measured size, gathered in order into requests whose estimates
 * stay within READ_BLOCK_BYTES, so the short last blocks of different tables share one.
 */
export function blockRequests(heads: { key: ContractKey; whole: string; head: Loaded }[]): Block[][] {
  const blocks = remainingBlocks(heads);
  const requests: Block[][] = [];
  let current: Block[] = [];
  let bytes = 0;
  for (const block of blocks) {
    if (current.length && bytes + block.bytes > READ_BLOCK_BYTES) {
      requests.push(current);
      current = [];
      bytes = 0;
    }
    current.push(block);
    bytes += block.bytes;
  }
  if (current.length) requests.push(current);
  return requests;
}

export function tooLargeResponse(error: unknown): boolean {
  return (error as { code?: string } | undefined)?.code === 'ResponsePayloadSizeLimitExceeded';
}

/** A block's rows in two halves, in order; a block of one row stays whole. */
function halves(block: Block): Block[] {
  const { top, bottom } = block.box;
  if (top === bottom) return [block];
  const middle = Math.floor((top + bottom) / 2);
  const share = (from: number, to: number) => ({
    ...block,
    box: { ...block.box, top: from, bottom: to },
    bytes: (block.bytes * (to - from + 1)) / (bottom - top + 1),
  });
  return [share(top, middle), share(middle + 1, bottom)];
}

/**
 * One request of blocks, appended in order to what each table has so far. A request Excel refuses
 * as over 5 MB (its rows longer than those the blocks were measured by) is asked again block by
 * block, each in halves, each half its own request.
 */
async function readBlocks(context: Excel.RequestContext, request: Block[], complete: Map<ContractKey, Loaded>): Promise<void> {
  const ranges = request.map((block) => {
    const range = context.workbook.worksheets.getItem(block.sheet).getRange(boxAddress(block.box));
    range.load('values,valueTypes');
    return { key: block.key, range };
  });
  try {
    await context.sync();
  } catch (error) {
    const smaller = request.flatMap(halves);
    if (!tooLargeResponse(error) || smaller.length === request.length) throw error;
    for (const half of smaller) {
      await readBlocks(context, [half], complete);
    }
    return;
  }
  for (const { key, range } of ranges) {
    const sofar = complete.get(key)!;
    sofar.values = sofar.values.concat(range.values);
    sofar.valueTypes = sofar.valueTypes.concat(range.valueTypes);
  }
}

/**
 * Reads what the first rows left of each table, in blocks that keep every response well under
 * Office's 5 MB limit; the last, short blocks of different tables share a request. Costs no round
 * trip when every table fitted in its first rows.
 */
export async function readRemainingRows(
  context: Excel.RequestContext,
  heads: { key: ContractKey; whole: string; head: Loaded }[],
): Promise<Map<ContractKey, Loaded>> {
  const complete = new Map<ContractKey, Loaded>();
  for (const { key, whole, head } of heads)
    complete.set(key, { address: whole, values: head.values, valueTypes: head.valueTypes });
  for (const request of blockRequests(heads)) {
    // Each request is its own round trip by design: together they would pass Office's 5 MB limit.
    await readBlocks(context, request, complete);
  }
  return complete;
}
