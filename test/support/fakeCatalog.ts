import type { ConfigurationCatalog, ConfigurationDetails, ConfigurationMatch } from '../../src/sync/catalog';
import type { SyncConfiguration } from '../../src/sync/model';
import { detailsOf } from './configurations';

export interface FakeCatalog extends ConfigurationCatalog {
  /** Names passed to resolve(), in order. */
  resolved: string[];
  /** Makes every later call fail with this error (a Graph failure behind the catalog). */
  failWith(error: unknown): void;
}

/**
 * A configuration catalog over fixed data: the edge a unit test fakes. Its lookup is forgiving
 * like the real one (case, dashes, spaces); close names come back as candidates.
 */
export function fakeCatalog(configurations: SyncConfiguration[], details: (c: SyncConfiguration) => ConfigurationDetails = (c) => detailsOf(c)): FakeCatalog {
  let failure: unknown;
  const check = () => {
    if (failure !== undefined) throw failure;
  };
  const resolved: string[] = [];
  return {
    resolved,
    failWith: (error) => {
      failure = error;
    },
    list: async () => (check(), [...configurations]),
    resolve: async (name): Promise<ConfigurationMatch> => {
      resolved.push(name);
      check();
      const wanted = fold(name);
      const exact = configurations.filter((c) => fold(c.displayName) === wanted);
      if (exact.length === 1) return { match: exact[0], candidates: exact };
      const close = configurations.filter((c) => fold(c.displayName).includes(wanted) || wanted.includes(fold(c.displayName)));
      if (close.length === 1) return { match: close[0], candidates: close };
      return { candidates: close.length > 0 ? close : [...configurations] };
    },
    details: async (config) => (check(), details(config)),
  };
}

function fold(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
