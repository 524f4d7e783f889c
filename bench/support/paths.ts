import fs from 'node:fs';
import path from 'node:path';

/**
 * Where things are. Benchmarks run compiled, from <lib>/bench/..., so the compiled tree (lib/ or a
 * .build/<name> folder) is two folders above this file, and the checkout is the folder with package.json.
 */
export const LIB_DIR = path.resolve(__dirname, '..', '..');

function findRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no package.json above ${start}`);
  }
}

export const ROOT_DIR = findRoot(LIB_DIR);
/** JSON results (gitignored). */
export const RESULTS_DIR = path.join(ROOT_DIR, 'bench', 'results');
/** The simulator's certificate authority and keys for benchmarks (data/ is gitignored). */
export const SIMULATOR_DATA_DIR = path.join(ROOT_DIR, 'data', 'bench', 'simulator');

export const compiled = (...parts: string[]): string => path.join(LIB_DIR, ...parts);
