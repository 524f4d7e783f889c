import fs from 'node:fs';
import path from 'node:path';
import { insideGlyph } from './iconGlyph';
import { encodePng, RgbaImage } from './pngEncode';

/**
 * Draws the Teams app icons: color.png (192x192, white symbol on a blue tile) and
 * outline.png (32x32, white symbol on transparent), as the Teams manifest asks.
 *   node lib/tools/drawIcons.js [--out appPackage]
 */

const SAMPLES = 6; // per axis: 36 samples a pixel give smooth edges at 32 px
const TILE_TOP = [0x1f, 0x6f, 0xeb];
const TILE_BOTTOM = [0x13, 0x3f, 0xa8];

/** Fraction of the pixel covered by the symbol, the symbol filling `scale` of the image, centred. */
function coverage(px: number, py: number, size: number, scale: number): number {
  let hits = 0;
  for (let sy = 0; sy < SAMPLES; sy++) {
    for (let sx = 0; sx < SAMPLES; sx++) {
      const x = ((px + (sx + 0.5) / SAMPLES) / size - 0.5) / scale + 0.5;
      const y = ((py + (sy + 0.5) / SAMPLES) / size - 0.5) / scale + 0.5;
      if (insideGlyph(x, y)) hits++;
    }
  }
  return hits / (SAMPLES * SAMPLES);
}

export function drawColorIcon(size = 192): RgbaImage {
  const pixels = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const t = (x + y) / (2 * (size - 1)); // diagonal gradient, lighter top left
      const c = coverage(x, y, size, 0.78);
      for (let i = 0; i < 3; i++) {
        const tile = TILE_TOP[i] + (TILE_BOTTOM[i] - TILE_TOP[i]) * t;
        pixels[(y * size + x) * 4 + i] = Math.round(tile + (255 - tile) * c);
      }
      pixels[(y * size + x) * 4 + 3] = 255;
    }
  }
  return { width: size, height: size, pixels };
}

export function drawOutlineIcon(size = 32): RgbaImage {
  const pixels = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      // White everywhere; only alpha carries the shape, which is what Teams asks of an outline icon.
      pixels.set([255, 255, 255, Math.round(255 * coverage(x, y, size, 1.02))], (y * size + x) * 4);
    }
  }
  return { width: size, height: size, pixels };
}

function main(argv: string[]): void {
  const outAt = argv.indexOf('--out');
  const out = path.resolve(outAt >= 0 ? argv[outAt + 1] : 'appPackage');
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(path.join(out, 'color.png'), encodePng(drawColorIcon()));
  fs.writeFileSync(path.join(out, 'outline.png'), encodePng(drawOutlineIcon()));
  console.log(`wrote ${path.join(out, 'color.png')} and ${path.join(out, 'outline.png')}`);
}

if (require.main === module) main(process.argv.slice(2));
