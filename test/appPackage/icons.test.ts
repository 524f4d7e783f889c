import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { drawColorIcon, drawOutlineIcon } from '../../tools/drawIcons';
import { colorIconProblems, outlineIconProblems } from '../../tools/iconRules';
import { decodePng, readPngHeader } from '../../tools/pngDecode';
import { encodePng } from '../../tools/pngEncode';
import { projectRoot } from '../tools/project-root';

const icon = (name: string) => fs.readFileSync(path.join(projectRoot(), 'appPackage', name));

describe('appPackage icons', () => {
  it('color.png is a 192x192 PNG', () => {
    const header = readPngHeader(icon('color.png'));
    assert.deepEqual([header.width, header.height], [192, 192]);
    assert.deepEqual(colorIconProblems(icon('color.png')), []);
  });

  it('outline.png is a 32x32 PNG, white on a transparent background', () => {
    const image = decodePng(icon('outline.png'));
    assert.deepEqual([image.width, image.height], [32, 32]);
    const alphas = new Set<number>();
    for (let i = 0; i < image.pixels.length; i += 4) {
      alphas.add(image.pixels[i + 3]);
      if (image.pixels[i + 3] > 0) assert.deepEqual([...image.pixels.subarray(i, i + 3)], [255, 255, 255]);
    }
    assert.ok(alphas.has(0), 'some pixels are fully transparent');
    assert.ok(alphas.has(255), 'some pixels are fully white');
    assert.deepEqual(outlineIconProblems(icon('outline.png')), []);
  });

  it('are what the icon generator draws (node lib/tools/drawIcons.js rewrites them)', () => {
    assert.ok(encodePng(drawColorIcon()).equals(icon('color.png')), 'color.png differs from the generator');
    assert.ok(encodePng(drawOutlineIcon()).equals(icon('outline.png')), 'outline.png differs from the generator');
  });

  it('the rules catch a wrong size, an opaque background and a coloured outline', () => {
    assert.match(colorIconProblems(icon('outline.png'))[0], /32x32, Teams needs 192x192/);
    const opaque = { width: 32, height: 32, pixels: new Uint8Array(32 * 32 * 4).fill(255) };
    assert.deepEqual(outlineIconProblems(encodePng(opaque)), [
      'outline icon has no transparent pixels (its background must be transparent)',
    ]);
    const blue = drawOutlineIcon();
    for (let i = 0; i < blue.pixels.length; i += 4) blue.pixels[i] = 0;
    assert.match(outlineIconProblems(encodePng(blue)).join(), /visible pixels that are not white/);
  });
});
