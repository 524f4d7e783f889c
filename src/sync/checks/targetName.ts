import type { SyncConfiguration } from '../../domain';

/** The target tenant's name as people know it, for messages. */
export function targetName(config: SyncConfiguration | undefined): string {
  return (
    config?.target?.displayName ?? config?.target?.defaultDomainName ?? config?.target?.tenantId ?? 'the target tenant'
  );
}
