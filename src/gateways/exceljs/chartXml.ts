/**
 * An output sheet's trend charts as DrawingML parts: one drawing part anchoring each chart over
 * its block of cells, and one chart part per chart, a line chart with a series per row of its
 * source block (the first column names the series, the first row gives the categories), as
 * Office.js's `charts.add('Line', source, 'Rows')` draws it. Each series refers to the sheet's
 * own cells and carries their values as its cache, so a reader that does not recalculate (a
 * viewer, a preview) draws the same lines. The chart's alternative text is the drawing's
 * description (ECMA-376 Part 1, 20.5.2.8 cNvPr: descr, title), which Office.js cannot set.
 */
import type { RangeBox } from '../../engine';
import { absoluteCell, cellAddress, parseCell, parseRangeAddress, sheetRef } from '../../engine';
import type { CellValue, ChartPlan, SheetPlan } from '../../plan';
import { xmlText } from './sheetXml';

const C_NS = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const A_NS = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XDR_NS = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
export const CHART_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart';
export const DRAWING_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing';
export const DRAWING_TYPE = 'application/vnd.openxmlformats-officedocument.drawing+xml';
export const CHART_TYPE = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';

const valueAt = (plan: SheetPlan, row: number, column: number): CellValue => plan.cells[row - 1]?.[column - 1]?.value ?? null;

function ref(sheet: string, top: number, left: number, bottom: number, right: number): string {
  const from = absoluteCell(cellAddress(top, left));
  return `${sheetRef(sheet)}!${from}${bottom === top && right === left ? '' : `:${absoluteCell(cellAddress(bottom, right))}`}`;
}

function stringCache(values: CellValue[]): string {
  const points = values.map((v, i) => `<c:pt idx="${i}"><c:v>${xmlText(v === null ? '' : String(v))}</c:v></c:pt>`);
  return `<c:strCache><c:ptCount val="${values.length}"/>${points.join('')}</c:strCache>`;
}

function numberCache(values: CellValue[]): string {
  const points = values.flatMap((v, i) =>
    typeof v === 'number' && Number.isFinite(v) ? [`<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`] : [],
  );
  return `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${points.join('')}</c:numCache>`;
}

function seriesXml(sheet: string, plan: SheetPlan, box: RangeBox, row: number, index: number): string {
  const columns = Array.from({ length: box.right - box.left }, (_, i) => box.left + 1 + i);
  const categories = columns.map((c) => valueAt(plan, box.top, c));
  const values = columns.map((c) => valueAt(plan, row, c));
  return (
    `<c:ser><c:idx val="${index}"/><c:order val="${index}"/>` +
    `<c:tx><c:strRef><c:f>${xmlText(ref(sheet, row, box.left, row, box.left))}</c:f>${stringCache([valueAt(plan, row, box.left)])}</c:strRef></c:tx>` +
    '<c:marker><c:symbol val="none"/></c:marker>' +
    `<c:cat><c:strRef><c:f>${xmlText(ref(sheet, box.top, box.left + 1, box.top, box.right))}</c:f>${stringCache(categories)}</c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${xmlText(ref(sheet, row, box.left + 1, row, box.right))}</c:f>${numberCache(values)}</c:numRef></c:val>` +
    '<c:smooth val="0"/></c:ser>'
  );
}

function axes(): string {
  const lines = '<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>';
  return (
    `<c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/>${lines}` +
    '<c:crossAx val="2"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx>' +
    `<c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/>` +
    `<c:majorGridlines/><c:numFmt formatCode="General" sourceLinked="1"/>${lines}<c:crossAx val="1"/><c:crosses val="autoZero"/>` +
    '<c:crossBetween val="between"/></c:valAx>'
  );
}

/** One chart part. */
export function chartPartXml(sheet: string, plan: SheetPlan, chart: ChartPlan): string {
  const box = parseRangeAddress(chart.source);
  if (!box) throw new Error(`Bad chart source in plan: ${chart.source}`);
  const series = Array.from({ length: box.bottom - box.top }, (_, i) => seriesXml(sheet, plan, box, box.top + 1 + i, i));
  const title = `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${xmlText(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="${C_NS}" xmlns:a="${A_NS}" xmlns:r="${R_NS}">` +
    `<c:roundedCorners val="0"/><c:chart>${title}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
    `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series.join('')}<c:marker val="1"/>` +
    `<c:axId val="1"/><c:axId val="2"/></c:lineChart>${axes()}</c:plotArea>` +
    '<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>' +
    '</c:chartSpace>'
  );
}

function anchor(chart: ChartPlan, index: number): string {
  const from = parseCell(chart.from);
  const to = parseCell(chart.to);
  if (!from || !to) throw new Error(`Bad chart position in plan: ${chart.from}:${chart.to}`);
  const marker = (tag: string, column: number, row: number) =>
    `<xdr:${tag}><xdr:col>${column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  const alt = `descr="${xmlText(chart.altText.description)}" title="${xmlText(chart.altText.title)}"`;
  return (
    `<xdr:twoCellAnchor editAs="oneCell">${marker('from', from.column - 1, from.row - 1)}${marker('to', to.column, to.row)}` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${index + 2}" name="${xmlText(chart.name)}" ${alt}/>` +
    '<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    `<a:graphic><a:graphicData uri="${C_NS}"><c:chart xmlns:c="${C_NS}" r:id="rId${index + 1}"/></a:graphicData></a:graphic>` +
    '</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>'
  );
}

/** The drawing part holding every chart of a sheet; chart i is its relationship rId{i+1}. */
export function drawingPartXml(charts: ChartPlan[]): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${XDR_NS}" xmlns:a="${A_NS}" xmlns:r="${R_NS}">` +
    `${charts.map(anchor).join('')}</xdr:wsDr>`
  );
}

/** A relationships part listing `targets` (relative to the part that owns it) as rId1, rId2, …, after `others` as written. */
export function relationshipsXml(type: string, targets: string[], others: string[] = []): string {
  const rels = targets.map((target, i) => `<Relationship Id="rId${i + 1}" Type="${type}" Target="${target}"/>`);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${[...others, ...rels].join('')}</Relationships>`;
}
