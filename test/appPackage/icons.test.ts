import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import { colorIconProblems, outlineIconProblems } from '../../tools/iconRules';
import { projectRoot } from '../tools/projectRoot';

const icon = (name: string) => fs.readFileSync(path.join(projectRoot(), 'appPackage', name));

describe('appPackage icons', () => {
  it('color.png is a 192x192 PNG', () => {
    const image = PNG.sync.read(icon('color.png'));
    assert.deepEqual([image.width, image.height], [192, 192]);
    assert.deepEqual(colorIconProblems(icon('color.png')), []);
  });

  it('outline.png is a 32x32 PNG, white on a transparent background', () => {
    const image = PNG.sync.read(icon('outline.png'));
    assert.deepEqual([image.width, image.height], [32, 32]);
    const alphas = new Set<number>();
    for (let i = 0; i < image.data.length; i += 4) {
      alphas.add(image.data[i + 3]);
      if (image.data[i + 3] > 0) assert.deepEqual([...image.data.subarray(i, i + 3)], [255, 255, 255]);
    }
    assert.ok(alphas.has(0), 'some pixels are fully transparent');
    assert.ok(alphas.has(255), 'some pixels are fully white');
    assert.deepEqual(outlineIconProblems(icon('outline.png')), []);
  });

  it('the rules catch a wrong size, an opaque background, a coloured outline and a file that is not a PNG', () => {
    assert.match(colorIconProblems(icon('outline.png'))[0], /32x32, Teams needs 192x192/);
    const opaque = new PNG({ width: 32, height: 32 });
    opaque.data.fill(255);
    assert.deepEqual(outlineIconProblems(PNG.sync.write(opaque)), [
      'outline icon has no transparent pixels (its background must be transparent)',
    ]);
    const blue = PNG.sync.read(icon('outline.png'));
    for (let i = 0; i < blue.data.length; i += 4) blue.data[i] = 0;
    assert.match(outlineIconProblems(PNG.sync.write(blue)).join(), /visible pixels that are not white/);
    assert.match(outlineIconProblems(Buffer.from('GIF89a, not a png at all'))[0], /^outline icon: /);
  });
});
