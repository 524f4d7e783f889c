import { PNG } from 'pngjs';

/**
 * The Teams manifest's icon rules: a 192x192 full-colour PNG, and a 32x32 outline PNG that is white
 * on a transparent background (Teams tints it, so any other colour would show as a grey box).
 * Kept here because they are Teams' rules, which no image library knows; pngjs does the decoding.
 */
export const COLOR_ICON_SIZE = 192;
export const OUTLINE_ICON_SIZE = 32;

function sizeProblem(which: string, image: PNG, size: number): string[] {
  return image.width === size && image.height === size
    ? []
    : [`${which} icon is ${image.width}x${image.height}, Teams needs ${size}x${size}`];
}

export function colorIconProblems(png: Buffer): string[] {
  try {
    return sizeProblem('color', PNG.sync.read(png), COLOR_ICON_SIZE);
  } catch (error) {
    return [`color icon: ${(error as Error).message}`];
  }
}

export function outlineIconProblems(png: Buffer): string[] {
  let image: PNG;
  try {
    image = PNG.sync.read(png); // any PNG, decoded to 8-bit RGBA
  } catch (error) {
    return [`outline icon: ${(error as Error).message}`];
  }
  const problems = sizeProblem('outline', image, OUTLINE_ICON_SIZE);
  let transparent = 0;
  let visible = 0;
  let coloured = 0;
  for (let i = 0; i < image.data.length; i += 4) {
    const [r, g, b, a] = image.data.subarray(i, i + 4);
    if (a === 0) transparent++;
    else {
      visible++;
      if (r !== 255 || g !== 255 || b !== 255) coloured++;
    }
  }
  if (transparent === 0) problems.push('outline icon has no transparent pixels (its background must be transparent)');
  if (visible === 0) problems.push('outline icon is fully transparent (nothing would show)');
  if (coloured > 0) problems.push(`outline icon has ${coloured} visible pixels that are not white`);
  return problems;
}
