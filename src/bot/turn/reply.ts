import { Activity, CardFactory, MessageFactory, TurnContext } from 'botbuilder';
import { MESSAGE_BUDGET_BYTES, payloadBytes } from '../../cards/messageBudget';
import { AdaptiveCard, cardKind, cardSummary } from '../../cards/render';
import type { Logger } from '../../logging';
import { currentTurnLogger } from './logger';

/**
 * Every card the bot sends, updates or answers a click with goes through here, so one check sees them all:
 * a card over the message budget is logged (its kind and size) for an operator, and sent as it is. Teams may
 * refuse it (413 MessageSizeTooBig); cutting it here would hide rows without saying so, so each card's model
 * bounds itself (messageBudget.ts) and this warning means one of them does not.
 */
export function checkCardSize(card: AdaptiveCard, log: Logger | undefined): AdaptiveCard {
  const bytes = sizeOf(card);
  if (bytes > MESSAGE_BUDGET_BYTES) {
    log?.warn(
      { card: cardKind(card), bytes, budget: MESSAGE_BUDGET_BYTES },
      'card over the message size budget: Teams may refuse it',
    );
  }
  return card;
}

/** Sizes of frozen cards (cards/frozen.ts: rendered once, sent on many turns), which cannot change. */
const frozenSizes = new WeakMap<AdaptiveCard, number>();

function sizeOf(card: AdaptiveCard): number {
  if (!Object.isFrozen(card)) return payloadBytes(card);
  let bytes = frozenSizes.get(card);
  if (bytes === undefined) frozenSizes.set(card, (bytes = payloadBytes(card)));
  return bytes;
}

/** A message holding just this card, with the card's notification summary when it has one. */
export function cardMessage(card: AdaptiveCard, log: Logger | undefined): Partial<Activity> {
  const message = MessageFactory.attachment(CardFactory.adaptiveCard(checkCardSize(card, log)));
  const summary = cardSummary(card);
  if (summary) message.summary = summary;
  return message;
}

/** Sends a card as a new message; returns the message id (to update the card later). */
export async function sendCard(
  ctx: TurnContext,
  card: AdaptiveCard,
  log = currentTurnLogger(ctx),
): Promise<string | undefined> {
  const response = await ctx.sendActivity(cardMessage(card, log));
  return response?.id;
}

/** Replaces the card of a message the bot sent (its id from sendCard, or the clicked card's replyToId). */
export async function updateCard(
  ctx: TurnContext,
  activityId: string,
  card: AdaptiveCard,
  log = currentTurnLogger(ctx),
): Promise<void> {
  await ctx.updateActivity({ ...cardMessage(card, log), id: activityId });
}
