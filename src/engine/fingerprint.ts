import type { RawCell } from './rawCell';
import { cellText } from './rawCell';

/**
 * A short fingerprint of some text (FNV-1a, 32 bits, as 8 hex digits). It tells whether two
 * texts differ — a catalogue between runs, a narrative since it was drafted — not a secret.
 */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** The fingerprint of a block of cells, as the user sees them (values, not formats). */
export function fingerprintCells(cells: RawCell[][]): string {
  return fingerprint(cells.map((row) => row.map((c) => (typeof c === 'number' ? String(c) : cellText(c))).join('\t')).join('\n'));
}
