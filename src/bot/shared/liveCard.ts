import type { TurnContext } from 'botbuilder';
import { renderErrorCard } from '../../cards/error';
import type { AdaptiveCard } from '../../cards/render';
import type { Logger } from '../../logging';
import { reportError } from '../errors/replyWithError';
import { audienceOf } from '../turn/audience';
import { isCardAction } from '../turn/context';
import { sendCard, updateCard } from '../turn/reply';
import { withGraphWaitListener } from '../../graphWaits';
import { withWaitLine } from './graphWaitLine';
import { currentOperation } from '../work/currentOperation';

/**
 * Teams lets a bot send 7 messages or updates per second into one conversation, and fewer over longer spans
 * (60 per 30 s); beyond that it answers 429. Progress is therefore shown at most once a second: the
 * newest progress waits out the second, older progress it replaced is never sent, and the final card
 * goes out at once.
 */
export const PROGRESS_GAP_MS = 1000;

/**
 * A card posted once and then updated in place (context.updateActivity with the id the post returned, or the
 * clicked card's id), so slow work shows progress on one card instead of a trail of messages. Updates are
 * sent in order. A failed update is logged, never thrown: the work itself goes on.
 */
export interface LiveCard {
  /**
   * Progress: sent now if the card has not changed for PROGRESS_GAP_MS, else when that time is up, unless replaced
   * first.
   */
  show(card: AdaptiveCard): Promise<void>;
  /** The last card: sent now, and no progress is sent after it. */
  finish(card: AdaptiveCard): Promise<void>;
  /** The card shown last (what an invoke answers with). */
  readonly current: AdaptiveCard;
}

/** A message turn posts the first card now; a card click updates the clicked card. */
export async function openLiveCard(
  ctx: TurnContext,
  first: AdaptiveCard,
  log: Logger,
  gapMs = PROGRESS_GAP_MS,
): Promise<LiveCard> {
  const clicked = isCardAction(ctx) ? ctx.activity.replyToId : undefined;
  const id = clicked ?? (await sendCard(ctx, first, log));
  // Work running after the answer records its card, so a crash can be told on it.
  await currentOperation(ctx)?.opened(id);
  const card = liveCard(ctx, id, first, log, gapMs, clicked ? undefined : Date.now());
  if (clicked) await card.show(first);
  return card;
}

function liveCard(
  ctx: TurnContext,
  id: string | undefined,
  first: AdaptiveCard,
  log: Logger,
  gapMs: number,
  postedAt: number | undefined,
): LiveCard {
  const operation = currentOperation(ctx);
  let current = first;
  if (operation) operation.shown = first;
  let lastSentAt = postedAt ?? -Infinity;
  let waiting: AdaptiveCard | undefined;
  let timer: NodeJS.Timeout | undefined;
  let finished = false;
  let sending: Promise<void> = Promise.resolve();

  const update = async (card: AdaptiveCard) => {
    if (!id) return;
    try {
      await updateCard(ctx, id, card, log);
    } catch (error) {
      log.warn({ err: error, activityId: id }, 'could not update a card in place');
    }
  };
  const send = (card: AdaptiveCard): Promise<void> => {
    lastSentAt = Date.now();
    sending = sending.then(() => update(card));
    return sending;
  };
  const sendWaiting = () => {
    timer = undefined;
    const card = waiting;
    waiting = undefined;
    if (card && !finished) void send(card);
  };

  return {
    get current() {
      return current;
    },
    show(card) {
      if (finished) return Promise.resolve();
      current = card;
      if (operation) operation.shown = card;
      const due = lastSentAt + gapMs - Date.now();
      if (due <= 0 && !waiting) return send(card);
      waiting = card;
      if (!timer) {
        timer = setTimeout(sendWaiting, Math.max(0, due));
        timer.unref();
      }
      return Promise.resolve();
    },
    finish(card) {
      finished = true;
      current = card;
      if (operation) operation.shown = card;
      waiting = undefined;
      clearTimeout(timer);
      timer = undefined;
      return send(card);
    },
  };
}

/**
 * Shows `first` at once, runs the work (which may show progress on the same card) and shows its last card;
 * a failure becomes the error card, on that same card (one message, never a second one).
 */
export async function showWhileWorking(
  ctx: TurnContext,
  log: Logger,
  first: AdaptiveCard,
  work: (live: LiveCard) => Promise<AdaptiveCard>,
): Promise<AdaptiveCard> {
  const live = await openLiveCard(ctx, first, log);
  let card: AdaptiveCard;
  try {
    // A wait the gateway must make before asking Graph (the log quota, replication) shows on this card.
    card = await withGraphWaitListener(
      (wait) => void live.show(withWaitLine(live.current, wait)),
      () => work(live),
    );
  } catch (error) {
    const report = reportError(error, log, audienceOf(ctx));
    card = renderErrorCard({ ...report.view, references: report.references });
  }
  await live.finish(card);
  return card;
}
