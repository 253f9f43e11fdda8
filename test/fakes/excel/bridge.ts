import ExcelJS from 'exceljs';
import { cellAddress, parseRangeAddress, parseReference } from '../../../src/engine/address';
import { DocumentState, SheetState } from './document';
import type { CellState } from './document';

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** Loads an ExcelJS workbook into the fake host's document, as Excel would hold it. */
export function documentFromExcelJs(wb: ExcelJS.Workbook): DocumentState {
  const doc = new DocumentState();
  // A date cell of a 1904 workbook holds its serial counted from 1904 (ExcelJS gives the Date).
  doc.date1904 = wb.properties.date1904 === true;
  const offset = doc.date1904 ? 1462 : 0;
  for (const ws of wb.worksheets) {
    const sheet = doc.addSheet(ws.name);
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (cell.isMerged && cell.master !== cell) return;
        const state = sheet.edit(r, c);
        state.numberFormat = cell.numFmt || 'General';
        setValue(state, cell.value, offset);
      });
    });
    sheet.merges = Object.values((ws as unknown as { _merges: Record<string, { range: string }> })._merges).map((m) => m.range);
    for (let r = 1; r <= ws.rowCount; r++) if (ws.getRow(r).hidden) sheet.hiddenRows.add(r);
    sheet.protected = Boolean((ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet);
    for (const t of ws.getTables() as unknown as { table: { name: string; tableRef: string; totalsRow?: boolean } }[]) {
      doc.tables.push({
        name: t.table.name,
        sheet,
        address: t.table.tableRef,
        ...(t.table.totalsRow ? { showTotals: true } : {}),
      });
    }
  }
  for (const n of wb.definedNames.model as { name: string; ranges: string[] }[]) {
    const [only] = n.ranges;
    const ref = n.ranges.length === 1 && only !== undefined ? parseReference(only) : undefined;
    const sheet = ref?.kind === 'range' ? doc.sheet(ref.sheet) : undefined;
    if (ref?.kind === 'range' && sheet) doc.names.push({ name: n.name, sheet, address: ref.address, comment: '' });
  }
  doc.active = doc.sheets[0];
  doc.lastAuthor = wb.lastModifiedBy ?? '';
  return doc;
}

function setValue(state: CellState, value: ExcelJS.CellValue, offset: number): void {
  if (value === null || value === undefined) return;
  if (value instanceof Date) state.value = (value.getTime() - EXCEL_EPOCH) / 86400000 - offset;
  else if (typeof value === 'object') {
    if ('error' in value) state.error = String(value.error);
    else if ('formula' in value) {
      state.formula = `=${value.formula}`;
      setValue(state, (value as { result?: ExcelJS.CellValue }).result ?? null, offset);
    } else if ('richText' in value) state.value = value.richText.map((p) => p.text).join('');
    else state.value = String(value);
  } else state.value = value;
}

/** One written cell, in terms both gateways can be compared in. */
export interface ComparableCell {
  address: string;
  value: string | number | boolean | null;
  formula?: string;
  numberFormat: string;
  bold: boolean;
  italic: boolean;
  fontColor: string;
  fill: string;
  hAlign: string;
  vAlign: string;
  wrap: boolean;
}

export interface ComparableSheet {
  cells: ComparableCell[];
  merges: string[];
  rules: string[];
  rowHeights: Record<number, number>;
  freeze: string;
  tabColor: string;
}

const color = (argb?: string): string => (argb ? `#${argb.slice(-6).toUpperCase()}` : '');

export function comparableFromExcelJs(ws: ExcelJS.Worksheet): ComparableSheet {
  const cells: ComparableCell[] = [];
  const rowHeights: Record<number, number> = {};
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    if (row.height) rowHeights[r] = row.height;
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      if (cell.isMerged && cell.master !== cell) return;
      const v = cell.value as ExcelJS.CellValue;
      const formula = v && typeof v === 'object' && 'formula' in v ? `=${v.formula}` : undefined;
      // The fake host does not calculate, so a formula's cached result is not compared here:
      // HyperFormula and LibreOffice check what formulas calculate to.
      const value = formula ? null : (v as string | number | boolean | null);
      const fill = cell.fill && cell.fill.type === 'pattern' ? color(cell.fill.fgColor?.argb) : '';
      cells.push({
        address: cellAddress(r, c),
        value,
        ...(formula ? { formula } : {}),
        numberFormat: cell.numFmt || 'General',
        bold: Boolean(cell.font?.bold),
        italic: Boolean(cell.font?.italic),
        fontColor: color(cell.font?.color?.argb),
        fill,
        hAlign: cell.alignment?.horizontal ?? '',
        vAlign: cell.alignment?.vertical === 'middle' ? 'center' : (cell.alignment?.vertical ?? ''),
        wrap: Boolean(cell.alignment?.wrapText),
      });
    });
  });
  const cfs = (
    ws as unknown as {
      conditionalFormattings: {
        ref: string;
        rules: {
          operator: string;
          formulae: string[];
          style: { fill?: { bgColor?: { argb: string } }; font?: { color?: { argb: string }; bold?: boolean } };
        }[];
      }[];
    }
  ).conditionalFormattings;
  const rules = cfs.flatMap((cf) =>
    cf.rules.map(
      (r) =>
        `${cf.ref} ${r.operator} ${r.formulae.join(',')} fill=${color(r.style.fill?.bgColor?.argb)} font=${color(r.style.font?.color?.argb)} bold=${Boolean(r.style.font?.bold)}`,
    ),
  );
  const view = ws.views?.[0] as { state?: string; xSplit?: number; ySplit?: number } | undefined;
  const merges = Object.values((ws as unknown as { _merges: Record<string, { range: string }> })._merges).map((m) => m.range);
  return {
    cells: cells.filter(meaningful),
    merges: merges.sort(),
    rules: rules.sort(),
    rowHeights,
    freeze: view?.state === 'frozen' ? `${view.xSplit},${view.ySplit}` : '',
    tabColor: color(ws.properties.tabColor?.argb),
  };
}

const OPERATORS: Record<string, string> = { EqualTo: 'equal', Between: 'between' };

export function comparableFromFake(sheet: SheetState): ComparableSheet {
  const cells: ComparableCell[] = [];
  const merged = sheet.merges.map((m) => parseRangeAddress(m)!);
  for (const [key, cell] of sheet.cells) {
    const [r, c] = SheetState.position(key);
    if (merged.some((b) => r >= b.top && r <= b.bottom && c >= b.left && c <= b.right && (r !== b.top || c !== b.left))) continue;
    cells.push({
      address: cellAddress(r, c),
      value: cell.value,
      ...(cell.formula ? { formula: cell.formula } : {}),
      numberFormat: cell.numberFormat,
      bold: Boolean(cell.format.bold),
      italic: Boolean(cell.format.italic),
      fontColor: cell.format.color ?? '',
      fill: cell.format.fill ?? '',
      hAlign: (cell.format.hAlign ?? '').toLowerCase(),
      vAlign: (cell.format.vAlign ?? '').toLowerCase(),
      wrap: Boolean(cell.format.wrap),
    });
  }
  const rules = sheet.cfs.map((cf) => {
    const f = [cf.rule?.formula1, cf.rule?.formula2].filter(Boolean).map((x) => String(x).replace(/^=/, ''));
    return `${cf.range} ${OPERATORS[cf.rule?.operator ?? ''] ?? cf.rule?.operator} ${f.join(',')} fill=${cf.format.fill ?? ''} font=${cf.format.color ?? ''} bold=${Boolean(cf.format.bold)}`;
  });
  const freeze = sheet.freeze ? /^A1:([A-Z]+)(\d+)$/.exec(sheet.freeze) : null;
  return {
    cells: cells.filter(meaningful),
    merges: [...sheet.merges].sort(),
    rules: rules.sort(),
    rowHeights: Object.fromEntries(sheet.rowHeights),
    freeze: freeze?.[1] && freeze[2] ? `${freeze[1].charCodeAt(0) - 64},${freeze[2]}` : '',
    tabColor: sheet.tabColor,
  };
}

/** Cells that hold something or are formatted; blank unformatted cells are the same either way. */
function meaningful(cell: ComparableCell): boolean {
  return (
    cell.value !== null ||
    Boolean(cell.formula) ||
    cell.numberFormat !== 'General' ||
    cell.bold ||
    cell.italic ||
    Boolean(cell.fill) ||
    Boolean(cell.fontColor) ||
    Boolean(cell.hAlign) ||
    Boolean(cell.vAlign) ||
    cell.wrap
  );
}

export function sortCells(sheet: ComparableSheet): ComparableSheet {
  return { ...sheet, cells: [...sheet.cells].sort((a, b) => a.address.localeCompare(b.address, 'en', { numeric: true })) };
}
