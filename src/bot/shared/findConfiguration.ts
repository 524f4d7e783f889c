import { CodedError, ErrorCode } from '../../errors';
import type { ConfigurationCatalog } from '../../sync/catalog';
import type { SyncConfiguration } from '../../domain';

export type Found =
  | { kind: 'one'; config: SyncConfiguration }
  | { kind: 'ambiguous'; candidates: SyncConfiguration[] }
  | { kind: 'unknown'; known: SyncConfiguration[] };

/** Resolves a typed name through the catalog's forgiving lookup and says which case it is. */
export async function findConfiguration(catalog: ConfigurationCatalog, name: string): Promise<Found> {
  const result = await catalog.resolve(name);
  if (result.match) return { kind: 'one', config: result.match };
  if (result.candidates.length === 0) {
    throw new CodedError(
      ErrorCode.UnknownConfiguration,
      'This tenant has no cross-tenant synchronization configurations yet.',
      { name },
    );
  }
  // The catalog returns close matches, or every configuration when nothing was close: tell them apart.
  const everything = result.candidates.length >= (await catalog.list()).length;
  return everything && !result.candidates.every((c) => related(name, c.displayName))
    ? { kind: 'unknown', known: result.candidates }
    : { kind: 'ambiguous', candidates: result.candidates };
}

/** The configuration with this id, for card buttons (which carry ids, never trusted names). */
export async function configurationById(catalog: ConfigurationCatalog, id: string): Promise<SyncConfiguration> {
  const config = (await catalog.list()).find((c) => c.servicePrincipalId === id);
  if (!config)
    throw new CodedError(
      ErrorCode.StaleAction,
      "That configuration no longer exists, or was never one of this tenant's.",
      { configurationId: id },
    );
  return config;
}

function related(typed: string, name: string): boolean {
  const a = fold(typed);
  const b = fold(name);
  if (a.length === 0) return false;
  if (b.includes(a) || a.includes(b)) return true;
  const words = new Set(b.split(' '));
  return a.split(' ').some((w) => w.length >= 3 && words.has(w));
}

function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
