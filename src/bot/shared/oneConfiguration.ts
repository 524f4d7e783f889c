import { CodedError, ErrorCode } from '../../errors';
import type { ConfigurationCatalog } from '../../sync/catalog';
import type { SyncConfiguration } from '../../domain';
import { findConfiguration } from './findConfiguration';

/** Exactly one configuration for a change request, or an answer naming the ones that exist. */
export async function oneConfiguration(catalog: ConfigurationCatalog, name: string): Promise<SyncConfiguration> {
  const found = await findConfiguration(catalog, name);
  if (found.kind === 'one') return found.config;
  const names = (found.kind === 'ambiguous' ? found.candidates : found.known).map((c) => c.displayName).join(', ');
  throw found.kind === 'ambiguous'
    ? new CodedError(ErrorCode.AmbiguousConfiguration, `"${name}" could be ${names}.`, { name })
    : new CodedError(
        ErrorCode.UnknownConfiguration,
        `There is no configuration "${name}". The configurations are: ${names}.`,
        { name },
      );
}
