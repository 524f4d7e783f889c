import { decodePng, readPngHeader } from './pngDecode';

/**
 * The Teams manifest's icon rules: a 192x192 full-colour PNG, and a 32x32 outline PNG that is white
 * on a transparent background (Teams tints it, so any other colour would show as a grey box).
 */
export const COLOR_ICON_SIZE = 192;
export const OUTLINE_ICON_SIZE = 32;

export function colorIconProblems(png: Buffer): string[] {
  try {
    const { width, height } = readPngHeader(png);
    return width === COLOR_ICON_SIZE && height === COLOR_ICON_SIZE
      ? []
      : [`color icon is ${width}x${height}, Teams needs ${COLOR_ICON_SIZE}x${COLOR_ICON_SIZE}`];
  } catch (error) {
    return [`color icon: ${(error as Error).message}`];
  }
}

export function outlineIconProblems(png: Buffer): string[] {
  let image;
  try {
    image = decodePng(png);
  } catch (error) {
    return [`outline icon: ${(error as Error).message}`];
  }
  const problems: string[] = [];
  if (image.width !== OUTLINE_ICON_SIZE || image.height !== OUTLINE_ICON_SIZE) {
    problems.push(
      `outline icon is ${image.width}x${image.height}, Teams needs ${OUTLINE_ICON_SIZE}x${OUTLINE_ICON_SIZE}`,
    );
  }
  let transparent = 0;
  let visible = 0;
  let coloured = 0;
  for (let i = 0; i < image.pixels.length; i += 4) {
    const [r, g, b, a] = image.pixels.subarray(i, i + 4);
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
