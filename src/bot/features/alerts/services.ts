import type { IncidentStore } from '../../../alerts/incidents/incidentStore';
import type { Notifier } from '../../../alerts/notifier';
import type { SubscriptionStore } from '../../../alerts/subscriptions/subscriptionStore';
import type { Page, ProvisioningLogEntry } from '../../../domain';
import type { GraphGateway } from '../../../graph/gateway';
import type { ConfigurationCatalog } from '../../../sync/catalog';
import type { JobService } from '../../../sync/jobs/jobService';
import type { KnowledgeBase } from '../../../sync/knowledge/knowledgeBase';

/** What the composition root (src/compose/alerts.ts) gives the bot for alerts. */
export interface AlertBotDeps {
  subscriptions: SubscriptionStore;
  incidents: IncidentStore;
  /** Updates the posted copies of a card after an acknowledge or a snooze. */
  notifier: Notifier;
  gateway: Pick<GraphGateway, 'listProvisioningLogs'>;
  knowledge: KnowledgeBase;
  now: () => Date;
  pollSeconds: number;
}

/** What the alert commands, card buttons and conversation updates need. */
export interface AlertsServices {
  catalog: ConfigurationCatalog;
  subscriptions: SubscriptionStore;
  incidents: IncidentStore;
  notifier: Notifier;
  knowledge: KnowledgeBase;
  now: () => Date;
  pollSeconds: number;
  /** The newest failed log entries of a configuration since a time ("Show failures"); reads the Graph gateway. */
  failuresSince(servicePrincipalId: string, since: Date, top: number): Promise<Page<ProvisioningLogEntry>>;
  /** Restarts provisioning ("Yes, restart"); absent when the bot runs without its sync operations. */
  jobs?: Pick<JobService, 'restart'>;
}
