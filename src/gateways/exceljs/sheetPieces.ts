/**
 * A large sheet part's XML as text a few megabytes at a time, each piece ending at a row's end, so
 * a reader's state carries across pieces and neither the part's whole text nor more than one
 * piece of it is held at once.
 */

/** Sheet parts up to this size (uncompressed bytes) keep their text between reads. */
export const KEEP_TEXT_BELOW = 4 * 1024 * 1024;
/** A larger part is read as text in pieces of about this many bytes. */
const PIECE_BYTES = 4 * 1024 * 1024;

/** Where the first row element ending at or after `from` ends (just past its `</row>`), or the end. */
function rowEndAfter(bytes: Buffer, from: number): number {
  for (let at = bytes.indexOf('row>', from); at !== -1; at = bytes.indexOf('row>', at + 4)) {
    const lt = bytes.lastIndexOf('<', at);
    // </row> or </x:row>: a closing tag whose name is row.
    if (lt !== -1 && at - lt <= 16 && bytes[lt + 1] === 0x2f && /^<\/(\w+:)?$/.test(bytes.toString('latin1', lt, at)))
      return at + 4;
  }
  return bytes.length;
}

/** A part's bytes as text in pieces that each end at a row's end, and its text after the cells (merges, links). */
export function inPieces(bytes: Buffer): { pieces: Iterable<string>; tail: string } {
  return {
    pieces: (function* () {
      for (let start = 0; start < bytes.length;) {
        const end = rowEndAfter(bytes, start + PIECE_BYTES);
        yield bytes.toString('utf8', start, end);
        start = end;
      }
    })(),
    tail: bytes.toString('utf8', Math.max(0, bytes.lastIndexOf('sheetData>'))),
  };
}
