import type { RangeBox, RawRange, RawTable, WorkbookInput } from '../../engine';
import { cellAddress, FileProblem, MAX_TABLE_CELLS, parseRangeAddress, rangeTo, SHEET_NAMES } from '../../engine';
import type { ForeignCell } from '../placement';
import { splitAddress, toRawCells } from './cells';
import type { ContractKey, Listing } from './listing';
import { contractSources, markedOutput, readListing, scenarioSheet } from './listing';
import { BACKUP_PREFIX } from './backups';
import { foreignCells, queueOutputReads } from './earlierOutput';
import { queueFormulaNames } from './formulaNames';
import { hiddenRows, queueVisibleCells } from './hiddenRows';
import type { SheetWindow } from './readAhead';
import { queueReadAhead, READ_AHEAD_CELLS, READ_AHEAD_CELLS_WITHOUT_DATA } from './readAhead';
import type { Caution } from './tableReads';
import { CAUTION_LEVELS, EMPTY, firstReadRows, readRemainingRows, tooLargeResponse } from './tableReads';

export function rawRange(range: { address: string; values: unknown[][]; valueTypes: Excel.RangeValueType[][] }): RawRange {
  const { sheet, address } = splitAddress(range.address);
  const box = parseRangeAddress(address)!;
  return { sheet, address, top: box.top, left: box.left, cells: toRawCells(range.values, range.valueTypes) };
}

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
  /** Where each name defined by a formula points, by lower-case name (null: not a range; formulaNames.ts). */
  formulaNames: Map<string, string | null>;
}

interface FirstRead {
  input: WorkbookInput;
  state: WorkbookState;
}

/** Every sheet the catalogue may refer to: all but earlier output, the add-in's backups and the scenarios sheet. */
function referenceSheets(listing: Listing, outputSheets: Map<string, string>, outputNames: string[]): string[] {
  const output = new Set([...outputSheets.values(), ...outputNames].map((n) => n.toLowerCase()));
  const scenarios = scenarioSheet(listing)?.toLowerCase();
  return listing.sheetNames.filter((n) => {
    const lower = n.toLowerCase();
    return !output.has(lower) && lower !== scenarios && !lower.startsWith(BACKUP_PREFIX);
  });
}

/**
 * Round trip 2, queued: the contract tables' first rows (with the catalogue's visible cells and the
 * row below each Excel table), the scenarios sheet, earlier output (earlierOutput.ts) and the
 * sheets read ahead for references (readAhead.ts).
 */
function queueSecondRead(
  context: Excel.RequestContext,
  listing: Listing,
  marked: { outputSheets: Map<string, string>; owned: Map<string, RangeBox> },
  options: { outputNames: string[]; keptRoles: readonly string[]; readAhead: string[] } & Ask,
) {
  const sheets = context.workbook.worksheets;
  const sources = contractSources(listing);
  const tables = sources.map((source) => {
    const table = source.table ? context.workbook.tables.getItem(source.table) : undefined;
    const whole = table ? table.getRange() : sheets.getItem(source.sheet!).getUsedRange(true);
    // A Total Row is the last row of the table's range, and Excel's, not data (showTotals, ExcelApi 1.3).
    table?.load('showTotals');
    const catalogue = source.key === 'catalogue';
    // Hidden catalogue rows are reported (hiddenRows.ts): the table's flag, and its visible cells.
    whole.load(catalogue ? 'address,rowHidden' : 'address');
    const visible = catalogue ? queueVisibleCells(whole) : undefined;
    const first = head(whole, firstReadRows(source.key, options.caution));
    first.load('address,values,valueTypes');
    // The sheet row just below an Excel table, across its columns: a row typed there is outside it.
    const below = table && options.optional ? whole.getRowsBelow(1) : undefined;
    below?.load('values,valueTypes');
    return { source, table, whole, first, visible, below };
  });
  const scenarioName = scenarioSheet(listing);
  const scenarios = scenarioName ? sheets.getItem(scenarioName).getUsedRangeOrNullObject(true) : undefined;
  scenarios?.load('address,values,valueTypes');
  const { kept, outside, protections } = queueOutputReads(context, listing, marked, options.outputNames, options.keptRoles);
  const withData = sources.some((source) => source.key === 'data');
  const readAhead = queueReadAhead(context, options.readAhead, withData ? READ_AHEAD_CELLS : READ_AHEAD_CELLS_WITHOUT_DATA);
  const names = options.optional
    ? queueFormulaNames(context, listing)
    : { asked: 0, read: () => new Map<string, string | null>() };
  const formulaNames = names.read;
  const optional = tables.some(({ below }) => below) || names.asked > 0;
  return { tables, scenarioName, scenarios, kept, outside, protections, readAhead, formulaNames, optional };
}

type SecondRead = ReturnType<typeof queueSecondRead>;

/**
 * How round trip 2 is asked: how cautiously (tableReads.ts), and whether with the reads a run can
 * do without (the row below each table). Excel cannot give the row below a table that ends on
 * the sheet's last row (Range.getRowsBelow past the edge), and the read cannot know that before
 * it returns; and where names defined by a formula point (formulaNames.ts). A read that fails with
 * them is asked again without them.
 */
interface Ask {
  caution: Caution;
  optional: boolean;
}

/**
 * Syncs round trip 2. When Excel refuses the response as over 5 MB, asks again more cautiously
 * (tableReads.ts): without reading ahead (references then get a round trip of their own) and with
 * fewer rows of each table, the rest following in blocks.
 */
async function syncSecondRead(context: Excel.RequestContext, queue: (ask: Ask) => SecondRead, ask: Ask): Promise<SecondRead> {
  const second = queue(ask);
  try {
    await context.sync();
    return second;
  } catch (error) {
    if (!tooLargeResponse(error) && second.optional) return syncSecondRead(context, queue, { ...ask, optional: false });
    if (!tooLargeResponse(error)) throw error;
    const next = CAUTION_LEVELS[CAUTION_LEVELS.indexOf(ask.caution) + 1];
    if (next !== undefined) return syncSecondRead(context, queue, { ...ask, caution: next });
    const names = [...second.tables.map(({ source }) => source.table ?? source.sheet), second.scenarioName];
    const read = names.filter((n): n is string => Boolean(n)).map((n) => `"${n}"`);
    throw new FileProblem(
      `Excel would not send the workbook's tables even 64 rows at a time: the first rows of ${read.join(', ')}, with the ` +
        'narrative and run log kept from the last run, come to more than the 5 MB Excel sends at once. Look there for cells ' +
        'holding very long text, shorten or move it, then run again.',
      'ResponsePayloadSizeLimitExceeded',
    );
  }
}

/**
 * The contract tables, whole: their first rows from round trip 2 and the rest in blocks
 * (tableReads.ts), with the catalogue's hidden rows and the row below each Excel table.
 */
async function readTables(
  context: Excel.RequestContext,
  tables: SecondRead['tables'],
): Promise<Partial<Record<ContractKey, RawTable>>> {
  const read: Partial<Record<ContractKey, RawTable>> = {};
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
  for (const { source, table, whole, visible, below } of tables) {
    const name = source.table ?? SHEET_NAMES[source.key];
    const range = complete.get(source.key);
    if (range) {
      const hidden = source.key === 'catalogue' ? await hiddenRows(context, whole, visible) : [];
      const rowBelow = below && toRawCells(below.values, below.valueTypes)[0];
      const totals = table?.showTotals === true ? 1 : 0;
      const cells = rawRange(range);
      read[source.key] = {
        name,
        // The Total Row is the range's last row: cut off when the read reaches it.
        range: totals ? rangeTo(cells, extentOf(whole.address).bottom - 1) : cells,
        ...(hidden.length ? { hiddenRows: hidden } : {}),
        ...(rowBelow ? { rowBelow } : {}),
        ...(totals ? { totalsRows: totals } : {}),
      } satisfies RawTable;
      continue;
    }
    const extent = extentOf(whole.address);
    const sheet = splitAddress(whole.address).sheet;
    read[source.key] = {
      name,
      range: { sheet, address: cellAddress(extent.top, extent.left), top: extent.top, left: extent.left, cells: [[null]] },
      tooLarge: { reaches: cellAddress(extent.bottom, extent.right), cells: cellsOf(extent) },
    } satisfies RawTable;
  }
  return read;
}

/**
 * Round trips 1 and 2: the listing (sheets, tables, names, protection), then in one sync the
 * contract tables' first rows, the scenarios sheet, what people wrote on earlier output (narrative,
 * run log, commentary) and its charts, the protection of every sheet the write may replace, and
 * the sheets the catalogue may refer to, read ahead (readAhead.ts). A table too big for one
 * response adds a round trip per block of its further rows (tableReads.ts).
 */
export async function readFirst(
  context: Excel.RequestContext,
  outputNames: string[],
  keptRoles: readonly string[] = [],
): Promise<FirstRead> {
  const listing = await readListing(context);
  const { outputSheets, owned, staleMarkers } = markedOutput(listing);

  const sheetsReadAhead = referenceSheets(listing, outputSheets, outputNames);
  const queue = (ask: Ask) =>
    queueSecondRead(
      context,
      listing,
      { outputSheets, owned },
      { outputNames, keptRoles, readAhead: ask.caution === 0 ? sheetsReadAhead : [], ...ask },
    );
  const second = await syncSecondRead(context, queue, { caution: 0, optional: true });
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
  Object.assign(input, await readTables(context, tables));
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
    formulaNames: second.formulaNames(),
  };
  if (scenarioName) state.inputSheets.add(scenarioName);
  return { input, state };
}
