import type { Incident, Subscription } from '../types';

/** Whether a subscription wants to hear about an incident (its configuration and "quarantine only" filters). */
export function wants(subscription: Subscription, incident: Incident): boolean {
  if (!subscription.alerts || subscription.retiredAt) return false;
  const { configuration, quarantineOnly } = subscription.filter;
  if (configuration && configuration.servicePrincipalId !== incident.servicePrincipalId) return false;
  if (quarantineOnly && !incident.quarantineReason) return false;
  return true;
}
