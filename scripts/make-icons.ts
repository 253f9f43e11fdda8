/**
 * Draws the add-in's icons (16, 32, 64, 80 px): three bars in Red, Amber and Green on the
 * navy of the scorecard headers. Run once; the PNGs are committed in assets/.
 */
import { writeFileSync } from 'fs';
import { join } from 'path';
import { deflateSync } from 'zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size: number, pixel: (x: number, y: number) => [number, number, number, number]): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) raw.set(pixel(x, y), y * (size * 4 + 1) + 1 + x * 4);
  }
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const NAVY: [number, number, number, number] = [0x1f, 0x38, 0x64, 255];
const BARS: [number, number, number, number][] = [
  [0xc0, 0x00, 0x00, 255],
  [0xe0, 0xa0, 0x00, 255],
  [0x00, 0x8a, 0x3e, 255],
];

function icon(size: number): Buffer {
  const pad = Math.max(1, Math.round(size * 0.12));
  const radius = size * 0.18;
  const inner = size - 2 * pad;
  const barWidth = inner / 5;
  return png(size, (x, y) => {
    const cx = Math.min(x, size - 1 - x);
    const cy = Math.min(y, size - 1 - y);
    if (cx < radius && cy < radius && (radius - cx) ** 2 + (radius - cy) ** 2 > radius ** 2) return [0, 0, 0, 0];
    for (const [i, bar] of BARS.entries()) {
      const left = pad + barWidth * (0.5 + i * 1.5);
      const height = inner * (0.45 + i * 0.25);
      if (x >= left && x < left + barWidth && y >= size - pad - height && y < size - pad) return bar;
    }
    return NAVY;
  });
}

for (const size of [16, 32, 64, 80]) writeFileSync(join(__dirname, '..', 'assets', `icon-${size}.png`), icon(size));
console.log('assets/icon-{16,32,64,80}.png written');
