import zlib from 'node:zlib';
import { crc32 } from './crc32';
import { PNG_SIGNATURE, RgbaImage } from './pngEncode';

/** What the IHDR chunk says about an image. */
export interface PngHeader {
  width: number;
  height: number;
  bitDepth: number;
  /** 0 grey, 2 RGB, 3 palette, 4 grey+alpha, 6 RGBA */
  colorType: number;
  interlace: number;
}

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

/** Reads the header only; enough to check an icon's size without decoding it. */
export function readPngHeader(png: Buffer): PngHeader {
  if (png.length < 33 || !png.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error('not a PNG file (bad signature)');
  if (png.toString('latin1', 12, 16) !== 'IHDR') throw new Error('not a PNG file (IHDR is not the first chunk)');
  return {
    width: png.readUInt32BE(16),
    height: png.readUInt32BE(20),
    bitDepth: png[24],
    colorType: png[25],
    interlace: png[28],
  };
}

/**
 * Decodes a non-interlaced 8-bit PNG of any colour type into RGBA, checking every chunk's CRC.
 * Icons are small, so clarity beats speed here.
 */
export function decodePng(png: Buffer): RgbaImage & { header: PngHeader } {
  const header = readPngHeader(png);
  if (header.bitDepth !== 8)
    throw new Error(`only 8-bit PNGs are supported (this one has bit depth ${header.bitDepth})`);
  if (header.interlace !== 0) throw new Error('interlaced PNGs are not supported');
  const channels = CHANNELS[header.colorType];
  if (!channels) throw new Error(`unknown PNG colour type ${header.colorType}`);

  const idat: Buffer[] = [];
  let palette: Buffer | undefined;
  let transparency: Buffer | undefined;
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    if (crc32(png.subarray(at + 4, at + 8), data) !== png.readUInt32BE(at + 8 + length))
      throw new Error(`bad CRC in ${type} chunk`);
    if (type === 'IDAT') idat.push(data);
    else if (type === 'PLTE') palette = data;
    else if (type === 'tRNS') transparency = data;
    else if (type === 'IEND') break;
    at += 12 + length;
  }
  const rows = unfilter(zlib.inflateSync(Buffer.concat(idat)), header.width, header.height, channels);
  return { header, width: header.width, height: header.height, pixels: toRgba(rows, header, palette, transparency) };
}

function unfilter(data: Buffer, width: number, height: number, bpp: number): Buffer {
  const stride = width * bpp;
  if (data.length !== (stride + 1) * height) throw new Error('image data has the wrong length');
  const out = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = data[y * (stride + 1)];
    const line = data.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= bpp ? out[y * stride + x - bpp] : 0;
      const b = y > 0 ? out[(y - 1) * stride + x] : 0;
      const c = x >= bpp && y > 0 ? out[(y - 1) * stride + x - bpp] : 0;
      out[y * stride + x] = (line[x] + predictor(filter, a, b, c)) & 0xff;
    }
  }
  return out;
}

function predictor(filter: number, a: number, b: number, c: number): number {
  switch (filter) {
    case 0:
      return 0;
    case 1:
      return a;
    case 2:
      return b;
    case 3:
      return (a + b) >> 1;
    case 4: {
      const p = a + b - c;
      const pa = Math.abs(p - a),
        pb = Math.abs(p - b),
        pc = Math.abs(p - c);
      return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
    default:
      throw new Error(`unknown PNG filter type ${filter}`);
  }
}

function toRgba(rows: Buffer, header: PngHeader, palette?: Buffer, transparency?: Buffer): Uint8Array {
  const count = header.width * header.height;
  const rgba = new Uint8Array(count * 4);
  for (let i = 0; i < count; i++) {
    let r: number,
      g: number,
      b: number,
      a = 255;
    switch (header.colorType) {
      case 0:
        r = g = b = rows[i];
        if (transparency && transparency.length >= 2 && transparency.readUInt16BE(0) === r) a = 0;
        break;
      case 4:
        r = g = b = rows[i * 2];
        a = rows[i * 2 + 1];
        break;
      case 2:
        r = rows[i * 3];
        g = rows[i * 3 + 1];
        b = rows[i * 3 + 2];
        if (
          transparency &&
          transparency.length >= 6 &&
          transparency.readUInt16BE(0) === r &&
          transparency.readUInt16BE(2) === g &&
          transparency.readUInt16BE(4) === b
        )
          a = 0;
        break;
      case 6:
        r = rows[i * 4];
        g = rows[i * 4 + 1];
        b = rows[i * 4 + 2];
        a = rows[i * 4 + 3];
        break;
      default: {
        const index = rows[i];
        if (!palette || index * 3 + 2 >= palette.length) throw new Error('palette index out of range');
        r = palette[index * 3];
        g = palette[index * 3 + 1];
        b = palette[index * 3 + 2];
        a = transparency && index < transparency.length ? transparency[index] : 255;
      }
    }
    rgba.set([r, g, b, a], i * 4);
  }
  return rgba;
}
