import type { CellLocation, RangeBox, RawRange } from '../../engine';
import {
  boxAddress,
  MAX_REFERENCE_CELLS,
  parseRangeAddress,
  parseReference,
  quoteSheet,
  sameSheetName,
  SHEET_NAMES,
  TABLE_NAMES,
} from '../../engine';
import type { ScenarioCells, SelectionBlock, StarterTable, WorkbookEditor } from '../editor';
import { literal, toRawCells } from './cells';

/** "'Monthly return'!B5:M5" as a sheet and a box; undefined for anything else. */
function sheetBox(address: string): { sheet: string; box: RangeBox } | undefined {
  const reference = parseReference(address);
  const box = reference?.kind === 'range' ? parseRangeAddress(reference.address) : undefined;
  return reference?.kind === 'range' && box ? { sheet: reference.sheet, box } : undefined;
}

function rawRange(sheet: string, box: RangeBox, values: unknown[][], valueTypes: Excel.RangeValueType[][]): RawRange {
  return { sheet, address: boxAddress(box), top: box.top, left: box.left, cells: toRawCells(values, valueTypes) };
}

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Live Excel's own Excel.run, for the entry points (tests hand the same seam a test host's). */
export const excelRun: ExcelRun = (batch) => Excel.run(batch);

/**
 * The pane's edits to live Excel. Like the gateway, it never asks anything of an object that
 * may not exist: a sheet is looked up in the listing of sheets first.
 */
export class OfficeJsEditor implements WorkbookEditor {
  constructor(private readonly run: ExcelRun) {}

  /** One round trip to list the sheets; one more to read the scenario sheet when there is one. */
  readScenarios(sheetName: string): Promise<ScenarioCells> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      await context.sync();
      const sheet = sheets.items.map((s) => s.name).find((n) => sameSheetName(n, sheetName));
      if (!sheet) return {};
      const used = sheets.getItem(sheet).getUsedRangeOrNullObject(true);
      used.load('values,valueTypes');
      await context.sync();
      return { sheet, cells: used.isNullObject ? undefined : toRawCells(used.values, used.valueTypes) };
    });
  }

  /** One round trip. Names and ids are text whatever they look like ("Apr 2017", "1.10"). */
  writeScenarios(found: ScenarioCells, sheetName: string, rows: (string | number | null)[][]): Promise<void> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const sheet = found.sheet ? sheets.getItem(found.sheet) : sheets.add(sheetName);
      sheet.getRange().clear('Contents');
      const width = rows[0]?.length ?? 0;
      sheet.getRangeByIndexes(0, 0, rows.length, width).values = rows.map((r) => r.map((v) => literal(v ?? null)));
      sheet.getRangeByIndexes(0, 0, 1, width).format.font.bold = true;
      await context.sync();
    });
  }

  writeNumbers(writes: { at: CellLocation; value: number }[]): Promise<void> {
    return this.run(async (context) => {
      for (const { at, value } of writes) context.workbook.worksheets.getItem(at.sheet).getRange(at.cell).values = [[value]];
      await context.sync();
    });
  }

  goTo(at: CellLocation): Promise<void> {
    return this.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(at.sheet);
      sheet.activate();
      sheet.getRange(at.cell).select();
      await context.sync();
    });
  }

  useSelection(target: CellLocation): Promise<string> {
    return this.run(async (context) => {
      const selection = context.workbook.getSelectedRange();
      selection.load('address');
      await context.sync();
      const address = selection.address;
      context.workbook.worksheets.getItem(target.sheet).getRange(target.cell).values = [[literal(address)]];
      await context.sync();
      return address;
    });
  }

  /** Two round trips: list sheets and tables, then add what is missing. */
  addMissingTables(tables: StarterTable[]): Promise<string[]> {
    return this.run(async (context) => {
      const { worksheets, tables: existing } = context.workbook;
      worksheets.load('items/name');
      existing.load('items/name');
      await context.sync();
      const taken = new Set(worksheets.items.map((s) => s.name.toLowerCase()));
      const have = new Set(existing.items.map((t) => t.name.toLowerCase()));
      const created: string[] = [];
      for (const table of tables.filter((t) => !have.has(t.tableName.toLowerCase()))) {
        let name = table.sheetName;
        for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${table.sheetName} ${n}`;
        taken.add(name.toLowerCase());
        const sheet = worksheets.add(name);
        const width = table.rows[0]?.length ?? 0;
        const address = `${quoteSheet(name)}!${boxAddress({ top: 1, left: 1, bottom: table.rows.length, right: width })}`;
        const block = sheet.getRangeByIndexes(0, 0, table.rows.length, width);
        block.numberFormat = table.rows.map((r, i) => r.map((_, j) => table.formats[`${i},${j}`] ?? 'General'));
        block.values = table.rows.map((r) => r.map(literal));
        const added = context.workbook.tables.add(address, true);
        added.name = table.tableName;
        sheet.getRangeByIndexes(0, 0, table.rows.length, width).format.autofitColumns();
        created.push(name);
      }
      await context.sync();
      return created;
    });
  }

  /**
   * Two round trips: the selection's address, its sheet's used range and the lists of tables and
   * sheets; then the sheet from A1 to the selection's right edge, down to the last filled row (at
   * most MAX_REFERENCE_CELLS cells), and the catalogue table when the listing has one.
   */
  readSelection(): Promise<SelectionBlock> {
    return this.run(async (context) => {
      const selected = context.workbook.getSelectedRange();
      selected.load('address');
      const used = selected.worksheet.getUsedRangeOrNullObject(true);
      used.load('address');
      const { tables, worksheets } = context.workbook;
      tables.load('items/name');
      worksheets.load('items/name');
      await context.sync();
      const where = sheetBox(selected.address);
      if (!where) throw new Error(`Excel gives the selection as "${selected.address}", which is not one block of cells.`);
      const filled = used.isNullObject ? undefined : sheetBox(used.address)?.box;
      const right = Math.min(where.box.right, filled?.right ?? where.box.right);
      const bottom = Math.max(1, Math.min(filled?.bottom ?? where.box.top, Math.floor(MAX_REFERENCE_CELLS / right)));
      const block = worksheets.getItem(where.sheet).getRangeByIndexes(0, 0, bottom, right);
      block.load('values,valueTypes');
      const catalogueTable = tables.items.find((t) => t.name.toLowerCase() === TABLE_NAMES.catalogue.toLowerCase())?.name;
      const table = catalogueTable ? tables.getItem(catalogueTable).getRange() : undefined;
      table?.load('address,values,valueTypes');
      await context.sync();
      const tableAt = table && sheetBox(table.address);
      return {
        address: selected.address,
        selection: where.box,
        block: rawRange(where.sheet, { top: 1, left: 1, bottom, right }, block.values, block.valueTypes),
        catalogue:
          catalogueTable && table && tableAt
            ? { table: catalogueTable, range: rawRange(tableAt.sheet, tableAt.box, table.values, table.valueTypes) }
            : undefined,
        catalogueSheet: worksheets.items.map((s) => s.name).find((n) => sameSheetName(n, SHEET_NAMES.catalogue)),
      };
    });
  }

  /** One round trip: Excel adds the rows at the table's bottom, growing the table. */
  appendTableRows(table: string, rows: (string | number | null)[][]): Promise<void> {
    return this.run(async (context) => {
      context.workbook.tables.getItem(table).rows.add(
        undefined,
        rows.map((r) => r.map(literal)),
      );
      await context.sync();
    });
  }
}
