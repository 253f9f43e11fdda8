import type { RangeBox, RawRange, RawTable, WorkbookInput } from '../../engine';
import { boxAddress, cellAddress, MAX_TABLE_CELLS, parseRangeAddress, parseReference, SHEET_NAMES } from '../../engine';
import type { ForeignCell } from '../placement';
import { toRawCells } from './cells';
import type { ContractKey, Listing } from './listing';
import { contractSources, markedOutput, readListing, scenarioSheet } from './listing';
import { BACKUP_PREFIX } from './backups';
import { foreignCells, queueOutputReads } from './earlierOutput';
import { hiddenRows } from './hiddenRows';
import type { SheetWindow } from './readAhead';
import { queueReadAhead } from './readAhead';

/** 'Sheet 1'!A1:B2 -> { sheet: 'Sheet 1', address: 'A1:B2' } */
export function splitAddress(address: string): { sheet: string; address: string } {
  const ref = parseReference(address);
  if (!ref || ref.kind !== 'range') throw new Error(`Office returned an address we cannot read: ${address}`);
  return { sheet: ref.sheet, address: ref.address };
}

export function rawRange(range: { address: string; values: unknown[][]; valueTypes: Excel.RangeValueType[][] }): RawRange {
  const { sheet, address } = splitAddress(range.address);
  const box = parseRangeAddress(address)!;
  return { sheet, address, top: box.top, left: box.left, cells: toRawCells(range.values, range.valueTypes) };
}

/**
 * Rows of each contract table read in the first round trip. Most workbooks fit whole; a bigger
 * table's remaining rows follow in blocks sized from what the first rows measured, because
 * Excel on the web refuses responses over 5 MB.
 */
const FIRST_READ_ROWS: Record<ContractKey, number> = { catalogue: 2000, data: 20000, settings: 500, activity: 5000 };
/**
 * A block of further table rows aims at this many bytes of JSON (values and value types): 80% of
 * the 5 MB a response may hold, for a block is sized from the rows read before it (measured: a
 * block of 3 MB came back as 3,094 KB) and later rows may be longer.
 */
export const READ_BLOCK_BYTES = 4 * 1024 * 1024;

/**
 * The first `rows` rows of the sheet, where they meet `range`: the head of a table that starts
 * near the top, nothing (a null object of its own) for one that starts further down. Never reaches
 * past the sheet's edge, however near the bottom the range sits.
 */
function head(range: Excel.Range, rows: number): Excel.Range {
  return range.getIntersectionOrNullObject(range.worksheet.getRangeByIndexes(0, 0, rows, HEAD_COLUMNS));
}

/** Columns of the first read: far more than any contract table has, far fewer than a sheet holds. */
const HEAD_COLUMNS = 256;

interface Loaded {
  address: string;
  values: unknown[][];
  valueTypes: Excel.RangeValueType[][];
}

function jsonBytes(range: Loaded): number {
  return JSON.stringify(range.values).length + JSON.stringify(range.valueTypes).length;
}

/**
 * Reads what the first rows left of each table, in blocks that keep every response well under
 * Office's 5 MB limit. Costs no round trip when every table fitted in its first rows.
 */
async function readRemainingRows(
  context: Excel.RequestContext,
  heads: { key: ContractKey; whole: string; head: Loaded }[],
): Promise<Map<ContractKey, Loaded>> {
  const blocks: { key: ContractKey; sheet: string; box: RangeBox }[] = [];
  const complete = new Map<ContractKey, Loaded>();
  for (const { key, whole, head } of heads) {
    complete.set(key, { address: whole, values: head.values, valueTypes: head.valueTypes });
    const { sheet, address } = splitAddress(whole);
    const table = parseRangeAddress(address)!;
    const read = head.values.length;
    const tableRows = table.bottom - table.top + 1;
    if (read >= tableRows) continue;
    // Bytes a row costs, from the rows read; a table below the first rows costs a guess of 100 a cell.
    const perRow = read > 0 ? Math.max(1, jsonBytes(head) / read) : 100 * (table.right - table.left + 1);
    const rowsPerBlock = Math.max(1, Math.floor(READ_BLOCK_BYTES / perRow));
    for (let top = table.top + read; top <= table.bottom; top += rowsPerBlock) {
      blocks.push({ key, sheet, box: { ...table, top, bottom: Math.min(table.bottom, top + rowsPerBlock - 1) } });
    }
  }
  for (const block of blocks) {
    const range = context.workbook.worksheets.getItem(block.sheet).getRange(boxAddress(block.box));
    range.load('values,valueTypes');
    // Each block is its own round trip by design: together they would pass Office's 5 MB limit.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    const sofar = complete.get(block.key)!;
    sofar.values = sofar.values.concat(range.values);
    sofar.valueTypes = sofar.valueTypes.concat(range.valueTypes);
  }
  return complete;
}

/** What the reads learn that the write will need: sheets, and where earlier output went. */
export interface WorkbookState {
  sheetNames: string[];
  /** Sheet an output role was last written to (found by its marker name), by role. */
  outputSheets: Map<string, string>;
  protectedSheets: Set<string>;
  /** Marker names left pointing at a deleted sheet (#REF!), to delete before adding again. */
  staleMarkers: Set<string>;
  /** Charts on earlier output sheets, by role: the write replaces them. */
  charts: Map<string, string[]>;
  /** Sheets cannot be added, copied or deleted while the workbook's structure is protected. */
  structureProtected: boolean;
  /** Sheets the run reads (contract tables, referenced ranges): never written. */
  inputSheets: Set<string>;
  /** The block each role's earlier output owns, from its marker. */
  owned: Map<string, RangeBox>;
  /** What people typed on earlier output sheets outside those blocks. */
  foreign: Map<string, ForeignCell[]>;
  listing: Listing;
  /** Sheets read ahead for the catalogue's references, by lower-case name (readAhead.ts). */
  readAhead: Map<string, SheetWindow>;
}

interface FirstRead {
  input: WorkbookInput;
  state: WorkbookState;
}

const EMPTY: Loaded = { address: '', values: [], valueTypes: [] };

/** Every sheet the catalogue may refer to: all but earlier output, the add-in's backups and the scenarios sheet. */
function referenceSheets(listing: Listing, outputSheets: Map<string, string>, outputNames: string[]): string[] {
  const output = new Set([...outputSheets.values(), ...outputNames].map((n) => n.toLowerCase()));
  const scenarios = scenarioSheet(listing)?.toLowerCase();
  return listing.sheetNames.filter((n) => {
    const lower = n.toLowerCase();
    return !output.has(lower) && lower !== scenarios && !lower.startsWith(BACKUP_PREFIX);
  });
}

function tooLargeResponse(error: unknown): boolean {
  return (error as { code?: string } | undefined)?.code === 'ResponsePayloadSizeLimitExceeded';
}

/**
 * Round trip 2, queued: the contract tables' first rows, the scenarios sheet, earlier output
 * (earlierOutput.ts) and the sheets read ahead for references (readAhead.ts).
 */
function queueSecondRead(
  context: Excel.RequestContext,
  listing: Listing,
  marked: { outputSheets: Map<string, string>; owned: Map<string, RangeBox> },
  options: { outputNames: string[]; keptRoles: readonly string[]; readAhead: string[] },
) {
  const sheets = context.workbook.worksheets;
  const tables = contractSources(listing).map((source) => {
    const whole = source.table
      ? context.workbook.tables.getItem(source.table).getRange()
      : sheets.getItem(source.sheet!).getUsedRange(true);
    // Hidden catalogue rows are reported (hiddenRows.ts); true, false or null, one property.
    whole.load(source.key === 'catalogue' ? 'address,rowHidden' : 'address');
    const first = head(whole, FIRST_READ_ROWS[source.key]);
    first.load('address,values,valueTypes');
    return { source, whole, first };
  });
  const scenarioName = scenarioSheet(listing);
  const scenarios = scenarioName ? sheets.getItem(scenarioName).getUsedRangeOrNullObject(true) : undefined;
  scenarios?.load('address,values,valueTypes');
  const { kept, outside, protections } = queueOutputReads(context, listing, marked, options.outputNames, options.keptRoles);
  const readAhead = queueReadAhead(context, options.readAhead);
  return { tables, scenarioName, scenarios, kept, outside, protections, readAhead };
}

/**
 * Round trips 1 and 2: the listing (sheets, tables, names, protection), then in one sync the
 * contract tables' first rows, the scenarios sheet, what people wrote on earlier output (narrative,
 * run log, commentary) and its charts, the protection of every sheet the write may replace, and
 * the sheets the catalogue may refer to, read ahead (readAhead.ts). A table too big for one
 * response adds one round trip per block of its further rows.
 */
export async function readFirst(
  context: Excel.RequestContext,
  outputNames: string[],
  keptRoles: readonly string[] = [],
): Promise<FirstRead> {
  const listing = await readListing(context);
  const { outputSheets, owned, staleMarkers } = markedOutput(listing);

  const sheetsReadAhead = referenceSheets(listing, outputSheets, outputNames);
  const queue = (readAhead: string[]) =>
    queueSecondRead(context, listing, { outputSheets, owned }, { outputNames, keptRoles, readAhead });
  let second = queue(sheetsReadAhead);
  try {
    await context.sync();
  } catch (error) {
    // Read ahead, the response passed Office's 5 MB: read without it (references get a round trip).
    if (!tooLargeResponse(error) || sheetsReadAhead.length === 0) throw error;
    second = queue([]);
    await context.sync();
  }
  const { tables, scenarioName, scenarios, kept, outside, protections } = second;

  const input: WorkbookInput = {
    sheetNames: listing.sheetNames,
    tableNames: listing.tableNames,
    author: listing.lastAuthor || undefined,
    date1904: listing.date1904,
    previousOutput: {},
  };
  if (scenarios && !scenarios.isNullObject) input.scenarios = rawRange(scenarios);
  const charts = new Map<string, string[]>();
  for (const k of kept) {
    if (!k.used.isNullObject) input.previousOutput![k.role] = rawRange(k.used);
    if (k.charts.items.length)
      charts.set(
        k.role,
        k.charts.items.map((c) => c.name),
      );
  }
  // A table whose cells reach absurdly far (a stray value in the sheet's far corner) is not read
  // block by block for minutes: the engine reports how far it reaches.
  const extentOf = (address: string) => parseRangeAddress(splitAddress(address).address)!;
  const cellsOf = (b: RangeBox) => (b.bottom - b.top + 1) * (b.right - b.left + 1);
  const readable = tables.filter(({ whole }) => cellsOf(extentOf(whole.address)) <= MAX_TABLE_CELLS);
  const heads = readable.map(({ source, whole, first }) => ({
    key: source.key,
    whole: whole.address,
    head: first.isNullObject ? EMPTY : first,
  }));
  const complete = await readRemainingRows(context, heads);
  for (const { source, whole } of tables) {
    const name = source.table ?? SHEET_NAMES[source.key];
    const range = complete.get(source.key);
    if (range) {
      const hidden = source.key === 'catalogue' ? await hiddenRows(context, whole) : [];
      input[source.key] = { name, range: rawRange(range), ...(hidden.length ? { hiddenRows: hidden } : {}) } satisfies RawTable;
      continue;
    }
    const extent = extentOf(whole.address);
    const sheet = splitAddress(whole.address).sheet;
    input[source.key] = {
      name,
      range: { sheet, address: cellAddress(extent.top, extent.left), top: extent.top, left: extent.left, cells: [[null]] },
      tooLarge: { reaches: cellAddress(extent.bottom, extent.right), cells: cellsOf(extent) },
    } satisfies RawTable;
  }
  const state: WorkbookState = {
    sheetNames: listing.sheetNames,
    outputSheets,
    protectedSheets: new Set(protections.filter((p) => p.protection.protected).map((p) => p.name)),
    staleMarkers,
    charts,
    structureProtected: listing.structureProtected,
    inputSheets: new Set(tables.map(({ whole }) => splitAddress(whole.address).sheet)),
    owned,
    foreign: foreignCells(outside),
    listing,
    readAhead: second.readAhead(),
  };
  if (scenarioName) state.inputSheets.add(scenarioName);
  return { input, state };
}
