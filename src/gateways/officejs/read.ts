import type { RangeLookup, RawRange, RawTable, Reference, WorkbookInput } from '../../engine';
import { parseRangeAddress, parseReference, SHEET_NAMES, TABLE_NAMES } from '../../engine';
import { toRawCells } from './cells';

type ContractKey = keyof typeof TABLE_NAMES;
const CONTRACT_KEYS: ContractKey[] = ['catalogue', 'data', 'settings'];

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

interface TableProbe {
  table: Excel.Table;
  range: Excel.Range;
  /** A sheet named like the table, for workbooks that keep the contract without Excel tables. */
  sheetRange: Excel.Range;
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
}

export interface FirstRead {
  input: WorkbookInput;
  state: WorkbookState;
}

/**
 * Round trip 1: the three contract tables, the sheet names, and the output markers and
 * protection the write will need, all in one sync. A contract kept on a plain sheet rather
 * than a table costs one more round trip, to read that sheet's used range.
 */
export async function readFirst(
  context: Excel.RequestContext,
  markerNames: Map<string, string>,
  outputNames: string[],
): Promise<FirstRead> {
  const { workbook } = context;
  const sheets = workbook.worksheets;
  sheets.load('items/name');
  const probes = new Map<ContractKey, TableProbe>();
  for (const key of CONTRACT_KEYS) {
    const table = workbook.tables.getItemOrNullObject(TABLE_NAMES[key]);
    const range = table.getRange();
    range.load('address,values,valueTypes');
    const sheetRange = sheets.getItemOrNullObject(SHEET_NAMES[key]).getUsedRangeOrNullObject(true);
    sheetRange.load('address');
    probes.set(key, { table, range, sheetRange });
  }
  const markers = [...markerNames].map(([role, name]) => {
    const item = workbook.names.getItemOrNullObject(name);
    const target = item.getRangeOrNullObject();
    target.load('address');
    return { role, item, target };
  });
  await context.sync();

  const input: WorkbookInput = { sheetNames: sheets.items.map((s) => s.name) };
  const fallbacks: [ContractKey, Excel.Range][] = [];
  for (const [key, probe] of probes) {
    if (!probe.table.isNullObject) {
      input[key] = { name: TABLE_NAMES[key], range: rawRange(probe.range) } satisfies RawTable;
    } else if (!probe.sheetRange.isNullObject) {
      const { sheet, address } = splitAddress(probe.sheetRange.address);
      const range = sheets.getItem(sheet).getRange(address);
      range.load('address,values,valueTypes');
      fallbacks.push([key, range]);
    }
  }
  if (fallbacks.length) {
    await context.sync();
    for (const [key, range] of fallbacks) input[key] = { name: SHEET_NAMES[key], range: rawRange(range) };
  }

  const state: WorkbookState = {
    sheetNames: input.sheetNames,
    outputSheets: new Map(),
    protectedSheets: new Set(),
    staleMarkers: new Set(),
    candidates: [],
  };
  for (const m of markers) {
    if (m.item.isNullObject) continue;
    if (m.target.isNullObject) {
      state.staleMarkers.add(m.role);
      continue;
    }
    state.outputSheets.set(m.role, splitAddress(m.target.address).sheet);
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
