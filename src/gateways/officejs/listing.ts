import type { RangeBox } from '../../engine';
import { parseRangeAddress, parseReference, SCENARIO_SHEET, SHEET_NAMES, TABLE_NAMES } from '../../engine';
import { roleOfMarker } from '../gateway';

export type ContractKey = keyof typeof TABLE_NAMES;
const CONTRACT_KEYS: ContractKey[] = ['catalogue', 'data', 'settings', 'activity'];

/** A workbook-scoped name as Excel lists it. */
interface NameEntry {
  name: string;
  type: string;
  /** "='Sheet 1'!$A$1", "=#REF!$A$1", "=INDEX(…)". */
  formula: string;
}

/**
 * What round trip 1 learns: the workbook's sheets, tables and names, whether its structure is
 * protected, and who saved it last. Everything later is asked only of objects this listing shows
 * exist, so no request ever chains a call through a null object: what Excel does with the
 * children of a null object is not documented (docs/excel-checks).
 */
export interface Listing {
  sheetNames: string[];
  tableNames: string[];
  names: NameEntry[];
  structureProtected: boolean;
  lastAuthor: string;
  /** The workbook counts dates from 1904, so a date's serial is 1,462 smaller than in the 1900 system. */
  date1904: boolean;
}

/** Round trip 1: the listing, in one sync of collection loads only. */
export async function readListing(context: Excel.RequestContext): Promise<Listing> {
  const { workbook } = context;
  workbook.worksheets.load('items/name');
  workbook.tables.load('items/name');
  workbook.names.load('items/name,items/type,items/formula');
  workbook.protection.load('protected');
  workbook.properties.load('lastAuthor');
  // Office.js has no property for the date system, but DATE answers in it: DATE(1904, 1, 1) is
  // serial 0 in the 1904 system and 1462 in the 1900 system (ExcelApi 1.2). The year "is a number
  // from 1900 or 1904 (depending on the workbook's date system)".
  // https://learn.microsoft.com/en-us/javascript/api/excel/excel.functions#excel-excel-functions-date-member(1)
  // https://learn.microsoft.com/office/troubleshoot/excel/1900-and-1904-date-system
  const firstOf1904 = workbook.functions.date(1904, 1, 1);
  firstOf1904.load('value');
  await context.sync();
  return {
    sheetNames: workbook.worksheets.items.map((s) => s.name),
    tableNames: workbook.tables.items.map((t) => t.name),
    names: workbook.names.items.map((n) => ({ name: n.name, type: String(n.type), formula: String(n.formula) })),
    structureProtected: workbook.protection.protected,
    lastAuthor: workbook.properties.lastAuthor,
    date1904: firstOf1904.value === 0,
  };
}

function find(list: string[], wanted: string): string | undefined {
  const lower = wanted.toLowerCase();
  return list.find((n) => n.toLowerCase() === lower);
}

/** Where each contract table is read from: an Excel table by name, else a sheet of that name. */
interface ContractSource {
  key: ContractKey;
  table?: string;
  sheet?: string;
}

export function contractSources(listing: Listing): ContractSource[] {
  return CONTRACT_KEYS.flatMap((key): ContractSource[] => {
    const table = find(listing.tableNames, TABLE_NAMES[key]);
    if (table) return [{ key, table }];
    const sheet = find(listing.sheetNames, SHEET_NAMES[key]);
    return sheet ? [{ key, sheet }] : [];
  });
}

export function scenarioSheet(listing: Listing): string | undefined {
  return find(listing.sheetNames, SCENARIO_SHEET);
}

export function nameEntry(listing: Listing, name: string): NameEntry | undefined {
  const lower = name.toLowerCase();
  return listing.names.find((n) => n.name.toLowerCase() === lower);
}

/**
 * Earlier output, found by its marker names: the sheet each role went to, the block it owns there
 * (a marker on A1 alone is from before blocks were recorded: the whole sheet was output then), and
 * markers left dangling.
 */
export function markedOutput(listing: Listing): {
  outputSheets: Map<string, string>;
  owned: Map<string, RangeBox>;
  staleMarkers: Set<string>;
} {
  const outputSheets = new Map<string, string>();
  const owned = new Map<string, RangeBox>();
  const staleMarkers = new Set<string>();
  for (const entry of listing.names) {
    const role = roleOfMarker(entry.name);
    if (!role) continue;
    const ref = parseReference(entry.formula.replace(/^=/, ''));
    const sheet = ref?.kind === 'range' ? find(listing.sheetNames, ref.sheet) : undefined;
    if (sheet) outputSheets.set(role, sheet);
    else staleMarkers.add(role);
    const box = ref?.kind === 'range' ? parseRangeAddress(ref.address.replace(/\$/g, '')) : undefined;
    if (sheet && box && (box.bottom > box.top || box.right > box.left)) owned.set(role, box);
  }
  return { outputSheets, owned, staleMarkers };
}
