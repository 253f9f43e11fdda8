import type { CfFormat, CfRule, SheetPlan, Style } from '../../plan';
import type { RangeBox } from '../../engine';
import { absoluteCell, boxAddress, cellAddress, sheetRef } from '../../engine';
import { markerName } from '../gateway';
import { formulasOf, pointsForCharacters } from './cells';
import { formatWrites } from './numberFormats';
import { COMMAND_BYTES } from './requestSize';
import { queuePageSetup } from './pageSetup';
import type { Placement } from '../placement';

const H_ALIGN = { left: 'Left', center: 'Center', right: 'Right' } as const;
const V_ALIGN = { top: 'Top', center: 'Center', bottom: 'Bottom' } as const;

function applyStyle(range: Excel.Range, style: Style): void {
  const { format } = range;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.fontSize) format.font.size = style.fontSize;
  if (style.fontColor) format.font.color = style.fontColor;
  if (style.fill) format.fill.color = style.fill;
  if (style.hAlign) format.horizontalAlignment = H_ALIGN[style.hAlign];
  if (style.vAlign) format.verticalAlignment = V_ALIGN[style.vAlign];
  if (style.wrap) format.wrapText = true;
  if (style.borderBottom) format.borders.getItem('EdgeBottom').style = 'Continuous';
}

function applyCfFormat(format: Excel.ConditionalRangeFormat, cf: CfFormat): void {
  if (cf.fill) format.fill.color = cf.fill;
  if (cf.fontColor) format.font.color = cf.fontColor;
  if (cf.bold) format.font.bold = true;
}

function addRule(range: Excel.Range, rule: CfRule): void {
  const cf = range.conditionalFormats.add('CellValue');
  applyCfFormat(cf.cellValue.format, rule.format);
  cf.cellValue.rule =
    rule.type === 'textEquals'
      ? { formula1: `="${rule.text.replace(/"/g, '""')}"`, operator: 'EqualTo' }
      : { formula1: `=${rule.min}`, formula2: `=${rule.max}`, operator: 'Between' };
}

/** What a marker name says: the sheet and the block the scorecard owns there ("='Scorecard'!$A$1:$N$60"). */
function markerFormula(sheet: string, box: RangeBox): string {
  const corner = (row: number, column: number) => absoluteCell(cellAddress(row, column));
  return `=${sheetRef(sheet)}!${corner(box.top, box.left)}:${corner(box.bottom, box.right)}`;
}

/** Queues one sheet's setup: created or cleared, with widths, styles, merges, rules and marker; cells come in blocks. */
export function queueSheet(
  context: Excel.RequestContext,
  placement: Placement,
  marker: { exists: boolean; stale: boolean; formula?: string },
  stamp: string,
): Excel.Worksheet {
  const { plan } = placement;
  const sheets = context.workbook.worksheets;
  let sheet: Excel.Worksheet;
  if (placement.existing) {
    sheet = sheets.getItem(placement.existing);
    // Only the scorecard's own block, last run's and this run's: what people typed beside it stays.
    const all = placement.clear ? sheet.getRange(boxAddress(placement.clear)) : sheet.getRange();
    all.conditionalFormats.clearAll();
    all.unmerge();
    all.clear('All');
    all.format.useStandardHeight = true;
    all.format.useStandardWidth = true;
    sheet.freezePanes.unfreeze();
  } else {
    sheet = sheets.add(plan.name);
  }

  plan.columnWidths.forEach((chars, i) => {
    sheet.getRangeByIndexes(0, i, 1, 1).format.columnWidth = pointsForCharacters(chars);
  });
  for (const [row, height] of Object.entries(plan.rowHeights)) sheet.getRange(`${row}:${row}`).format.rowHeight = height;
  for (const { range, style } of plan.styles) applyStyle(sheet.getRange(range), style);
  for (const range of plan.merges) sheet.getRange(range).merge(false);
  for (const cf of plan.conditionalFormats) {
    const range = sheet.getRange(cf.range);
    for (const rule of cf.rules) addRule(range, rule);
  }
  for (const chart of plan.charts ?? []) {
    const added = sheet.charts.add('Line', sheet.getRange(chart.source), 'Rows');
    // A name of this run's own: the last run's charts stay until the write is complete.
    added.name = `${chart.name} ${stamp}`;
    added.title.text = chart.title;
    added.setPosition(chart.from, chart.to);
  }
  if (plan.freeze) sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, plan.freeze.rows, plan.freeze.columns));
  if (plan.tabColor) sheet.tabColor = plan.tabColor;
  queuePageSetup(sheet, plan);
  const name = markerName(plan.role);
  const formula = markerFormula(placement.existing ?? plan.name, placement.box);
  if (marker.exists && marker.formula !== formula) context.workbook.names.getItem(name).formula = formula;
  if (!marker.exists && marker.stale) context.workbook.names.getItem(name).delete();
  if (!marker.exists)
    context.workbook.names.add(
      name,
      sheet.getRange(boxAddress(placement.box)),
      'Scorecard output sheet: the block the add-in writes',
    );
  return sheet;
}

export function writeBlock(sheet: Excel.Worksheet, plan: SheetPlan, from: number, to: number, width: number): void {
  const rows = plan.cells.slice(from, to + 1);
  const range = sheet.getRange(boxAddress({ top: from + 1, left: 1, bottom: to + 1, right: width }));
  // The block was cleared (or the sheet is new), so only formats other than General are sent.
  for (const { row, column, formats } of formatWrites(rows, COMMAND_BYTES).writes) {
    sheet.getRangeByIndexes(from + row, column, formats.length, formats[0]?.length ?? 1).numberFormat = formats;
  }
  range.formulas = formulasOf(rows);
}
