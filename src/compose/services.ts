import { entraMemberships, MembershipLookup } from '../access';
import { incidentActions, IncidentActions } from '../alerts/incidentActions';
import { graphSource } from '../alerts/monitor/graphSource';
import type { MonitorSource } from '../alerts/monitor/source';
import type { GraphGateway } from '../graph/gateway';
import { appWrites, type WritesFor } from '../graph/writesFor';
import type { Logger } from '../logging';
import type { ConfigurationCatalog } from '../sync/catalog';
import { createSyncOperations, SyncOperations } from '../sync/operations';
import { createSettingsService, SettingsService } from '../sync/settings';
import { createSetupService, SetupService, TargetGateways } from '../sync/setup';

/** The domain services over the source tenant's gateway: what the bot's features call instead of the gateway. */
export interface Services {
  operations: SyncOperations;
  settings: SettingsService;
  setup: SetupService;
  /** Restart and failures from an alert card. */
  incidents: IncidentActions;
  /** The alert monitor's reads. */
  monitorSource: MonitorSource;
  /** Entra memberships of the person acting, for their roles. */
  memberships: MembershipLookup;
}

export function createServices(deps: {
  gateway: GraphGateway;
  catalog: ConfigurationCatalog;
  logger: Logger;
  targets: TargetGateways;
  sourceTenantId: string;
  /** The accidental-deletion threshold guided setup gives new configurations. */
  setupDeleteThreshold?: number;
  /** Whose token changes are made with (GRAPH_WRITES): the app's gateway unless given. */
  writes?: WritesFor;
}): Services {
  const { gateway, catalog, logger, targets, sourceTenantId } = deps;
  const writes = deps.writes ?? appWrites(gateway);
  return {
    operations: createSyncOperations({
      gateway,
      catalog,
      logger,
      targets: { gatewayFor: targets, sourceTenantId },
      writes,
    }),
    settings: createSettingsService(gateway, writes),
    // Setup writes the source tenant only (with the person's token in user mode); the targets are only read.
    setup: createSetupService({
      gateway,
      targets,
      sourceTenantId,
      deleteThreshold: deps.setupDeleteThreshold,
      writes,
    }),
    incidents: incidentActions(gateway),
    monitorSource: graphSource(gateway),
    memberships: entraMemberships(gateway),
  };
}
