import fs from 'node:fs';
import path from 'node:path';

/**
 * The checkout these tests read (appPackage/, infra/, env/), found by walking up from the compiled
 * test file, so the tests run the same from lib/ or from any .build/<name>/ folder.
 */
export function projectRoot(from: string = __dirname): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'appPackage', 'manifest.json')))
      return dir;
    if (path.dirname(dir) === dir) throw new Error(`no project root above ${from}`);
  }
}

export function readProjectFile(...parts: string[]): string {
  return fs.readFileSync(path.join(projectRoot(), ...parts), 'utf8');
}
