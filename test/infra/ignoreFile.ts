/**
 * gitignore-style matching, enough to check .webappignore (the Toolkit's zipDeploy reads it with
 * gitignore rules): anchored (/x or a/b), directory-only (x/), * and ** wildcards, # comments.
 */
export function ignoredBy(patterns: string[], file: string): boolean {
  return patterns.some((pattern) => matches(pattern, file));
}

export function patternsIn(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#') && !l.startsWith('!'));
}

function matches(pattern: string, file: string): boolean {
  const directoryOnly = pattern.endsWith('/');
  const body = pattern.replace(/^\//, '').replace(/\/$/, '');
  const anchored = pattern.startsWith('/') || body.includes('/');
  const glob = body
    .split('**')
    .map((part) =>
      part
        .split('*')
        .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('[^/]*'),
    )
    .join('.*');
  // The pattern names a path (or a directory holding the file); directory-only patterns need something below.
  const tail = directoryOnly ? '/.+' : '(/.+)?';
  return new RegExp(`${anchored ? '^' : '(^|/)'}${glob}${tail}$`).test(file);
}
