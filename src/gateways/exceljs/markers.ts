/**
 * Where earlier output went, from the workbook's marker names (gateway.ts): each role's sheet,
 * found by the name even when the sheet was renamed, and the block of it the run owns.
 */
import type { RangeBox } from '../../engine';
import { parseRangeAddress, parseReference } from '../../engine';
import { markerName, roleOfMarker } from '../gateway';
import type { Book } from './book';

function markerTarget(book: Book, role: string): { sheet: string; address: string } | undefined {
  const marker = book.names().find((n) => n.name === markerName(role));
  const only = marker?.ranges?.length === 1 ? marker.ranges[0] : undefined;
  const ref = only === undefined ? undefined : parseReference(only);
  return ref?.kind === 'range' ? { sheet: ref.sheet, address: ref.address } : undefined;
}

/** Names of the sheets earlier output went to, by role (an area's scorecard included). */
export function outputSheetsOf(book: Book): Record<string, string> {
  const found: Record<string, string> = {};
  for (const { name } of book.names()) {
    const role = roleOfMarker(name);
    const target = role ? markerTarget(book, role) : undefined;
    const sheet = target && book.sheet(target.sheet);
    if (role && sheet) found[role] = sheet.name;
  }
  return found;
}

/**
 * The block a role's earlier output owns, as its marker name records it ('Scorecard'!$A$1:$N$60).
 * A marker on A1 alone is from before blocks were recorded: the whole sheet was output then.
 */
export function ownedBoxOf(book: Book, role: string): RangeBox | undefined {
  const target = markerTarget(book, role);
  const box = target && parseRangeAddress(target.address.replace(/\$/g, ''));
  return box && (box.bottom > box.top || box.right > box.left) ? box : undefined;
}
