import { z } from 'zod';
import type { ChangeStore } from '../../../alerts/changes/changeStore';
import type { WatchedChange } from '../../../alerts/changes/types';
import { renderChangeCard } from '../../../cards/change';
import type { AdaptiveCard, CardButton } from '../../../cards/render';
import { Verb } from '../../../cards/verbs';
import { CodedError, ErrorCode } from '../../../errors';
import type { Logger } from '../../../logging';
import type { ChangesServices } from './services';

/** What a change card's button carries: only the change's id; everything else is looked up. */
export const changeButton = z.object({ change: z.string().regex(/^[0-9a-f]{24}$/) });

function buttons(change: WatchedChange): CardButton[] {
  const ref = { change: change.id };
  return [
    ...(change.undo && !change.undoRequestedBy ? [{ title: 'Undo', verb: Verb.changeUndo, data: ref }] : []),
    { title: 'Explain', verb: Verb.changeExplain, data: ref },
    ...(change.acknowledgedBy ? [] : [{ title: 'Acknowledge', verb: Verb.changeAcknowledge, data: ref }]),
  ];
}

export function changeCard(change: WatchedChange, note?: string): AdaptiveCard {
  return renderChangeCard({ change, buttons: buttons(change), note });
}

/** The change a button names, from storage; an unknown id is refused (a card's claims are never believed). */
export async function changeOfButton(changes: Pick<ChangeStore, 'get'>, id: string): Promise<WatchedChange> {
  const change = await changes.get(id);
  if (!change) throw new CodedError(ErrorCode.StaleAction, 'I have no record of that change.', { change: id });
  return change;
}

/** Refreshes every posted copy of the card (other channels too), so everyone sees the ack or the undo. */
export async function refreshPostedChange(
  services: Pick<ChangesServices, 'subscriptions' | 'notifier'>,
  change: WatchedChange,
  log: Logger,
): Promise<void> {
  for (const [subscriptionId, activityId] of Object.entries(change.posts)) {
    const subscription = await services.subscriptions.get(subscriptionId);
    if (!subscription || subscription.retiredAt) continue;
    await services.notifier
      .updateChange(subscription, activityId, change)
      .catch((error) => log.warn({ err: error, subscription: subscriptionId }, 'posted change card not refreshed'));
  }
}
