import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Reads a documented Graph payload from test/fixtures/graph (tests run from the project root). */
export function graphFixture<T = unknown>(name: string): T {
  return JSON.parse(readFileSync(path.join(process.cwd(), 'test', 'fixtures', 'graph', name), 'utf8')) as T;
}
