import type { BotAdapter } from 'botbuilder';
import type { AuditTenant } from '../alerts/changes/auditSource';
import { ChangeStore } from '../alerts/changes/changeStore';
import { createChangeWatch } from '../alerts/changes/changeWatch';
import { graphAuditSource } from '../alerts/changes/graphAuditSource';
import { graphChangeKnowledge } from '../alerts/changes/graphKnowledge';
import type { ChangeWatch } from '../alerts/monitor/changeWatchPort';
import { teamsChangeNotifier } from '../bot/features/changes/teamsChangeNotifier';
import type { ChangeBotDeps } from '../bot/operations/botServices';
import type { GraphSettings } from '../config';
import type { GraphGateway } from '../graph/gateway';
import type { Logger } from '../logging';
import type { DurableStorage } from '../storage';

export interface ChangeWatchOptions {
  store: DurableStorage;
  adapter: BotAdapter;
  botAppId: string;
  /** The source tenant: its gateway, id and the app id the bot calls Graph with. */
  source: { gateway: GraphGateway; tenantId: string; appId: string };
  /** The target tenants the bot has credentials for (TARGET_TENANT_CREDENTIALS): their logs are read too. */
  targets: { settings: readonly GraphSettings[]; gateways: (tenantId: string) => GraphGateway | undefined };
  logger: Logger;
  now?: () => Date;
  /** Audit-log requests per tenant per poll at most (default 2). */
  maxRequestsPerPoll?: number;
}

/** Change watch's parts for the composition root: what the monitor calls each poll, and what the bot's cards need. */
export function createChangeWatchParts(options: ChangeWatchOptions): { watch: ChangeWatch; deps: ChangeBotDeps } {
  const logger = options.logger.child({ component: 'change-watch' });
  const changes = new ChangeStore(options.store);
  const notifier = teamsChangeNotifier({ adapter: options.adapter, appId: options.botAppId, logger });
  const { source } = options;
  const tenants: Array<AuditTenant & { gateway: GraphGateway }> = [
    {
      tenantId: source.tenantId,
      side: 'source',
      name: 'the source tenant',
      bot: { appIds: [source.appId] },
      gateway: source.gateway,
    },
  ];
  for (const settings of options.targets.settings) {
    const gateway = options.targets.gateways(settings.credential.tenantId);
    if (!gateway) continue;
    const appIds = settings.credential.clientId ? [settings.credential.clientId, source.appId] : [source.appId];
    tenants.push({
      tenantId: settings.credential.tenantId,
      side: 'target',
      name: settings.credential.tenantId,
      bot: { appIds },
      gateway,
    });
  }
  const watch = createChangeWatch({
    audit: graphAuditSource(tenants),
    knowledge: graphChangeKnowledge(source.gateway),
    changes,
    notifier,
    logger,
    now: options.now ?? (() => new Date()),
    maxRequestsPerPoll: options.maxRequestsPerPoll ?? 2,
    homeTenantId: source.tenantId,
  });
  return { watch, deps: { changes, notifier } };
}

/** The app id the bot calls Graph with ('' for a managed identity without a client id). */
export function graphAppId(settings: GraphSettings): string {
  return settings.credential.clientId ?? '';
}
