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
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
/**
 * Packed requests stay under 95% of it. The estimate errs high (measured 5–21% over what
 * Office.js sends, on Kent and on generated workbooks with and without area sheets), so a
 * request as sent is at most this, and usually well under.
 */
export const MAX_REQUEST_BYTES = Math.floor(0.95 * PAYLOAD_LIMIT_BYTES);
/** One command: the action and its object paths (measured: 150–300 bytes). */
export const COMMAND_BYTES = 300;

/** Commands one sheet's setup queues: clearing, widths, heights, styles, merges, rules, charts, print set-up, marker. */
export function setupBytes(plan: SheetPlan): number {
  const styleCommands = plan.styles.reduce((n, { style }) => n + 1 + Object.keys(style).length, 0);
  const ruleCommands = plan.conditionalFormats.reduce((n, cf) => n + 1 + cf.rules.length * 5, 0);
  const commands =
    16 +
    plan.columnWidths.length +
    Object.keys(plan.rowHeights).length +
    styleCommands +
    plan.merges.length +
    ruleCommands +
    (plan.charts?.length ?? 0) * 5 +
    (plan.print?.breaksBefore?.length ?? 0);
  return commands * COMMAND_BYTES;
}

export interface RowBlock {
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
