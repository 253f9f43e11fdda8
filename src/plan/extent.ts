import type { RangeBox } from '../engine';
import { parseRangeAddress, unionBox as union } from '../engine';
import type { SheetPlan } from './types';

/**
 * The block of the sheet the add-in owns: every cell it writes, formats, merges, rules or anchors
 * a chart in. A rerun rewrites only this block (and last run's), so what people type outside it
 * is kept; the gateways record it in the sheet's marker name.
 */
export function ownedBox(sheet: SheetPlan): RangeBox {
  let box: RangeBox = {
    top: 1,
    left: 1,
    bottom: Math.max(1, sheet.cells.length),
    right: Math.max(1, sheet.cells[0]?.length ?? 1),
  };
  if (sheet.columnWidths.length) box = union(box, { ...box, right: sheet.columnWidths.length });
  const ranges = [
    ...sheet.merges,
    ...sheet.styles.map((s) => s.range),
    ...sheet.conditionalFormats.map((c) => c.range),
    ...(sheet.charts ?? []).flatMap((c) => [c.source, c.from, c.to]),
  ];
  for (const address of ranges) {
    const other = parseRangeAddress(address.replace(/\$/g, ''));
    if (other && other.bottom < 1048576 && other.right < 16384) box = union(box, other);
  }
  return box;
}
