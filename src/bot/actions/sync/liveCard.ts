import { CardFactory, TurnContext } from 'botbuilder';
import { renderErrorCard } from '../../../cards/error';
import type { AdaptiveCard } from '../../../cards/render';
import type { Logger } from '../../../logging';
import { reportError } from '../../errors/replyWithError';
import { isCardAction } from '../../turn/context';
import { sendCard } from '../../turn/reply';

/**
 * A card posted once and then updated in place (context.updateActivity with the id the post returned, or the
 * clicked card's id), so slow work shows progress on one card instead of a trail of messages. Updates are
 * sent in order; when several are waiting only the newest is sent. A failed update is logged, never thrown:
 * the work itself goes on and the final card is sent again.
 */
export interface LiveCard {
  show(card: AdaptiveCard): Promise<void>;
  /** The card shown last (what an invoke answers with). */
  readonly current: AdaptiveCard;
}

/** A message turn posts the first card now; a card click updates the clicked card. */
export async function openLiveCard(ctx: TurnContext, first: AdaptiveCard, log: Logger): Promise<LiveCard> {
  const clicked = isCardAction(ctx) ? ctx.activity.replyToId : undefined;
  const id = clicked ?? (await sendCard(ctx, first));
  const card = liveCard(ctx, id, first, log);
  if (clicked) await card.show(first);
  return card;
}

function liveCard(ctx: TurnContext, id: string | undefined, first: AdaptiveCard, log: Logger): LiveCard {
  let current = first;
  let waiting: AdaptiveCard | undefined;
  let draining: Promise<void> | undefined;
  const send = async (card: AdaptiveCard) => {
    if (!id) return;
    try {
      await ctx.updateActivity({ id, type: 'message', attachments: [CardFactory.adaptiveCard(card)] });
    } catch (error) {
      log.warn({ err: error, activityId: id }, 'could not update a card in place');
    }
  };
  const drain = async () => {
    while (waiting) {
      const next = waiting;
      waiting = undefined;
      await send(next);
    }
    draining = undefined;
  };
  return {
    get current() {
      return current;
    },
    show(card) {
      current = card;
      waiting = card;
      draining ??= drain();
      return draining;
    },
  };
}

/**
 * Shows `first` at once, runs the work (which may show progress on the same card) and shows its last card;
 * a failure becomes the error card, on that same card (one message, never a second one).
 */
export async function showWhileWorking(ctx: TurnContext, log: Logger, first: AdaptiveCard, work: (live: LiveCard) => Promise<AdaptiveCard>): Promise<AdaptiveCard> {
  const live = await openLiveCard(ctx, first, log);
  let card: AdaptiveCard;
  try {
    card = await work(live);
  } catch (error) {
    const report = reportError(error, log);
    card = renderErrorCard({ ...report.view, references: report.references });
  }
  await live.show(card);
  return card;
}
