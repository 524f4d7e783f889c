import { z } from 'zod';
import { parseIncidentRef } from '../../../alerts/incidents/signature';
import type { Incident } from '../../../alerts/types';
import { CodedError, ErrorCode } from '../../../errors';
import type { Logger } from '../../../logging';
import type { AlertsServices } from './services';

/** What an alert button carries: only the incident reference; everything else is looked up. */
export const incidentButton = z.object({ incident: z.string().min(1).max(64) });

/**
 * The incident a button names, from storage. An unknown id, or a card from an earlier opening
 * of the incident, is refused: the card's claims are never believed.
 */
export async function incidentOfButton(alerts: Pick<AlertsServices, 'incidents'>, ref: string): Promise<Incident> {
  const parsed = parseIncidentRef(ref);
  const incident = parsed ? await alerts.incidents.get(parsed.id) : undefined;
  if (!parsed || !incident)
    throw new CodedError(ErrorCode.StaleAction, 'I have no record of that alert.', { incident: ref.slice(0, 64) });
  if (incident.series !== parsed.series) {
    throw new CodedError(
      ErrorCode.StaleAction,
      'That card belongs to an earlier occurrence of this alert, which is over.',
      { incident: parsed.id, series: parsed.series, current: incident.series },
    );
  }
  return incident;
}

/** Refreshes every posted copy of the card (other channels too), so everyone sees the ack or snooze. */
export async function refreshPostedCards(
  alerts: Pick<AlertsServices, 'subscriptions' | 'notifier'>,
  incident: Incident,
  log: Logger,
): Promise<void> {
  for (const [subscriptionId, activityId] of Object.entries(incident.posts)) {
    const subscription = await alerts.subscriptions.get(subscriptionId);
    if (!subscription || subscription.retiredAt) continue;
    await alerts.notifier
      .updateIncident(subscription, activityId, incident)
      .catch((error) => log.warn({ err: error, subscription: subscriptionId }, 'posted alert card not refreshed'));
  }
}
