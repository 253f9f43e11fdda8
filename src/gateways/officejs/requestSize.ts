/**
 * How big a write request is as Office.js serialises it, estimated before it is sent, so writes
 * are packed into requests Excel on the web accepts (at most 5 MB each, requests and responses:
 * https://learn.microsoft.com/en-us/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins).
 * Office.js sends each queued command as an action plus the object paths it needs, and cuts a
 * write of more than 1,500 cells into pieces of 1,500 cells, each with paths of its own
 * (setRangePropertiesInBulk in Microsoft's excel-web library). The figures below were measured on
 * that library's own serialiser (test/gateways/officejsRequests.test.ts) and rounded up.
 */
import type { SheetPlan } from '../../plan';
import { formulasOf, numberFormatsOf } from './cells';

/** Stay well under Office's 5 MB: the estimate errs high, and this leaves a megabyte besides. */
export const MAX_REQUEST_BYTES = 4 * 1024 * 1024;
/** One command: the action and its object paths (measured: 150–300 bytes). */
export const COMMAND_BYTES = 400;
/** Office.js's piece of a bulk write, and what each piece adds besides its values (measured: ~420). */
export const CHUNK_CELLS = 1500;
export const CHUNK_BYTES = 600;

/** UTF-8 bytes of a JSON text (arrows and pound signs are more than one byte). */
function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0x7f) bytes += code > 0x7ff && (code < 0xd800 || code > 0xdfff) ? 2 : 1;
  }
  return bytes;
}

/** Commands one sheet's setup queues: clearing, widths, heights, styles, merges, rules, charts, marker. */
export function setupBytes(plan: SheetPlan): number {
  const styleCommands = plan.styles.reduce((n, { style }) => n + 1 + Object.keys(style).length, 0);
  const ruleCommands = plan.conditionalFormats.reduce((n, cf) => n + 1 + cf.rules.length * 5, 0);
  const commands =
    12 +
    plan.columnWidths.length +
    Object.keys(plan.rowHeights).length +
    styleCommands +
    plan.merges.length +
    ruleCommands +
    (plan.charts?.length ?? 0) * 5;
  return commands * COMMAND_BYTES;
}

export interface RowBlock {
  from: number;
  to: number;
  bytes: number;
}

/** Rows of the grid cut into blocks whose serialised size (values, formats, pieces) stays under `maxBytes`. */
export function rowBlocks(plan: SheetPlan, maxBytes = MAX_REQUEST_BYTES): RowBlock[] {
  const blocks: RowBlock[] = [];
  const formulas = formulasOf(plan.cells);
  const formats = numberFormatsOf(plan.cells);
  const width = Math.max(1, plan.cells[0]?.length ?? 1);
  // Two bulk writes (number formats, then formulas), each cut into pieces by Office.js.
  const perRowOverhead = (2 * CHUNK_BYTES * width) / CHUNK_CELLS;
  // Each block is two commands with at least one piece each.
  const fixed = 2 * (COMMAND_BYTES + CHUNK_BYTES);
  let from = 0;
  let bytes = fixed;
  formulas.forEach((row, i) => {
    const rowBytes = utf8Length(JSON.stringify(row)) + utf8Length(JSON.stringify(formats[i])) + perRowOverhead;
    if (i > from && bytes + rowBytes > maxBytes) {
      blocks.push({ from, to: i - 1, bytes: Math.ceil(bytes) });
      from = i;
      bytes = fixed;
    }
    bytes += rowBytes;
  });
  if (formulas.length) blocks.push({ from, to: formulas.length - 1, bytes: Math.ceil(bytes) });
  return blocks;
}

/** Something to queue in a write request, with what it will cost there. */
export interface Unit {
  bytes: number;
  queue: () => void;
}

/** Units in order, cut into requests of at most `maxBytes`; a unit bigger than that goes alone. */
export function packUnits(units: Unit[], maxBytes = MAX_REQUEST_BYTES): Unit[][] {
  const requests: Unit[][] = [[]];
  let bytes = 0;
  for (const unit of units) {
    if (requests[requests.length - 1].length > 0 && bytes + unit.bytes > maxBytes) {
      requests.push([]);
      bytes = 0;
    }
    requests[requests.length - 1].push(unit);
    bytes += unit.bytes;
  }
  return requests;
}
