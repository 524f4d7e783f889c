import type { BotAdapter } from 'botbuilder';
import { DigestStore } from '../alerts/digest/digestStore';
import { IncidentStore } from '../alerts/incidents/incidentStore';
import { AlertMonitor } from '../alerts/monitor/monitor';
import type { MonitorSource } from '../alerts/monitor/source';
import { alertSettings, AlertSettings } from '../alerts/settings';
import { SubscriptionStore } from '../alerts/subscriptions/subscriptionStore';
import type { MonitorCursor } from '../alerts/types';
import type { AppConfig } from '../config';
import type { Logger } from '../logging';
import { createLeaderElector, DurableStorage } from '../storage';
import { createKnowledgeBase } from '../sync/knowledge/knowledgeBase';
import type { IncidentActions } from '../alerts/incidentActions';
import type { AlertBotDeps } from '../bot/features/alerts/services';
import type { ChangeBotDeps } from '../bot/operations/botServices';
import type { ChangeWatch } from '../alerts/monitor/changeWatchPort';
import { teamsNotifier } from '../bot/features/alerts/teamsNotifier';

export interface AlertsOptions {
  config: Pick<AppConfig, 'alerts' | 'storage' | 'instanceId' | 'bot'>;
  store: DurableStorage;
  /** What the monitor reads, and what alert cards' buttons read. */
  source: MonitorSource;
  incidentActions: IncidentActions;
  /** The adapter the bot uses, for proactive messages. */
  adapter: BotAdapter;
  logger: Logger;
  now?: () => Date;
  /** Tests and benchmarks replace the settings or the source at the edge. */
  settings?: Partial<AlertSettings>;
  /** Change watch (src/compose/changes.ts): read with each poll, its cards' parts handed to the bot. */
  changes?: { watch: ChangeWatch; deps: ChangeBotDeps };
}

export interface Alerts {
  /** For createBot({ alerts }). */
  deps: AlertBotDeps;
  monitor: AlertMonitor;
}

/**
 * The alert parts for the composition root: stores, notifier, leader election and the monitor (start it after the
 * server).
 */
export function createAlerts(options: AlertsOptions): Alerts {
  const { config, store, logger } = options;
  const log = logger.child({ component: 'alerts' });
  const now = options.now ?? (() => new Date());
  const knowledge = createKnowledgeBase();
  const subscriptions = new SubscriptionStore(store);
  const incidents = new IncidentStore(store);
  const notifier = teamsNotifier({ adapter: options.adapter, appId: config.bot?.appId ?? '', knowledge, logger: log });
  const settings = alertSettings(config.alerts.pollSeconds, options.settings);
  const leader = createLeaderElector<MonitorCursor>({
    storage: config.storage,
    store,
    job: 'alert-monitor',
    instanceId: config.instanceId,
    leaseSeconds: config.alerts.leaseSeconds,
    logger: log,
  });
  const monitor = new AlertMonitor({
    source: options.source,
    incidents,
    subscriptions,
    digests: new DigestStore(store),
    notifier,
    settings,
    logger: log,
    now,
    leader,
    changeWatch: options.changes?.watch,
  });
  return {
    deps: {
      subscriptions,
      incidents,
      notifier,
      actions: options.incidentActions,
      knowledge,
      now,
      pollSeconds: settings.pollSeconds,
      changes: options.changes?.deps,
    },
    monitor,
  };
}
