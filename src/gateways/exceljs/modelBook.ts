/**
 * An ExcelJS model read as a Book: a workbook built in code, or opened by ExcelJS from a buffer.
 */
import type ExcelJS from 'exceljs';
import { parseReference } from '../../engine';
import type { Book, BookName, BookSheet, BookTable } from './book';
import { extentOf, filledBox, readCells, readTableCells } from './sheetCells';

function sheetOf(worksheet: ExcelJS.Worksheet): BookSheet {
  return {
    name: worksheet.name,
    extent: () => extentOf(worksheet),
    readCells: (box, withFormulas) => readCells(worksheet, box, withFormulas),
    filledBox: (box) => filledBox(worksheet, box),
    readTable: (box) => readTableCells(worksheet, box),
  };
}

export function findSheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  const lower = name.toLowerCase();
  return workbook.worksheets.find((ws) => ws.name.toLowerCase() === lower);
}

/** Names ExcelJS met in the file, whether or not it kept them. */
function namesMet(workbook: ExcelJS.Workbook): string[] {
  const met = (workbook.definedNames as unknown as { matrixMap?: Record<string, unknown> }).matrixMap ?? {};
  return Object.keys(met);
}

/** A "range" ExcelJS made from a formula: on a sheet that is not there, named like a function call. */
function isFormulaName(workbook: ExcelJS.Workbook, ranges: string[]): boolean {
  return ranges.some((range) => {
    const target = parseReference(range);
    return target?.kind === 'range' && !findSheet(workbook, target.sheet) && /^[A-Za-z][A-Za-z0-9.]*\(/.test(target.sheet);
  });
}

/**
 * Names defined by a formula (INDEX(…) or OFFSET(…) for "the latest row", or a constant) are
 * not cells to ExcelJS: it drops an INDEX name from its model but still lists it among the names
 * it met, and it cuts an OFFSET name at its first comma into a "range" on a sheet called
 * "OFFSET(Data" that does not exist. It keeps no copy of the formula to quote.
 */
function namesOf(workbook: ExcelJS.Workbook): BookName[] {
  const model = workbook.definedNames.model as { name: string; ranges: string[] }[];
  const byName = new Map(model.map((n) => [n.name.toLowerCase(), n.ranges]));
  const met = namesMet(workbook);
  const all = [...met, ...model.map((n) => n.name).filter((n) => !met.some((m) => m.toLowerCase() === n.toLowerCase()))];
  return all.map((name) => {
    const ranges = byName.get(name.toLowerCase()) ?? [];
    const cells = ranges.length > 0 && !isFormulaName(workbook, ranges);
    return { name, ...(cells ? { ranges } : {}), refersTo: ranges.join(',') };
  });
}

/**
 * The workbook's names that ExcelJS read as something other than cells (INDEX(…), OFFSET(…),
 * a constant): a copy written from this workbook drops or garbles them, so whoever writes one
 * should say so, as for notes ExcelJS cannot keep (a gateway's `notKept`).
 */
export function formulaNames(workbook: ExcelJS.Workbook): string[] {
  return namesOf(workbook)
    .filter((n) => !n.ranges)
    .map((n) => n.name);
}

interface TableModel {
  name: string;
  tableRef?: string;
  ref?: string;
  /** ExcelJS's flag for a Total Row (Table Design > Total Row), kept inside the ref. */
  totalsRow?: boolean;
}

export function modelBook(workbook: ExcelJS.Workbook): Book {
  return {
    get sheetNames() {
      return workbook.worksheets.map((ws) => ws.name);
    },
    sheet(name) {
      const found = findSheet(workbook, name);
      return found && sheetOf(found);
    },
    tables() {
      const tables: BookTable[] = [];
      for (const worksheet of workbook.worksheets) {
        for (const table of worksheet.getTables() as unknown as { table: TableModel }[]) {
          const ref = table.table.tableRef ?? table.table.ref;
          const totals = table.table.totalsRow ? 1 : 0;
          if (ref)
            tables.push({ name: table.table.name, ref, sheet: sheetOf(worksheet), ...(totals ? { totalsRows: totals } : {}) });
        }
      }
      return tables;
    },
    names: () => namesOf(workbook),
  };
}
