import type ExcelJS from 'exceljs';
import type { RangeBox } from '../../engine';
import { absoluteCell, cellAddress, parseRangeAddress, sheetRef } from '../../engine';
import type { ForeignCell } from '../placement';
import { placeSheets } from '../placement';
import { foreignCellsOf, keepOutside, restoreOutside } from './ownership';
import { outputSheetsOf, ownedBoxOf } from './markers';
import { findSheet, modelBook } from './modelBook';
import type { CfFormat, CfRule, PlanCell, SheetPlan, WorkbookPlan } from '../../plan';
import { markerName } from '../gateway';
import { argb, cellStyles, StyleTable } from './styles';
import { applyPageSetup } from './pageSetup';

/** Worksheet fields ExcelJS has at run time but does not declare. */
interface WorksheetInternals {
  orderNo: number;
  sheetProtection?: { sheet?: boolean } | null;
  /** Merged ranges by their top-left cell's address. */
  _merges: Record<string, unknown>;
}
const internals = (sheet: ExcelJS.Worksheet): WorksheetInternals => sheet as unknown as WorksheetInternals;

interface Target {
  plan: SheetPlan;
  existing?: ExcelJS.Worksheet;
  /** The block this run owns. */
  box: RangeBox;
  /** Last run's block on the existing sheet: everything outside it is people's, and is kept. */
  keep?: RangeBox;
}

/** Names of the sheets earlier output went to, by role (an area's scorecard included). */
export function outputSheets(workbook: ExcelJS.Workbook): Record<string, string> {
  return outputSheetsOf(modelBook(workbook));
}

/**
 * Where each planned sheet goes, by the placement policy both gateways share; throws, having
 * changed nothing, when a sheet is not ours to replace or people's cells stand where output goes.
 */
function locate(workbook: ExcelJS.Workbook, plan: WorkbookPlan, inputSheets: Set<string>): Target[] {
  const book = modelBook(workbook);
  const marked = new Map(Object.entries(outputSheetsOf(book)));
  const owned = new Map<string, RangeBox>();
  const foreign = new Map<string, ForeignCell[]>();
  for (const [role, name] of marked) {
    const box = ownedBoxOf(book, role);
    const sheet = findSheet(workbook, name);
    if (!box || !sheet) continue;
    owned.set(role, box);
    foreign.set(role, foreignCellsOf(sheet, box));
  }
  const placements = placeSheets(plan, {
    sheetNames: workbook.worksheets.map((w) => w.name),
    marked,
    protectedSheets: new Set(workbook.worksheets.filter((w) => internals(w).sheetProtection?.sheet).map((w) => w.name)),
    structureProtected: false,
    inputSheets,
    owned,
    foreign,
  });
  return placements.map((p) => ({
    plan: p.plan,
    box: p.box,
    existing: p.existing ? findSheet(workbook, p.existing) : undefined,
    keep: p.existing && p.clear ? owned.get(p.plan.role) : undefined,
  }));
}

function cellValue(cell: PlanCell): ExcelJS.CellValue {
  if (cell.formula)
    return { formula: cell.formula.replace(/^=/, ''), result: cell.value ?? undefined } as ExcelJS.CellFormulaValue;
  return cell.value;
}

function cfStyle(format: CfFormat): Partial<ExcelJS.Style> {
  return {
    ...(format.fill ? { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(format.fill) } } } : {}),
    font: { ...(format.fontColor ? { color: { argb: argb(format.fontColor) } } : {}), ...(format.bold ? { bold: true } : {}) },
  };
}

function cfRule(rule: CfRule, priority: number): ExcelJS.ConditionalFormattingRule {
  if (rule.type === 'textEquals') {
    return {
      type: 'cellIs',
      operator: 'equal',
      formulae: [`"${rule.text.replace(/"/g, '""')}"`],
      style: cfStyle(rule.format),
      priority,
    };
  }
  return {
    type: 'cellIs',
    operator: 'between',
    formulae: [String(rule.min), String(rule.max)],
    style: cfStyle(rule.format),
    priority,
  };
}

/**
 * Merges the plan's ranges. ExcelJS's mergeCells checks each new merge against every earlier one,
 * which is quadratic (26,000 merges on a 20,000-indicator summary took 72 s): here the check is
 * one pass over the cells, and each merge is made with the sheet's list of merges set aside.
 */
function mergeAll(sheet: ExcelJS.Worksheet, ranges: string[]): void {
  const covered = new Set<string>();
  const merges = internals(sheet)._merges;
  for (const range of ranges) {
    const box = parseRangeAddress(range);
    if (!box) throw new Error(`Bad merge in plan: ${range}`);
    for (let r = box.top; r <= box.bottom; r++) {
      for (let c = box.left; c <= box.right; c++) {
        const key = `${r},${c}`;
        if (covered.has(key)) throw new Error(`Merges in the plan of "${sheet.name}" overlap at ${range}`);
        covered.add(key);
      }
    }
    internals(sheet)._merges = {};
    sheet.mergeCells(range);
    Object.assign(merges, internals(sheet)._merges);
  }
  internals(sheet)._merges = merges;
}

function writeSheet(workbook: ExcelJS.Workbook, target: Target): void {
  const { plan, existing } = target;
  const name = existing?.name ?? plan.name;
  const orderNo = existing ? internals(existing).orderNo : undefined;
  const kept = existing && target.keep ? keepOutside(existing, target.keep) : undefined;
  if (existing) workbook.removeWorksheet(existing.id);
  const sheet = workbook.addWorksheet(name, {
    properties: plan.tabColor ? { tabColor: { argb: argb(plan.tabColor) } } : {},
    pageSetup: {
      orientation: plan.landscape ? 'landscape' : 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      paperSize: 9,
    },
    views: plan.freeze ? [{ state: 'frozen', xSplit: plan.freeze.columns, ySplit: plan.freeze.rows }] : [],
  });
  if (orderNo !== undefined) internals(sheet).orderNo = orderNo;

  plan.cells.forEach((cells, r) => {
    const row = sheet.getRow(r + 1);
    cells.forEach((cell, c) => {
      if (cell.value !== null || cell.formula) row.getCell(c + 1).value = cellValue(cell);
    });
  });
  const table = new StyleTable();
  for (const [key, id] of cellStyles(plan, table)) {
    sheet.getCell(Math.floor(key / 16_384), key % 16_384).style = table.style(id);
  }
  plan.columnWidths.forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
  });
  for (const [row, height] of Object.entries(plan.rowHeights)) sheet.getRow(Number(row)).height = height;
  mergeAll(sheet, plan.merges);
  let priority = 1;
  for (const cf of plan.conditionalFormats) {
    sheet.addConditionalFormatting({ ref: cf.range, rules: cf.rules.map((rule) => cfRule(rule, priority++)) });
  }
  // ExcelJS cannot draw charts: say so where each chart would stand, rather than leave a gap.
  for (const chart of plan.charts ?? []) {
    const cell = sheet.getCell(chart.from);
    cell.value = `Trend chart: drawn here when the scorecard is recalculated in Excel with the add-in.`;
    cell.style = { ...cell.style, font: { italic: true, color: { argb: 'FF7F7F7F' } } };
  }
  applyPageSetup(sheet, plan);
  if (kept) restoreOutside(sheet, kept);
  const corner = (row: number, column: number) => absoluteCell(cellAddress(row, column));
  const { box } = target;
  setMarker(workbook, markerName(plan.role), `${sheetRef(name)}!${corner(box.top, box.left)}:${corner(box.bottom, box.right)}`);
}

interface NamesModel {
  model: { name: string; ranges: string[] }[];
}

function setMarker(workbook: ExcelJS.Workbook, marker: string, location: string): void {
  const names = workbook.definedNames as unknown as NamesModel;
  names.model = [...names.model.filter((n) => n.name !== marker), { name: marker, ranges: [location] }];
}

/** Applies a plan to an ExcelJS workbook in memory; the caller saves it. Returns the names of the sheets written. */
export function applyPlan(workbook: ExcelJS.Workbook, plan: WorkbookPlan, inputSheets = new Set<string>()): string[] {
  const targets = locate(workbook, plan, inputSheets);
  for (const target of targets) writeSheet(workbook, target);
  return targets.map((t) => t.existing?.name ?? t.plan.name);
}
