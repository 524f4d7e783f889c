import { ErrorCode, isCoded } from '../../errors';
import type { GraphGateway } from '../../graph/gateway';
import type { SyncConfiguration } from '../../domain';

export type RemovalGateway = Pick<
  GraphGateway,
  'getConfiguration' | 'listAssignments' | 'findApplicationByAppId' | 'deleteServicePrincipal' | 'deleteApplication'
>;

export interface RemovalPreview {
  configurationId: string;
  name: string;
  targetName: string;
  assignments: number;
  running: boolean;
  /** What happens, in the order an admin wants to read it. */
  consequences: string[];
}

export interface RemovalEffect {
  kind: 'changed' | 'alreadyInEffect' | 'gone';
  detail: string;
  graphObjectId?: string;
}

/** What removing a configuration does: synchronization stops; users already synchronized stay as they are. */
export async function previewRemoval(
  gateway: Pick<GraphGateway, 'listAssignments' | 'findTenantById'>,
  config: SyncConfiguration,
): Promise<RemovalPreview> {
  const [assignments, target] = await Promise.all([
    gateway.listAssignments(config.servicePrincipalId),
    // The gateway's listing knows the target's id only; the catalog's also its name.
    config.target && !config.target.displayName
      ? gateway.findTenantById(config.target.tenantId).catch(() => undefined)
      : Promise.resolve(config.target),
  ]);
  const targetName = target?.displayName ?? target?.defaultDomainName ?? config.target?.tenantId ?? 'the target tenant';
  const running = config.job?.scheduleState === 'Active';
  return {
    configurationId: config.servicePrincipalId,
    name: config.displayName,
    targetName,
    assignments: assignments.length,
    running,
    consequences: [
      `Synchronization to ${targetName} stops${running ? ' (the job is running now)' : ''}; no further users are ` +
        `created, updated or deleted there.`,
      `Users already synchronized stay in ${targetName} as they are: nothing deletes or disables them. Their admins ` +
        `remove them if they want.`,
      `The ${assignments.length} assignment${assignments.length === 1 ? '' : 's'}, the job, its settings and ` +
        `mappings are removed with the configuration.`,
      'The application can be restored for 30 days (Entra admin center > App registrations > Deleted applications).',
    ],
  };
}

/**
 * Deletes the service principal, then the application behind it. Run again, it finds nothing to
 * delete and says so, so an approval applied twice does no harm.
 */
export async function removeConfiguration(gateway: RemovalGateway, configurationId: string): Promise<RemovalEffect> {
  const config = await gateway.getConfiguration(configurationId);
  if (!config) return { kind: 'alreadyInEffect', detail: 'The configuration no longer exists; nothing was deleted.' };
  const application = await gateway.findApplicationByAppId(config.appId);
  // Deleting the application deletes its service principal with it, and needs no ownership of the service principal
  // (which Application.ReadWrite.OwnedBy would); only without an application is the service principal deleted alone.
  if (application) await ignoreNotFound(gateway.deleteApplication(application.id));
  else await ignoreNotFound(gateway.deleteServicePrincipal(config.servicePrincipalId));
  const deleted = application ? 'application and its service principal' : 'service principal';
  return {
    kind: 'changed',
    detail: `${config.displayName} was removed (${deleted} deleted). Users already synchronized stay in the target.`,
    graphObjectId: config.servicePrincipalId,
  };
}

async function ignoreNotFound(call: Promise<void>): Promise<void> {
  try {
    await call;
  } catch (error) {
    if (!isCoded(error, ErrorCode.GraphNotFound)) throw error;
  }
}
