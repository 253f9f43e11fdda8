import type { RangeBox, RangeLookup, RawRange, RawTable, Reference, WorkbookInput } from '../../engine';
import { boxAddress, parseRangeAddress, parseReference, SCENARIO_SHEET, SHEET_NAMES, TABLE_NAMES } from '../../engine';
import { roleOfMarker } from '../gateway';
import { toRawCells } from './cells';

type ContractKey = keyof typeof TABLE_NAMES;
const CONTRACT_KEYS: ContractKey[] = ['catalogue', 'data', 'settings', 'activity'];

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
export const FIRST_READ_ROWS: Record<ContractKey, number> = { catalogue: 2000, data: 20000, settings: 500, activity: 5000 };
/** A block of further table rows aims at this many bytes of JSON (values and value types). */
export const READ_BLOCK_BYTES = 3 * 1024 * 1024;

interface TableProbe {
  table: Excel.Table;
  /** The whole table: only its address is loaded. */
  whole: Excel.Range;
  /** Its first rows, with their values. */
  head: Excel.Range;
  /** A sheet named like the table, for workbooks that keep the contract without Excel tables. */
  sheetRange: Excel.Range;
}

/** The first `rows` rows of a range (all of it when shorter), as a proxy: nothing is synced. */
function firstRows(range: Excel.Range, rows: number): Excel.Range {
  return range.getIntersectionOrNullObject(range.getRow(0).getResizedRange(rows - 1, 0));
}

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
    const perRow = Math.max(1, jsonBytes(head) / Math.max(1, read));
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

/** What the first read learns that the write will need: sheets, and where earlier output went. */
export interface WorkbookState {
  sheetNames: string[];
  /** Sheet an output role was last written to (found by its marker name), by role. */
  outputSheets: Map<string, string>;
  protectedSheets: Set<string>;
  /** Marker names left pointing at a deleted sheet (#REF!), to delete before adding again. */
  staleMarkers: Set<string>;
  /** Existing sheets the write may replace; their protection is checked in the second read. */
  candidates: string[];
  /** Charts on earlier output sheets, by role: the write replaces them. */
  charts: Map<string, string[]>;
}

export interface FirstRead {
  input: WorkbookInput;
  state: WorkbookState;
}

/**
 * Round trip 1: the three contract tables, the sheet names, and the output markers and
 * protection the write will need, all in one sync. A contract kept on a plain sheet rather
 * than a table costs one more round trip, to read that sheet's used range; a table too big for
 * one response adds one round trip per block of its further rows.
 */
export async function readFirst(
  context: Excel.RequestContext,
  markerNames: Map<string, string>,
  outputNames: string[],
  keptRoles: readonly string[] = [],
): Promise<FirstRead> {
  const { workbook } = context;
  const sheets = workbook.worksheets;
  sheets.load('items/name');
  const scenarios = sheets.getItemOrNullObject(SCENARIO_SHEET).getUsedRangeOrNullObject(true);
  scenarios.load('address,values,valueTypes');
  const probes = new Map<ContractKey, TableProbe>();
  for (const key of CONTRACT_KEYS) {
    const table = workbook.tables.getItemOrNullObject(TABLE_NAMES[key]);
    const whole = table.getRange();
    whole.load('address');
    const head = firstRows(whole, FIRST_READ_ROWS[key]);
    head.load('address,values,valueTypes');
    const sheetRange = sheets.getItemOrNullObject(SHEET_NAMES[key]).getUsedRangeOrNullObject(true);
    sheetRange.load('address');
    probes.set(key, { table, whole, head, sheetRange });
  }
  const markers = [...markerNames].map(([role, name]) => {
    const item = workbook.names.getItemOrNullObject(name);
    const target = item.getRangeOrNullObject();
    target.load('address');
    // What people wrote on earlier output (narrative, run log) comes in this same round trip.
    const kept = keptRoles.includes(role);
    // The marker's sheet, by a proxy of its own (a navigation, not a read: nothing to load).
    const sheet = item.getRangeOrNullObject().worksheet;
    const used = kept ? sheet.getUsedRangeOrNullObject(true) : undefined;
    used?.load('address,values,valueTypes');
    // The charts the last run drew there, to be replaced by this run's.
    const charts = kept ? sheet.charts : undefined;
    charts?.load('items/name');
    return { role, item, target, used, charts };
  });
  // Markers of output roles that are not known in advance (an area's scorecard) are found by name.
  workbook.names.load('items/name,items/formula');
  const properties = workbook.properties;
  properties.load('lastAuthor');
  await context.sync();

  const input: WorkbookInput = {
    sheetNames: sheets.items.map((s) => s.name),
    author: properties.lastAuthor || undefined,
    previousOutput: {},
  };
  const charts = new Map<string, string[]>();
  if (!scenarios.isNullObject) input.scenarios = rawRange(scenarios);
  for (const m of markers) {
    if (m.used && !m.used.isNullObject) input.previousOutput![m.role] = rawRange(m.used);
    if (m.charts && !m.target.isNullObject && m.charts.items.length)
      charts.set(
        m.role,
        m.charts.items.map((c) => c.name),
      );
  }
  const heads: { key: ContractKey; whole: string; head: Loaded }[] = [];
  const fallbacks: { key: ContractKey; whole: string; head: Excel.Range }[] = [];
  const sources = new Map<ContractKey, string>();
  for (const [key, probe] of probes) {
    if (!probe.table.isNullObject) {
      heads.push({ key, whole: probe.whole.address, head: probe.head });
      sources.set(key, TABLE_NAMES[key]);
    } else if (!probe.sheetRange.isNullObject) {
      const { sheet, address } = splitAddress(probe.sheetRange.address);
      const head = firstRows(sheets.getItem(sheet).getRange(address), FIRST_READ_ROWS[key]);
      head.load('address,values,valueTypes');
      fallbacks.push({ key, whole: probe.sheetRange.address, head });
      sources.set(key, SHEET_NAMES[key]);
    }
  }
  if (fallbacks.length) {
    await context.sync();
    heads.push(...fallbacks);
  }
  const tables = await readRemainingRows(context, heads);
  for (const [key, range] of tables) input[key] = { name: sources.get(key)!, range: rawRange(range) } satisfies RawTable;

  const state: WorkbookState = {
    sheetNames: input.sheetNames,
    outputSheets: new Map(),
    protectedSheets: new Set(),
    staleMarkers: new Set(),
    candidates: [],
    charts,
  };
  for (const m of markers) {
    if (m.item.isNullObject) continue;
    if (m.target.isNullObject) {
      state.staleMarkers.add(m.role);
      continue;
    }
    state.outputSheets.set(m.role, splitAddress(m.target.address).sheet);
  }
  for (const item of workbook.names.items) {
    const role = roleOfMarker(item.name);
    if (!role || markerNames.has(role)) continue;
    const ref = parseReference(String(item.formula).replace(/^=/, ''));
    if (ref?.kind === 'range' && input.sheetNames.some((n) => n.toLowerCase() === ref.sheet.toLowerCase())) {
      state.outputSheets.set(role, ref.sheet);
    } else {
      state.staleMarkers.add(role);
    }
  }
  const present = new Map(input.sheetNames.map((n) => [n.toLowerCase(), n]));
  state.candidates = [...new Set([...state.outputSheets.values(), ...outputNames])]
    .map((n) => present.get(n.toLowerCase()))
    .filter((n): n is string => Boolean(n));
  return { input, state };
}

/**
 * Round trip 2: every range the catalogue refers to, by address or by name, and whether the
 * sheets the write would replace are protected, in one sync.
 */
export async function readReferences(
  context: Excel.RequestContext,
  references: Reference[],
  state: WorkbookState,
): Promise<Map<string, RangeLookup>> {
  const { sheetNames } = state;
  const found = new Map<string, RangeLookup>();
  const pending: { ref: Reference; range: Excel.Range; name?: Excel.NamedItem }[] = [];
  const byLower = new Map(sheetNames.map((n) => [n.toLowerCase(), n]));
  const protections = state.candidates.map((name) => {
    const protection = context.workbook.worksheets.getItem(name).protection;
    protection.load('protected');
    return { name, protection };
  });
  for (const ref of references) {
    if (ref.kind === 'range') {
      const sheet = byLower.get(ref.sheet.toLowerCase());
      if (!sheet) {
        const names = sheetNames.map((n) => `"${n}"`).join(', ');
        found.set(ref.text, {
          ok: false,
          problem: 'missing-sheet',
          detail: `there is no sheet called "${ref.sheet}" (the sheets are ${names})`,
        });
        continue;
      }
      const range = context.workbook.worksheets.getItem(sheet).getRange(ref.address);
      range.load('address,values,valueTypes');
      pending.push({ ref, range });
    } else {
      const name = context.workbook.names.getItemOrNullObject(ref.name);
      name.load('type');
      const range = name.getRangeOrNullObject();
      range.load('address,values,valueTypes');
      pending.push({ ref, range, name });
    }
  }
  if (pending.length || protections.length) await context.sync();
  for (const { name, protection } of protections) if (protection.protected) state.protectedSheets.add(name);
  for (const { ref, range, name } of pending) {
    if (name?.isNullObject) {
      found.set(ref.text, { ok: false, problem: 'missing-name', detail: `the workbook has no name "${ref.text}"` });
    } else if (range.isNullObject) {
      found.set(ref.text, {
        ok: false,
        problem: 'unreadable',
        detail: `the name "${ref.text}" does not refer to one block of cells`,
      });
    } else {
      found.set(ref.text, { ok: true, range: rawRange(range) });
    }
  }
  return found;
}
