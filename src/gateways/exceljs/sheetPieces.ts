/**
 * A large sheet part's XML as text a few megabytes at a time, each piece ending at a row's end, so
 * a reader's state carries across pieces; the part is inflated as it is read (zip.ts), so neither
 * its whole text nor its whole bytes are ever held.
 */

/** Sheet parts up to this size (uncompressed bytes) keep their text between reads. */
export const KEEP_TEXT_BELOW = 4 * 1024 * 1024;
/** A larger part is inflated, and read as text, in pieces of about this many bytes. */
export const PIECE_BYTES = 4 * 1024 * 1024;

/** Just past the last row element's end (`</row>`, `</x:row>`) in `bytes`, or -1 when none ends there. */
function lastRowEnd(bytes: Buffer): number {
  for (let at = bytes.lastIndexOf('row>'); at !== -1; at = at === 0 ? -1 : bytes.lastIndexOf('row>', at - 1)) {
    const lt = bytes.lastIndexOf('<', at);
    // </row> or </x:row>: a closing tag whose name is row.
    if (lt !== -1 && at - lt <= 16 && bytes[lt + 1] === 0x2f && /^<\/(\w+:)?$/.test(bytes.toString('latin1', lt, at)))
      return at + 4;
  }
  return -1;
}

/** The part's text in pieces of at least `size` bytes that each end at a row's end (the last piece at the part's end). */
export function* textPieces(chunks: Iterable<Buffer>, size = PIECE_BYTES): Generator<string> {
  let pending: Buffer | undefined;
  for (const chunk of chunks) {
    pending = pending?.length ? Buffer.concat([pending, chunk]) : chunk;
    if (pending.length < size) continue;
    const end = lastRowEnd(pending);
    if (end === -1) continue;
    yield pending.toString('utf8', 0, end);
    pending = pending.subarray(end);
  }
  if (pending?.length) yield pending.toString('utf8');
}

/**
 * The part's text after its cells (merges, links): from its last `sheetData>` on, found in one
 * pass over the part; a part with no `sheetData>` is all tail, as when it was read whole.
 */
export function tailOf(chunks: () => Iterable<Buffer>): string {
  const marker = Buffer.from('sheetData>');
  let tail: Buffer[] | undefined;
  // The end of the chunk before, in case the marker is split between two.
  let before = Buffer.alloc(0);
  for (const chunk of chunks()) {
    const joined = Buffer.concat([before, chunk]);
    const at = joined.lastIndexOf(marker);
    if (at !== -1) tail = [joined.subarray(at)];
    else tail?.push(chunk);
    before = Buffer.from(joined.subarray(Math.max(0, joined.length - marker.length)));
  }
  return tail ? Buffer.concat(tail).toString('utf8') : [...textPieces(chunks())].join('');
}
