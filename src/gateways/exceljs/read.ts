import type ExcelJS from 'exceljs';
import type { RangeBox, RangeLookup, RawRange, RawTable, Reference, WorkbookInput } from '../../engine';
import {
  boxAddress,
  MAX_REFERENCE_CELLS,
  parseRangeAddress,
  parseReference,
  SHEET_NAMES,
  TABLE_NAMES,
  wholeLines,
} from '../../engine';
import { extentOf, filledBox, readCells, readTableCells } from './sheetCells';

export function findSheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  const lower = name.toLowerCase();
  return workbook.worksheets.find((ws) => ws.name.toLowerCase() === lower);
}

/** The cells of an A1 range; rows and cells the sheet does not have read as blank, and are not created. */
export function readBox(sheet: ExcelJS.Worksheet, address: string, withFormulas = false): RawRange {
  const box = parseRangeAddress(address);
  if (!box) throw new Error(`Not an A1 range: ${address}`);
  return readCells(sheet, box, withFormulas);
}

interface TableModel {
  name: string;
  tableRef?: string;
  ref?: string;
}

function findTable(workbook: ExcelJS.Workbook, tableName: string, sheetName: string): RawTable | undefined {
  const lower = tableName.toLowerCase();
  for (const sheet of workbook.worksheets) {
    for (const table of sheet.getTables() as unknown as { table: TableModel }[]) {
      const model = table.table;
      if (model.name.toLowerCase() !== lower) continue;
      const box = parseRangeAddress(model.tableRef ?? model.ref ?? '');
      if (box) return { name: model.name, ...readTableCells(sheet, box) };
    }
  }
  const sheet = findSheet(workbook, sheetName);
  const extent = sheet && extentOf(sheet);
  if (!sheet || !extent || extent.rowCount === 0 || extent.columnCount === 0) return undefined;
  return { name: sheet.name, ...readTableCells(sheet, { top: 1, left: 1, bottom: extent.rowCount, right: extent.columnCount }) };
}

export function readInput(workbook: ExcelJS.Workbook): WorkbookInput {
  return {
    catalogue: findTable(workbook, TABLE_NAMES.catalogue, SHEET_NAMES.catalogue),
    data: findTable(workbook, TABLE_NAMES.data, SHEET_NAMES.data),
    settings: findTable(workbook, TABLE_NAMES.settings, SHEET_NAMES.settings),
    activity: findTable(workbook, TABLE_NAMES.activity, SHEET_NAMES.activity),
    sheetNames: workbook.worksheets.map((ws) => ws.name),
  };
}

function lookupRange(workbook: ExcelJS.Workbook, sheetName: string, address: string): RangeLookup {
  const sheet = findSheet(workbook, sheetName);
  if (!sheet) {
    const names = workbook.worksheets.map((ws) => `"${ws.name}"`).join(', ');
    return { ok: false, problem: 'missing-sheet', detail: `there is no sheet called "${sheetName}" (the sheets are ${names})` };
  }
  const box = filledPart(sheet, address);
  const cells = (box.bottom - box.top + 1) * (box.right - box.left + 1);
  if (cells > MAX_REFERENCE_CELLS) {
    return {
      ok: false,
      problem: 'too-large',
      detail: `it reaches ${boxAddress(box)} on "${sheet.name}", ${cells.toLocaleString('en-GB')} cells, more than the ${MAX_REFERENCE_CELLS.toLocaleString('en-GB')} read behind one reference`,
    };
  }
  // With formula text, for the engine to judge saved values by (referencedFormulas.ts).
  return { ok: true, range: readBox(sheet, boxAddress(box), true) };
}

/**
 * The part of a range worth reading: a whole column (C:C) or row (5:5), or a range larger than
 * any reference needs, ends at the last row (column) with a value in it, so a month added at the
 * bottom is read and a million empty cells never are. Never shorter than the range's first row.
 */
function filledPart(sheet: ExcelJS.Worksheet, address: string): RangeBox {
  const box = parseRangeAddress(address)!;
  const whole = wholeLines(address);
  if (!whole && (box.bottom - box.top + 1) * (box.right - box.left + 1) <= MAX_REFERENCE_CELLS) return box;
  const filled = filledBox(sheet, box);
  return whole === 'rows' ? { ...box, right: filled.right } : { ...box, bottom: filled.bottom };
}

export function readReferences(workbook: ExcelJS.Workbook, references: Reference[]): Map<string, RangeLookup> {
  const names = workbook.definedNames.model as { name: string; ranges: string[] }[];
  const found = new Map<string, RangeLookup>();
  for (const ref of references) {
    if (ref.kind === 'range') {
      found.set(ref.text, lookupRange(workbook, ref.sheet, ref.address));
      continue;
    }
    const name = names.find((n) => n.name.toLowerCase() === ref.name.toLowerCase());
    if (!name || name.ranges.length === 0 || isFormulaName(workbook, name.ranges)) {
      const dynamic = name !== undefined || hasName(workbook, ref.name);
      found.set(
        ref.text,
        dynamic
          ? { ok: false, problem: 'dynamic-name', detail: dynamicNameDetail(ref.name) }
          : { ok: false, problem: 'missing-name', detail: `the workbook has no name "${ref.name}"` },
      );
      continue;
    }
    const only = name.ranges.length === 1 ? name.ranges[0] : undefined;
    const target = only === undefined ? undefined : parseReference(only);
    if (!target || target.kind !== 'range') {
      found.set(ref.text, {
        ok: false,
        problem: 'unreadable',
        detail: `the name "${ref.name}" refers to ${name.ranges.join(', ')}, not one block of cells`,
      });
      continue;
    }
    found.set(ref.text, lookupRange(workbook, target.sheet, target.address));
  }
  return found;
}

/**
 * Names defined by a formula (INDEX(…) or OFFSET(…) for "the latest row", or a constant) are
 * not read from files: ExcelJS keeps only names that are cells. It drops an INDEX name from its
 * model but still lists it among the names it met, and it cuts an OFFSET name at its first comma
 * into a "range" on a sheet called "OFFSET(Data" that does not exist. ExcelJS keeps no copy of
 * the file's own XML to read the formula from, so the message cannot quote it.
 */
function hasName(workbook: ExcelJS.Workbook, name: string): boolean {
  const met = (workbook.definedNames as unknown as { matrixMap?: Record<string, unknown> }).matrixMap ?? {};
  return Object.keys(met).some((n) => n.toLowerCase() === name.toLowerCase());
}

/** A "range" ExcelJS made from a formula: on a sheet that is not there, named like a function call. */
function isFormulaName(workbook: ExcelJS.Workbook, ranges: string[]): boolean {
  return ranges.some((range) => {
    const target = parseReference(range);
    return target?.kind === 'range' && !findSheet(workbook, target.sheet) && /^[A-Za-z][A-Za-z0-9.]*\(/.test(target.sheet);
  });
}

/**
 * The workbook's names that ExcelJS read as something other than cells (INDEX(…), OFFSET(…),
 * a constant): a copy written from this workbook drops or garbles them, so whoever writes one
 * should say so, as for notes ExcelJS cannot keep (a gateway's `notKept`).
 */
export function formulaNames(workbook: ExcelJS.Workbook): string[] {
  const met = (workbook.definedNames as unknown as { matrixMap?: Record<string, unknown> }).matrixMap ?? {};
  return Object.keys(met).filter((name) => {
    const { ranges } = workbook.definedNames.getRanges(name);
    return ranges.length === 0 || isFormulaName(workbook, ranges);
  });
}

function dynamicNameDetail(name: string): string {
  return `the name "${name}" is defined by a formula (such as INDEX(…) or OFFSET(…) for the latest row), not by cells, and names like that are not read from files yet (Excel with the add-in reads them)`;
}

/** The used cells of earlier output sheets whose contents a rerun keeps, by role. */
export function previousOutput(
  workbook: ExcelJS.Workbook,
  sheets: Record<string, string>,
  roles: readonly string[],
  owned: (role: string) => RangeBox | undefined = () => undefined,
): Record<string, RawRange> {
  const found: Record<string, RawRange> = {};
  for (const role of roles) {
    const range = sheets[role] ? usedRange(workbook, sheets[role], owned(role)) : undefined;
    if (range) found[role] = range;
  }
  return found;
}

/**
 * A sheet's used cells from A1 (within `within`, the block the scorecard owns there, when given),
 * or undefined when there is no such sheet or it is empty.
 */
export function usedRange(workbook: ExcelJS.Workbook, name: string, within?: RangeBox): RawRange | undefined {
  const sheet = findSheet(workbook, name);
  const extent = sheet && extentOf(sheet);
  if (!sheet || !extent || extent.rowCount === 0 || extent.columnCount === 0) return undefined;
  const whole = { top: 1, left: 1, bottom: extent.rowCount, right: extent.columnCount };
  const box = within
    ? { ...whole, bottom: Math.min(whole.bottom, within.bottom), right: Math.min(whole.right, within.right) }
    : whole;
  return readCells(sheet, filledBox(sheet, box));
}
