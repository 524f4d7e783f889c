import type { IncidentStore } from '../../alerts/incidents/incidentStore';
import type { Notifier } from '../../alerts/notifier';
import type { SubscriptionStore } from '../../alerts/subscriptions/subscriptionStore';
import { CodedError, ErrorCode } from '../../errors';
import type { GraphGateway } from '../../graph/gateway';
import type { KnowledgeBase } from '../../sync/knowledge/knowledgeBase';

/** What the alert commands, card buttons and conversation updates need. */
export interface AlertBotDeps {
  subscriptions: SubscriptionStore;
  incidents: IncidentStore;
  /** Updates the posted copies of a card after an acknowledge or a snooze. */
  notifier: Notifier;
  gateway: Pick<GraphGateway, 'listJobs' | 'restartJob' | 'listProvisioningLogs'>;
  knowledge: KnowledgeBase;
  now: () => Date;
  pollSeconds: number;
}

export function alertsOf(deps: { alerts?: AlertBotDeps }): AlertBotDeps {
  if (!deps.alerts) throw new CodedError(ErrorCode.NotSupported, 'Alerts are not running in this bot.');
  return deps.alerts;
}
