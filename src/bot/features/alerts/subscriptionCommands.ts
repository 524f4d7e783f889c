import type { TurnContext } from 'botbuilder';
import type { Subscription, SubscriptionFilter } from '../../../alerts/types';
import { CodedError, ErrorCode } from '../../../errors';
import { verifiedActor } from '../../access';
import { findConfiguration } from '../../shared/findConfiguration';
import { conversationName, rootReference, subscriptionKey } from './conversation';
import type { AlertsServices } from './services';

/** The configuration a subscription is limited to, resolved by name (forgivingly) to its id. */
export async function configurationFilter(
  services: Pick<AlertsServices, 'catalog'>,
  name: string | undefined,
): Promise<SubscriptionFilter['configuration']> {
  if (!name) return undefined;
  const found = await findConfiguration(services.catalog, name);
  if (found.kind === 'one')
    return { servicePrincipalId: found.config.servicePrincipalId, displayName: found.config.displayName };
  const names = (found.kind === 'ambiguous' ? found.candidates : found.known).map((c) => c.displayName).join(', ');
  throw found.kind === 'ambiguous'
    ? new CodedError(ErrorCode.AmbiguousConfiguration, `"${name}" matches several configurations: ${names}.`, { name })
    : new CodedError(
        ErrorCode.UnknownConfiguration,
        `There is no configuration "${name}". The configurations are: ${names}.`,
        { name },
      );
}

/** Creates or changes this conversation's subscription; the conversation reference is refreshed each time. */
export async function saveSubscription(
  ctx: TurnContext,
  alerts: Pick<AlertsServices, 'subscriptions' | 'now'>,
  change: (current: Subscription | undefined) => Pick<Subscription, 'filter' | 'alerts' | 'digest'>,
): Promise<Subscription> {
  const actor = verifiedActor(ctx);
  const key = subscriptionKey(ctx);
  const saved = await alerts.subscriptions.update(key, (current) => {
    const live = current?.retiredAt ? undefined : current;
    return {
      id: key,
      reference: rootReference(ctx) as Record<string, unknown>,
      conversationName: conversationName(ctx),
      createdBy: live?.createdBy ?? { id: actor.id, displayName: actor.displayName },
      createdAt: live?.createdAt ?? alerts.now().toISOString(),
      ...change(live),
    };
  });
  return saved as Subscription;
}

export function describeSubscription(s: Subscription): string {
  const what = [
    s.alerts ? `alerts${s.filter.quarantineOnly ? ' (quarantine only)' : ''}` : '',
    s.digest ? 'the daily digest' : '',
  ]
    .filter(Boolean)
    .join(' and ');
  const scope = s.filter.configuration ? `for ${s.filter.configuration.displayName}` : 'for every configuration';
  return `${what || 'nothing'} ${scope}`;
}
