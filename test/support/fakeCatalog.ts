import type { ConfigurationCatalog, ConfigurationDetails, ConfigurationMatch } from '../../src/sync/catalog';
import { matchConfiguration } from '../../src/sync/configurationNames';
import type { SyncConfiguration } from '../../src/domain';
import { detailsOf } from './configurations';

export interface FakeCatalog extends ConfigurationCatalog {
  /** Names passed to resolve(), in order. */
  resolved: string[];
  /** Makes every later call fail with this error (a Graph failure behind the catalog). */
  failWith(error: unknown): void;
}

/**
 * A configuration catalog over fixed data: the edge a unit test fakes. Names are resolved by the
 * real forgiving matcher (case, dashes, spaces, near misses) the Graph-backed catalog uses.
 */
export function fakeCatalog(
  configurations: SyncConfiguration[],
  details: (c: SyncConfiguration) => ConfigurationDetails = (c) => detailsOf(c),
): FakeCatalog {
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
      return matchConfiguration(name, configurations);
    },
    details: async (config) => (check(), details(config)),
  };
}
