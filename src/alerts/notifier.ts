import type { DailyDigest } from './digest/digest';
import type { IncidentChange } from './incidents/merge';
import type { Incident, Subscription } from './types';

/** Thrown by a notifier when the conversation is gone for the bot (removed, 403/404): the subscription is retired. */
export class ConversationGoneError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'ConversationGoneError';
  }
}

/**
 * How alerts reach a conversation. The bot implements it with proactive messages; tests record
 * the calls. Methods throw ConversationGoneError when the bot can no longer post there.
 */
export interface Notifier {
  /** Posts the incident's card; returns the posted message id, kept to update the card in place. */
  postIncident(subscription: Subscription, incident: Incident): Promise<string | undefined>;
  /** Replaces the posted card with the incident's current state. */
  updateIncident(subscription: Subscription, activityId: string, incident: Incident): Promise<void>;
  /** A short follow-up message, e.g. "Recovered: …" after the card turned green. */
  announce(subscription: Subscription, incident: Incident, change: IncidentChange): Promise<void>;
  postDigest(subscription: Subscription, digest: DailyDigest): Promise<void>;
}
