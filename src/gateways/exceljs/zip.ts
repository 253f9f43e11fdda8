/**
 * The zip container of an .xlsx package, read and written entry by entry with Node's zlib.
 * Reading inflates only the entries asked for; writing copies every entry that is not replaced
 * as the very bytes it had (compressed data, checksum and all), so the parts a run does not
 * write come out byte-identical and cost nothing to copy.
 */
import { closeSync, openSync, writeSync } from 'fs';
import { constants, crc32, createInflateRaw, deflateRawSync, inflateRawSync } from 'zlib';

export interface ZipEntry {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** The entry's data as stored (compressed when method is 8). */
  raw: Buffer;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

function endOfDirectory(bytes: Buffer): number {
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (bytes.readUInt32LE(i) === END_OF_DIRECTORY) return i;
  }
  throw new Error('not a zip package (no end of central directory)');
}

/** The entries of a zip, in their stored order; data is sliced, not copied. */
export function readZip(bytes: Buffer): Map<string, ZipEntry> {
  const end = endOfDirectory(bytes);
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const entries = new Map<string, ZipEntry>();
  for (let i = 0; i < count; i++) {
    if (bytes.readUInt32LE(at) !== DIRECTORY_ENTRY) throw new Error('damaged zip directory');
    const method = bytes.readUInt16LE(at + 10);
    const crc = bytes.readUInt32LE(at + 16);
    const compressedSize = bytes.readUInt32LE(at + 20);
    const size = bytes.readUInt32LE(at + 24);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const local = bytes.readUInt32LE(at + 42);
    const name = bytes.toString('utf8', at + 46, at + 46 + nameLength);
    if (compressedSize === 0xffffffff || local === 0xffffffff) throw new Error('zip64 packages are not read here');
    if (bytes.readUInt32LE(local) !== LOCAL_HEADER) throw new Error(`damaged zip entry ${name}`);
    const dataStart = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const raw = bytes.subarray(dataStart, dataStart + compressedSize);
    if (!name.endsWith('/')) entries.set(name.replace(/^\//, ''), { name, method, crc, compressedSize, size, raw });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** An entry's contents. */
export function entryBytes(entry: ZipEntry): Buffer {
  if (entry.method === 0) return entry.raw;
  if (entry.method === 8) return inflateRawSync(entry.raw);
  throw new Error(`zip entry ${entry.name} uses compression method ${entry.method}, which is not read here`);
}

/** What a zlib stream object holds inside: Node's own handle, written to synchronously, and where it reports how far it got. */
interface ZlibInternals {
  destroyed: boolean;
  _handle?: {
    writeSync(flush: number, input: Buffer, inOff: number, inLen: number, out: Buffer, outOff: number, outLen: number): void;
  } | null;
  _writeState?: Uint32Array;
  on(event: 'error', listener: () => void): void;
  close(): void;
}

/**
 * An entry's contents in pieces of at most `size` bytes, inflated as they are taken, so a large
 * part (an analyst's data sheet, 87 MB inflated at 200 x 50) is never held whole. Node has no
 * public synchronous streaming inflate: this drives a zlib stream's own handle the way Node's
 * inflateRawSync does, piece by piece; where that handle is not there, the entry comes whole.
 */
export function* entryPieces(entry: ZipEntry, size: number): Generator<Buffer> {
  if (entry.method === 0) {
    for (let at = 0; at < entry.raw.length; at += size) yield entry.raw.subarray(at, at + size);
    return;
  }
  if (entry.method !== 8) return yield entryBytes(entry);
  const inflater = createInflateRaw() as unknown as ZlibInternals;
  const handle = inflater._handle;
  const state = inflater._writeState;
  if (!handle || typeof handle.writeSync !== 'function' || !ArrayBuffer.isView(state) || state.length < 2) {
    inflater.close();
    return yield entryBytes(entry);
  }
  // Damaged data closes the stream (and reports it again as an event, answered here).
  inflater.on('error', () => undefined);
  const raw = entry.raw;
  let read = 0;
  try {
    for (;;) {
      const out = Buffer.allocUnsafe(size);
      handle.writeSync(constants.Z_FINISH, raw, read, raw.length - read, out, 0, size);
      if (inflater.destroyed || inflater._handle !== handle) throw new Error(`zip entry ${entry.name} is damaged`);
      const [outLeft = 0, inLeft = 0] = state;
      read = raw.length - inLeft;
      if (outLeft < size) yield out.subarray(0, size - outLeft);
      if (outLeft !== 0) return;
    }
  } finally {
    if (!inflater.destroyed) inflater.close();
  }
}

/** A new entry holding `data`, deflated (or stored when `store`). */
export function makeEntry(name: string, data: Buffer | string, store = false): ZipEntry {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const raw = store ? bytes : deflateRawSync(bytes, { level: 6 });
  return { name, method: store ? 0 : 8, crc: crc32(bytes), compressedSize: raw.length, size: bytes.length, raw };
}

/** The zip of these entries, in this order, as the pieces of its bytes (a DOS date of 1980-01-01 for every entry). */
function* zipPieces(entries: Iterable<ZipEntry>): Generator<Buffer> {
  const directory: Buffer[] = [];
  let offset = 0;
  let count = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const header = Buffer.alloc(30);
    header.writeUInt32LE(LOCAL_HEADER, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(0x0800, 6); // names in UTF-8
    header.writeUInt16LE(entry.method, 8);
    header.writeUInt16LE(0, 10);
    header.writeUInt16LE(0x21, 12);
    header.writeUInt32LE(entry.crc >>> 0, 14);
    header.writeUInt32LE(entry.compressedSize, 18);
    header.writeUInt32LE(entry.size, 22);
    header.writeUInt16LE(name.length, 26);
    header.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(DIRECTORY_ENTRY, 0);
    central.writeUInt16LE(20, 4);
    header.copy(central, 6, 4, 30);
    central.writeUInt32LE(offset, 42);
    yield header;
    yield name;
    yield entry.raw;
    directory.push(central, name);
    offset += 30 + name.length + entry.raw.length;
    count++;
  }
  const directorySize = directory.reduce((sum, b) => sum + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END_OF_DIRECTORY, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(directorySize, 12);
  end.writeUInt32LE(offset, 16);
  yield* directory;
  yield end;
}

/** The zip of these entries, in this order, as one buffer. */
export function writeZip(entries: Iterable<ZipEntry>): Buffer {
  return Buffer.concat([...zipPieces(entries)]);
}

/** The zip of these entries written to a file piece by piece: the whole zip is never held at once. */
export function writeZipFile(path: string, entries: Iterable<ZipEntry>): void {
  const fd = openSync(path, 'w');
  try {
    for (const piece of zipPieces(entries)) {
      for (let done = 0; done < piece.length;) done += writeSync(fd, piece, done, piece.length - done);
    }
  } finally {
    closeSync(fd);
  }
}
