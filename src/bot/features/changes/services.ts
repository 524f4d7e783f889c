import type { SubscriptionStore } from '../../../alerts/subscriptions/subscriptionStore';
import type { ConfigurationCatalog } from '../../../sync/catalog';
import type { ChangeBotDeps } from '../../operations/botServices';
import type { ChangeRequestServices } from '../../shared/changeRequests/services';

export type { ChangeBotDeps };

/** What change cards' buttons need. */
export interface ChangesServices extends ChangeBotDeps {
  catalog: ConfigurationCatalog;
  subscriptions: SubscriptionStore;
  now: () => Date;
  /** Undo drafts a change request; absent when approvals are not running. */
  requests?: ChangeRequestServices;
}
