/**
 * A large part read in pieces (zip.ts entryPieces, sheetPieces.ts): inflated a piece at a time, it
 * must give the very bytes inflating it whole gives; damaged data must fail as an error (never
 * take the process down); and the text pieces must each end at a row's end, with the text after
 * the cells found even when the marker before it is split between two pieces.
 */
import { deflateRawSync, crc32 } from 'zlib';
import { tailOf, textPieces } from '../../src/gateways/exceljs/sheetPieces';
import type { ZipEntry } from '../../src/gateways/exceljs/zip';
import { entryBytes, entryPieces } from '../../src/gateways/exceljs/zip';

function sheetXml(rows: number): string {
  const cells = Array.from(
    { length: rows },
    (_, i) =>
      `<row r="${i + 1}"><c r="A${i + 1}"><v>${i * 7}</v></c><c r="B${i + 1}" t="inlineStr"><is><t>Área ${i}</t></is></c></row>`,
  );
  return `<worksheet><sheetData>${cells.join('')}</sheetData><mergeCells count="1"><mergeCell ref="C1:D2"/></mergeCells></worksheet>`;
}

function deflated(text: string): ZipEntry {
  const bytes = Buffer.from(text, 'utf8');
  const raw = deflateRawSync(bytes);
  return { name: 'xl/worksheets/sheet1.xml', method: 8, crc: crc32(bytes), compressedSize: raw.length, size: bytes.length, raw };
}

test('a deflated part inflated piece by piece gives the very bytes inflated whole, in pieces no larger than asked', () => {
  const entry = deflated(sheetXml(20_000));
  const pieces = [...entryPieces(entry, 64 * 1024)];
  expect(pieces.length).toBeGreaterThan(10);
  expect(Math.max(...pieces.map((p) => p.length))).toBeLessThanOrEqual(64 * 1024);
  expect(Buffer.concat(pieces).equals(entryBytes(entry))).toBe(true);
});

test('a stored part comes in pieces of its own bytes', () => {
  const bytes = Buffer.from(sheetXml(500));
  const entry: ZipEntry = {
    name: 's.xml',
    method: 0,
    crc: crc32(bytes),
    compressedSize: bytes.length,
    size: bytes.length,
    raw: bytes,
  };
  expect(Buffer.concat([...entryPieces(entry, 1000)]).equals(bytes)).toBe(true);
});

test('damaged or cut-short data is an error, as when inflated whole', () => {
  const entry = deflated(sheetXml(20_000));
  const damaged = { ...entry, raw: Buffer.from(entry.raw).fill(0xff, 200, 300) };
  expect(() => [...entryPieces(damaged, 64 * 1024)]).toThrow(/damaged/);
  const cut = { ...entry, raw: entry.raw.subarray(0, entry.raw.length >> 1) };
  expect(() => [...entryPieces(cut, 64 * 1024)]).toThrow(/damaged/);
});

test('text pieces end at row ends and join to the whole text; the tail is found across a split marker', () => {
  const xml = sheetXml(300);
  const bytes = Buffer.from(xml, 'utf8');
  // Chunks of 7 bytes split every tag, many-byte character and the marker somewhere.
  const chunks = () => Array.from({ length: Math.ceil(bytes.length / 7) }, (_, i) => bytes.subarray(i * 7, i * 7 + 7));
  const pieces = [...textPieces(chunks(), 500)];
  expect(pieces.length).toBeGreaterThan(20);
  expect(pieces.join('')).toBe(xml);
  for (const piece of pieces.slice(0, -1)) expect(piece.endsWith('</row>')).toBe(true);
  const tail = xml.slice(xml.lastIndexOf('sheetData>'));
  expect(tailOf(chunks)).toBe(tail);
  expect(tailOf(() => [bytes])).toBe(tail);
  // A part with no sheetData> is all tail.
  expect(tailOf(() => [Buffer.from('<worksheet><sheetData/></worksheet>')])).toBe('<worksheet><sheetData/></worksheet>');
});
