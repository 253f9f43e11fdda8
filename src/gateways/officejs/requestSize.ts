/**
 * How big a write request is as Office.js serialises it, estimated before it is sent, so writes
 * are packed into requests Excel on the web accepts (at most 5 MB each, requests and responses:
 * https://learn.microsoft.com/en-us/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins).
 * Office.js sends each queued command as an action plus the object paths it needs, and a matrix
 * of formulas or number formats as its JSON. The command figure was measured on requests
 * Microsoft's library serialised (test/gateways/officejsRequests.test.ts keeps the estimate
 * within bounds of what it sends).
 */
import type { SheetPlan } from '../../plan';
import { formulasOf, numberFormatsOf } from './cells';
import { formatWrites, utf8Length } from './numberFormats';

/** Office's limit on a request, and on a response. */
const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
/**
 * Packed requests stay under 95% of it. The estimate errs high (measured 3–21% over what
 * Office.js sends, on Kent and on generated workbooks with and without area sheets), so a
 * request as sent is at most this, and usually well under.
 */
export const MAX_REQUEST_BYTES = Math.floor(0.95 * PAYLOAD_LIMIT_BYTES);
/**
 * What Office.js sends for each kind of command, measured on Microsoft's library at 100 x 20 x
 * 13 and rounded up (a command is an action of 110–160 bytes plus each object path it reaches
 * through that was not sent before: 70–125 bytes and a 57-byte instantiating action).
 */
export const COMMAND_BYTES = 300;
const BYTES = {
  /** A range and its .format: the two paths and their instantiations. */
  formattedRange: 310,
  /** A style property set, with the .font, .fill or border it goes through. */
  styleProperty: 220,
  /** A range's conditional formats collection. */
  ruleRange: 320,
  /** conditionalFormats.add, its cellValue and format, and the rule set. */
  rule: 650,
  /** A width or height: getRangeByIndexes / getRange, .format and the set. */
  size: 430,
  merge: 300,
  chart: 1000,
  pageBreak: 250,
  /** Clear, unmerge, freeze panes, tab colour, page layout, marker name: at most 16 commands. */
  fixed: 16 * COMMAND_BYTES,
};

/** Bytes one sheet's setup sends: clearing, widths, heights, styles, merges, rules, charts, print set-up, marker. */
export function setupBytes(plan: SheetPlan): number {
  const styles = plan.styles.reduce(
    (n, { style }) => n + BYTES.formattedRange + Object.keys(style).length * BYTES.styleProperty,
    0,
  );
  const rules = plan.conditionalFormats.reduce(
    (n, cf) =>
      n + BYTES.ruleRange + cf.rules.reduce((m, r) => m + BYTES.rule + Object.keys(r.format).length * BYTES.styleProperty, 0),
    0,
  );
  const sizes = (plan.columnWidths.length + Object.keys(plan.rowHeights).length) * BYTES.size;
  const charts = (plan.charts?.length ?? 0) * BYTES.chart;
  const breaks = (plan.print?.breaksBefore?.length ?? 0) * BYTES.pageBreak;
  return BYTES.fixed + styles + rules + sizes + plan.merges.length * BYTES.merge + charts + breaks;
}

interface RowBlock {
  from: number;
  to: number;
  bytes: number;
}

/**
 * Rows of the grid cut into blocks whose serialised size stays under `maxBytes`: each block is
 * one formulas write and its number-format writes. Blocks are cut as if every number format were
 * sent, then costed as they are sent (numberFormats.ts), so the cut errs safe.
 */
export function rowBlocks(plan: SheetPlan, maxBytes = MAX_REQUEST_BYTES): RowBlock[] {
  const cuts: { from: number; to: number }[] = [];
  const formulas = formulasOf(plan.cells);
  const formats = numberFormatsOf(plan.cells);
  const fixed = 2 * COMMAND_BYTES;
  let from = 0;
  let bytes = fixed;
  formulas.forEach((row, i) => {
    const rowBytes = utf8Length(JSON.stringify(row)) + utf8Length(JSON.stringify(formats[i])) + 1;
    if (i > from && bytes + rowBytes > maxBytes) {
      cuts.push({ from, to: i - 1 });
      from = i;
      bytes = fixed;
    }
    bytes += rowBytes;
  });
  if (formulas.length) cuts.push({ from, to: formulas.length - 1 });
  return cuts.map(({ from, to }) => {
    const rows = plan.cells.slice(from, to + 1);
    const values = utf8Length(JSON.stringify(formulas.slice(from, to + 1)));
    return { from, to, bytes: COMMAND_BYTES + values + formatWrites(rows, COMMAND_BYTES).bytes };
  });
}

/** Something to queue in a write request, with what it will cost there. */
export interface Unit {
  bytes: number;
  queue: () => void;
}

/** Units in order, cut into requests of at most `maxBytes`; a unit bigger than that goes alone. */
export function packUnits(units: Unit[], maxBytes = MAX_REQUEST_BYTES): Unit[][] {
  const requests: Unit[][] = [];
  let current: Unit[] = [];
  let bytes = 0;
  for (const unit of units) {
    if (current.length > 0 && bytes + unit.bytes > maxBytes) {
      requests.push(current);
      current = [];
      bytes = 0;
    }
    current.push(unit);
    bytes += unit.bytes;
  }
  requests.push(current);
  return requests;
}
