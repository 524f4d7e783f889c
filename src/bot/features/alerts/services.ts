import type { IncidentStore } from '../../../alerts/incidents/incidentStore';
import type { Notifier } from '../../../alerts/notifier';
import type { SubscriptionStore } from '../../../alerts/subscriptions/subscriptionStore';
import type { IncidentActions } from '../../../alerts/incidentActions';
import type { ConfigurationCatalog } from '../../../sync/catalog';
import type { JobService } from '../../../sync/jobs/jobService';
import type { KnowledgeBase } from '../../../sync/knowledge/knowledgeBase';

import type { AlertBotDeps } from '../../operations/botServices';

export type { AlertBotDeps };

/** What the alert commands, card buttons and conversation updates need. */
export interface AlertsServices {
  catalog: ConfigurationCatalog;
  subscriptions: SubscriptionStore;
  incidents: IncidentStore;
  notifier: Notifier;
  knowledge: KnowledgeBase;
  now: () => Date;
  pollSeconds: number;
  /** The newest failed log entries of the incident's configuration ("Show failures"). */
  recentFailures: IncidentActions['recentFailures'];
  /** Restarts provisioning ("Yes, restart"); absent when the bot runs without its sync operations. */
  jobs?: Pick<JobService, 'restart'>;
  /** "Yes, restart" is refused once the confirmation is older than this (the approval request TTL). */
  confirmationTtlHours: number;
}
