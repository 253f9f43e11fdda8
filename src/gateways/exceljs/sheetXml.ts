/**
 * An output sheet's part written straight from its plan: cells with their values, formulas and
 * style ids, column widths, row heights, merges, conditional formats, frozen panes, tab colour
 * and print set-up, in the element order the SpreadsheetML schema requires (ECMA-376 Part 1,
 * 18.3.1.99 worksheet). What people kept outside the run's block on an earlier output sheet
 * (keptXml.ts) is written back as the very cells it was. Charts are drawn by chartXml.ts.
 */
import { boxAddress, cellAddress, InvariantError, parseRangeAddress } from '../../engine';
import type { CellValue, CfRule, SheetPlan } from '../../plan';
import type { Carried } from './carriedXml';
import type { KeptXml } from './keptXml';
import { argb } from './styles';
import { escapeXml } from './xmlScan';

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Text as an XML string (ST_Xstring): characters XML cannot hold are written as _xHHHH_, and a literal _xHHHH_ kept as itself. */
export function xmlText(text: string): string {
  const escaped = escapeXml(text.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1'));
  // eslint-disable-next-line no-control-regex
  return escaped.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, (c) => {
    return `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`;
  });
}

function numberText(value: number, where: string): string {
  if (!Number.isFinite(value)) throw new InvariantError(`the plan puts ${value} in ${where}, which no cell can hold`);
  return String(value);
}

function inlineText(text: string): string {
  const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : '';
  return `<is><t${space}>${xmlText(text)}</t></is>`;
}

/** One cell's element; undefined for a cell with nothing in it and no style. */
function cellXml(ref: string, value: CellValue, formula: string | undefined, style: number): string | undefined {
  const s = style ? ` s="${style}"` : '';
  if (formula) {
    const f = `<f>${xmlText(formula.replace(/^=/, ''))}</f>`;
    if (typeof value === 'number') return `<c r="${ref}"${s}>${f}<v>${numberText(value, ref)}</v></c>`;
    if (typeof value === 'string') return `<c r="${ref}"${s} t="str">${f}<v>${xmlText(value)}</v></c>`;
    if (typeof value === 'boolean') return `<c r="${ref}"${s} t="b">${f}<v>${value ? 1 : 0}</v></c>`;
    return `<c r="${ref}"${s}>${f}</c>`;
  }
  if (typeof value === 'number') return `<c r="${ref}"${s}><v>${numberText(value, ref)}</v></c>`;
  if (typeof value === 'string') return `<c r="${ref}"${s} t="inlineStr">${inlineText(value)}</c>`;
  if (typeof value === 'boolean') return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  return style ? `<c r="${ref}"${s}/>` : undefined;
}

interface SheetCellStyles {
  /** The workbook's cell format id of the cell at row, column (1-based); 0 for none. */
  at(row: number, column: number): number;
}

function rowsXml(plan: SheetPlan, styles: SheetCellStyles, kept: KeptXml | undefined): string {
  const out: string[] = [];
  const rowCount = Math.max(plan.cells.length, kept?.lastRow ?? 0);
  for (let r = 1; r <= rowCount; r++) {
    const cells: { column: number; xml: string }[] = [];
    const planned = plan.cells[r - 1] ?? [];
    for (let c = 1; c <= planned.length; c++) {
      const cell = planned[c - 1];
      const xml = cell && cellXml(cellAddress(r, c), cell.value, cell.formula, styles.at(r, c));
      if (xml) cells.push({ column: c, xml });
    }
    // A kept cell inside the new output's area has nothing in it (placement refuses to write over
    // people's values): the output's own cell stands there.
    for (const k of kept?.cells.get(r) ?? []) if (k.column > planned.length) cells.push(k);
    const height = plan.rowHeights[r] ?? kept?.heights.get(r);
    if (cells.length === 0 && height === undefined) continue;
    cells.sort((a, b) => a.column - b.column);
    const ht = height === undefined ? '' : ` ht="${height}" customHeight="1"`;
    out.push(cells.length ? `<row r="${r}"${ht}>${cells.map((c) => c.xml).join('')}</row>` : `<row r="${r}"${ht}/>`);
  }
  return `<sheetData>${out.join('')}</sheetData>`;
}

/** Columns from their <col> attributes (width, hidden), by 0-based column; runs of the same are one element. */
function colsXml(columns: (string | undefined)[]): string {
  const cols: string[] = [];
  for (let i = 0; i < columns.length;) {
    const attributes = columns[i];
    let j = i;
    while (j + 1 < columns.length && columns[j + 1] === attributes) j++;
    if (attributes !== undefined) cols.push(`<col min="${i + 1}" max="${j + 1}"${attributes}/>`);
    i = j + 1;
  }
  return cols.length ? `<cols>${cols.join('')}</cols>` : '';
}

function viewXml(freeze: SheetPlan['freeze'], zoom: string | undefined): string {
  const view = `<sheetView workbookViewId="0"${zoom && /^\d+$/.test(zoom) ? ` zoomScale="${zoom}"` : ''}`;
  if (!freeze || (freeze.rows === 0 && freeze.columns === 0)) return `<sheetViews>${view}/></sheetViews>`;
  const pane = freeze.rows && freeze.columns ? 'bottomRight' : freeze.rows ? 'bottomLeft' : 'topRight';
  const split = `${freeze.columns ? ` xSplit="${freeze.columns}"` : ''}${freeze.rows ? ` ySplit="${freeze.rows}"` : ''}`;
  const topLeft = cellAddress(freeze.rows + 1, freeze.columns + 1);
  return (
    `<sheetViews>${view}><pane${split} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/>` +
    `<selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/></sheetView></sheetViews>`
  );
}

function ruleXml(rule: CfRule, dxfId: number, priority: number): string {
  if (rule.type === 'textEquals') {
    const text = `"${rule.text.replace(/"/g, '""')}"`;
    return `<cfRule type="cellIs" dxfId="${dxfId}" priority="${priority}" operator="equal"><formula>${xmlText(text)}</formula></cfRule>`;
  }
  return (
    `<cfRule type="cellIs" dxfId="${dxfId}" priority="${priority}" operator="between">` +
    `<formula>${numberText(rule.min, 'a rule')}</formula><formula>${numberText(rule.max, 'a rule')}</formula></cfRule>`
  );
}

function formatsXml(plan: SheetPlan, dxfOf: (rule: CfRule) => number): string {
  let priority = 1;
  return plan.conditionalFormats
    .map((cf) => {
      const rules = cf.rules.map((rule) => ruleXml(rule, dxfOf(rule), priority++)).join('');
      return `<conditionalFormatting sqref="${cf.range.replace(/,/g, ' ')}">${rules}</conditionalFormatting>`;
    })
    .join('');
}

function dimension(plan: SheetPlan, kept: KeptXml | undefined): string {
  const rows = Math.max(plan.cells.length, kept?.lastRow ?? 0, 1);
  const columns = Math.max(plan.cells[0]?.length ?? 0, kept?.lastColumn ?? 0, 1);
  return `<dimension ref="${boxAddress({ top: 1, left: 1, bottom: rows, right: columns })}"/>`;
}

/** The relationship id of the run's own drawing: not one a spreadsheet program gives (rId1, rId2, …). */
export const OUR_DRAWING_ID = 'rIdScorecardCharts';

/** Conditional formats with their rules' priorities numbered on from `after`. */
function renumbered(formats: string[], after: number): string {
  let priority = after;
  return formats.map((cf) => cf.replace(/\spriority="\d+"/g, () => ` priority="${++priority}"`)).join('');
}

interface SheetXmlInput {
  plan: SheetPlan;
  styles: SheetCellStyles;
  dxfOf: (rule: CfRule) => number;
  kept?: KeptXml;
  /** The sheet has a drawing of the run's charts, as its relationship OUR_DRAWING_ID. */
  drawing?: boolean;
  /** What people added to the earlier sheet that is carried over (carriedXml.ts). */
  carried?: Carried;
}

/** The sheet part's XML for a planned sheet. */
export function sheetXml({ plan, styles, dxfOf, kept, drawing, carried }: SheetXmlInput): string {
  const tab = plan.tabColor ? `<tabColor rgb="${argb(plan.tabColor)}"/>` : '';
  const columns: (string | undefined)[] = plan.columnWidths.map((width) => ` width="${width}" customWidth="1"`);
  for (const [column, attributes] of kept?.columns ?? []) columns[column - 1] = attributes;
  // A kept merge the new output has grown into (an empty box people merged below it) would overlap
  // the output's own cells and merges, which Excel calls damaged: the output's area is its own.
  const width = plan.cells[0]?.length ?? 0;
  const outside = (merge: string) => {
    const box = parseRangeAddress(merge);
    return box !== undefined && (box.top > plan.cells.length || box.left > width);
  };
  const merges = [...plan.merges, ...(kept?.merges ?? []).filter(outside)];
  const breaks = (plan.print?.breaksBefore ?? []).filter((row) => row > 1);
  return [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">`,
    `<sheetPr>${tab}<pageSetUpPr fitToPage="1"/></sheetPr>`,
    dimension(plan, kept),
    viewXml(plan.freeze, carried?.zoom),
    '<sheetFormatPr defaultRowHeight="15"/>',
    colsXml(columns),
    rowsXml(plan, styles, kept),
    merges.length
      ? `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>`
      : '',
    formatsXml(plan, dxfOf),
    // People's own rules come after the run's, their priorities after the run's too.
    renumbered(
      carried?.conditionalFormats ?? [],
      plan.conditionalFormats.reduce((n, cf) => n + cf.rules.length, 0),
    ),
    carried?.dataValidations ?? '',
    carried?.hyperlinks ?? '',
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>',
    `<pageSetup paperSize="9" orientation="${plan.landscape ? 'landscape' : 'portrait'}" fitToWidth="1" fitToHeight="0"/>`,
    breaks.length
      ? `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks.map((row) => `<brk id="${row - 1}" max="16383" man="1"/>`).join('')}</rowBreaks>`
      : '',
    drawing ? `<drawing r:id="${OUR_DRAWING_ID}"/>` : (carried?.drawing ?? ''),
    carried?.legacyDrawing ?? '',
    '</worksheet>',
  ].join('');
}
