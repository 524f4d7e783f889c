import assert from 'node:assert/strict';
import zlib from 'node:zlib';
import { crc32 } from '../../tools/crc32';
import { decodePng, readPngHeader } from '../../tools/pngDecode';
import { encodePng, PNG_SIGNATURE } from '../../tools/pngEncode';

function checkerboard(width: number, height: number): Uint8Array {
  const pixels = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++)
    pixels.set([(i * 37) & 255, (i * 11) & 255, (i * 5) & 255, i % 3 === 0 ? 0 : 200], i * 4);
  return pixels;
}

/** A PNG whose rows use the given filter types, filtered here independently of the decoder. */
function filteredPng(width: number, height: number, pixels: Uint8Array, filters: number[]): Buffer {
  const stride = width * 4;
  const at = (x: number, y: number) => (x < 0 || y < 0 ? 0 : pixels[y * stride + x]);
  const rows: number[] = [];
  for (let y = 0; y < height; y++) {
    const filter = filters[y % filters.length];
    rows.push(filter);
    for (let x = 0; x < stride; x++) {
      const a = at(x - 4, y),
        b = at(x, y - 1),
        c = at(x - 4, y - 1);
      const p = a + b - c;
      const paeth =
        Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c)
          ? a
          : Math.abs(p - b) <= Math.abs(p - c)
            ? b
            : c;
      const predicted = [0, a, b, (a + b) >> 1, paeth][filter];
      rows.push((at(x, y) - predicted) & 255);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const chunk = (type: string, data: Buffer) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, 'latin1');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(head.subarray(4), data), 0);
    return Buffer.concat([head, data, crc]);
  };
  return Buffer.concat([
    PNG_SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(Buffer.from(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('tools/png', () => {
  it('round-trips an RGBA image through encode and decode', () => {
    const pixels = checkerboard(7, 5);
    const decoded = decodePng(encodePng({ width: 7, height: 5, pixels }));
    assert.deepEqual([decoded.width, decoded.height, decoded.header.colorType, decoded.header.bitDepth], [7, 5, 6, 8]);
    assert.deepEqual(decoded.pixels, pixels);
  });

  it('undoes every PNG row filter (Sub, Up, Average, Paeth), as image editors write them', () => {
    const pixels = checkerboard(9, 10);
    assert.deepEqual(decodePng(filteredPng(9, 10, pixels, [0, 1, 2, 3, 4])).pixels, pixels);
  });

  it('reads the size from IHDR without decoding', () => {
    assert.deepEqual(readPngHeader(encodePng({ width: 3, height: 2, pixels: new Uint8Array(24) })), {
      width: 3,
      height: 2,
      bitDepth: 8,
      colorType: 6,
      interlace: 0,
    });
  });

  it('refuses what is not a PNG, and a corrupted chunk', () => {
    assert.throws(() => readPngHeader(Buffer.from('GIF89a, not a png at all, not at all')), /bad signature/);
    const png = encodePng({ width: 2, height: 2, pixels: new Uint8Array(16) });
    png[png.length - 20] ^= 0xff; // inside IDAT
    assert.throws(() => decodePng(png), /bad CRC in IDAT/);
  });
});
