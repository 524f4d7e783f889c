import type { InstantiatedConfiguration, SyncConfiguration } from '../../domain';
import { AZURE2AZURE_TEMPLATE, MSIAM_ACCESS } from '../constants';
import type { WireAppRole, WireServicePrincipal } from '../wire/directory';
import type { WireSecret, WireSyncJob } from '../wire/synchronization';
import { toSyncJob } from './jobMapper';
import { toSyncSettings } from './secretsMapper';

/** A configuration = the service principal + its Azure2Azure job + what its secrets say (target, scope). */
export function toSyncConfiguration(
  sp: WireServicePrincipal,
  jobs: WireSyncJob[] | undefined,
  secrets: WireSecret[] | undefined,
): SyncConfiguration {
  const job = jobs?.find((j) => j.templateId === AZURE2AZURE_TEMPLATE) ?? jobs?.[0];
  const settings = secrets ? toSyncSettings(secrets) : undefined;
  return {
    servicePrincipalId: sp.id,
    appId: sp.appId,
    displayName: sp.displayName ?? '',
    appRoleId: accessRole(sp.appRoles ?? [])?.id,
    job: job ? toSyncJob(job) : undefined,
    target: settings?.companyId ? { tenantId: settings.companyId } : undefined,
    scopeMode: settings?.scopeMode,
  };
}

export function accessRole(roles: WireAppRole[]): WireAppRole | undefined {
  return (
    roles.find((r) => r.displayName === MSIAM_ACCESS || r.value === MSIAM_ACCESS) ??
    roles.find((r) => r.allowedMemberTypes?.includes('User'))
  );
}

export interface WireInstantiated {
  application: { id: string; appId: string; displayName?: string | null };
  servicePrincipal: WireServicePrincipal;
}

export function toInstantiated(wire: WireInstantiated): InstantiatedConfiguration {
  return {
    applicationId: wire.application.id,
    appId: wire.application.appId,
    servicePrincipalId: wire.servicePrincipal.id,
    displayName: wire.servicePrincipal.displayName ?? wire.application.displayName ?? '',
    appRoleId: accessRole(wire.servicePrincipal.appRoles ?? [])?.id,
  };
}
