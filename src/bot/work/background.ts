import { type BotAdapter, TurnContext } from 'botbuilder';
import { setTimeout as sleep } from 'node:timers/promises';
import { randomUUID } from 'node:crypto';
import { renderErrorCard } from '../../cards/error';
import type { AdaptiveCard } from '../../cards/render';
import { CodedError, ErrorCode } from '../../errors';
import type { Logger } from '../../logging';
import type { DurableStorage } from '../../storage';
import { reportError, errorText } from '../errors/replyWithError';
import type { TurnState } from '@microsoft/teams-ai';
import { audienceOf } from '../turn/audience';
import { conversationKey, isCardAction } from '../turn/context';
import { noteQueued } from '../turn/outcome';
import { updateCard } from '../turn/reply';
import { type CurrentOperation, setCurrentOperation } from './currentOperation';
import { detachTurn } from './detachedTurn';
import { type InterruptionDeps, sweepOrphans, tellInterrupted } from './interruptions';
import { answerCard, startedCard } from './startedCard';
import { type QueueCounts, WorkQueue } from './workQueue';
import { type RunAgain, type WorkRecord, WorkRecords } from './workRecords';

/** A click waits this long for its result before it is answered with the card in its working state. */
export const ANSWER_WITHIN_MS = 1000;
/** An operation still running after this long is recorded in storage. */
const RECORD_AFTER_MS = 500;
/** How often a process says it is alive, and after how long without that its records count as left over. */
const BEAT_MS = 10_000;
const STALE_MS = 3 * BEAT_MS;

export interface WorkSpec {
  /** What the card says was interrupted ("Provision a user"). */
  title: string;
  /** What Run again replays. */
  again?: RunAgain;
  /** Not recorded: the operation's own state resumes it after a crash, exactly once (approvals). */
  resumesItself?: boolean;
}

/** A turn as handlers get it (the shape of operations' WorkTurn; this folder sits below operations). */
export interface WorkTurn {
  context: TurnContext;
  state: TurnState;
  log: Logger;
}

/** The work gets the turn it was handed, with the detached context in place of the turn's (other fields kept). */
type Work<T, Turn extends WorkTurn = WorkTurn> = (turn: Turn) => Promise<T>;

/**
 * The one way an operation runs: after Teams has its answer, in this instance's bounded queue, on a context that
 * outlives the turn, updating the operation's card in place. Teams gives a message about 15 s and a click 10-15 s
 * before it shows the user an error and may deliver the activity again; Graph can take longer than that.
 */
export interface Background {
  /** A typed command: queued, and this resolves at once; the work posts its own cards. */
  command<Turn extends WorkTurn>(turn: Turn, spec: WorkSpec, work: Work<void, Turn>): Promise<void>;
  /** A click: the result when it is ready within ANSWER_WITHIN_MS, else the clicked card in its working state. */
  button<Turn extends WorkTurn>(
    turn: Turn,
    spec: WorkSpec,
    work: Work<AdaptiveCard | string, Turn>,
  ): Promise<AdaptiveCard | string>;
  readonly counts: QueueCounts;
  /** Resolves once no work runs or waits (tests read the final cards after it). */
  idle(): Promise<void>;
  /** Marks the cards that stopped processes left working, then keeps saying this process is alive. */
  start(): Promise<void>;
  /** SIGTERM: no new work; work in flight gets `graceMs`, then what is left is marked interrupted on its card. */
  stop(graceMs: number): Promise<void>;
}

export interface BackgroundDeps {
  adapter: BotAdapter;
  /** The bot's app id ('' without one: local mode). */
  appId: string;
  logger: Logger;
  concurrency: number;
  /** Where operations in flight are recorded; without it nothing survives a crash (in-process tests). */
  storage?: DurableStorage;
  /** SQLite: one instance, so every record of another process is left over. */
  singleInstance?: boolean;
  answerWithinMs?: number;
  /** Tests record at once (0). */
  recordAfterMs?: number;
}

export function createBackground(deps: BackgroundDeps): { background: Background } {
  const queue = new WorkQueue(deps.concurrency);
  const owner = randomUUID();
  const records = deps.storage ? new WorkRecords(deps.storage) : undefined;
  const log = deps.logger.child({ part: 'work' });
  /** This process's operations, in flight or waiting, by record key. */
  const mine = new Map<string, WorkRecord>();
  const interruptions = (r: WorkRecords): InterruptionDeps => ({
    adapter: deps.adapter,
    appId: deps.appId,
    records: r,
    logger: log,
    owner,
    singleInstance: deps.singleInstance ?? true,
    staleMs: STALE_MS,
  });
  let beat: NodeJS.Timeout | undefined;

  async function submit<T, Turn extends WorkTurn>(turn: Turn, spec: WorkSpec, work: Work<T, Turn>) {
    if (!queue.accepting) {
      throw new CodedError(ErrorCode.ShuttingDown, 'This instance of the bot is stopping. Try again in a minute.');
    }
    const context = turn.context;
    const detached = detachTurn(deps.adapter, deps.appId, context);
    const clicked = isCardAction(context) ? context.activity.replyToId : undefined;
    const record: WorkRecord = {
      owner,
      title: spec.title,
      reference: TurnContext.getConversationReference(context.activity),
      cardId: clicked,
      again: spec.again,
      startedAt: new Date().toISOString(),
    };
    const key = randomUUID();
    // Recorded once it has run a moment: most operations end sooner, and a write per turn would cost every turn.
    let stored: Promise<string | undefined> | undefined;
    const store = () => {
      stored ??= records!.add({ ...record }).then(
        (storedKey) => (turn.log.debug({ operation: spec.title }, 'operation in flight recorded'), storedKey),
        (error: unknown) => (turn.log.warn({ err: error }, 'could not record an operation in flight'), undefined),
      );
    };
    const recordLater =
      records && !spec.resumesItself ? setTimeout(store, deps.recordAfterMs ?? RECORD_AFTER_MS) : undefined;
    recordLater?.unref();
    // An operation that resumes itself is left to do so, at shutdown too.
    if (!spec.resumesItself) mine.set(key, record);
    noteQueued(context);
    const operation: CurrentOperation = {
      cardId: clicked,
      opened: async (id) => {
        operation.cardId = id;
        record.cardId = id;
        const storedKey = await stored;
        if (!storedKey || !id || id === clicked) return;
        await records!.setCard(storedKey, id).catch((error: unknown) => {
          turn.log.warn({ err: error }, 'could not record the card of an operation in flight');
        });
      },
    };
    const done = queue.run(conversationKey(context), async () => {
      // At info only when the queue is full: one line per turn stays the rule (hooks/turnSummary.ts).
      const level = queue.counts.waiting > 0 ? 'info' : 'debug';
      turn.log[level]({ queue: queue.counts, operation: spec.title }, 'work started');
      try {
        return await detached((context) => {
          setCurrentOperation(context, operation);
          return work({ ...turn, context });
        });
      } finally {
        mine.delete(key);
        clearTimeout(recordLater);
        const storedKey = await stored;
        if (storedKey) await records!.remove(storedKey).catch(() => undefined);
        turn.log.debug({ queue: queue.counts, operation: spec.title }, 'work finished');
      }
    });
    return { done, operation };
  }

  const background: Background = {
    async command(turn, spec, work) {
      const { done } = await submit(turn, spec, work);
      done.catch((error: unknown) => turn.log.error({ err: error }, 'work failed after its answer'));
    },

    async button(turn, spec, work) {
      const state = { phase: 'waiting' as 'waiting' | 'answered' | 'finished' };
      let outcome: { ok: true; value: AdaptiveCard | string } | { ok: false; error: unknown } | undefined;
      let finished!: () => void;
      const finishedInTime = new Promise<void>((resolve) => (finished = resolve));
      const { operation } = await submit(turn, spec, async (t): Promise<void> => {
        let result: typeof outcome;
        try {
          result = { ok: true, value: await work(t) };
        } catch (error) {
          result = { ok: false, error };
        }
        if (state.phase === 'answered') return showLate(t, spec.title, operation, result);
        state.phase = 'finished';
        outcome = result;
        finished();
      });
      const timer = sleep(deps.answerWithinMs ?? ANSWER_WITHIN_MS, undefined, { ref: false }).then(() => {
        if (state.phase === 'waiting') state.phase = 'answered';
      });
      await Promise.race([finishedInTime, timer]);
      if (state.phase === 'finished' && outcome) {
        if (outcome.ok) return outcome.value;
        throw outcome.error;
      }
      return operation.shown ?? startedCard(spec.title);
    },

    get counts() {
      return queue.counts;
    },
    idle: () => queue.idle(),

    async start() {
      if (!records) return;
      await records.beat(owner, new Date());
      const sweep = async () => {
        try {
          await records.beat(owner, new Date());
          const told = await sweepOrphans(interruptions(records));
          if (told) log.info({ told }, 'cards of interrupted operations updated');
        } catch (error) {
          log.warn({ err: error }, 'could not look for operations interrupted by a stopped process');
        }
      };
      await sweep();
      // On shared storage another instance may die at any time, with nobody starting after it.
      beat = setInterval(() => void sweep(), BEAT_MS);
      beat.unref();
    },

    async stop(graceMs) {
      queue.stop();
      clearInterval(beat);
      log.info({ queue: queue.counts, graceMs }, 'stopping: no new work, finishing the work in flight');
      await Promise.race([queue.idle(), sleep(graceMs, undefined, { ref: false })]);
      const left = [...mine.values()];
      if (left.length) log.warn({ queue: queue.counts }, 'work still running at the end of the grace period');
      for (const record of left) {
        await tellInterrupted({ adapter: deps.adapter, appId: deps.appId, logger: log }, record, 'shutdown').catch(
          (error: unknown) => log.warn({ err: error, title: record.title }, 'could not mark a card interrupted'),
        );
      }
      if (records) {
        for (const { key } of await records.of(owner)) await records.remove(key);
        await records.forgetOwner(owner);
      }
    },
  };
  return { background };
}

/** The result of a click that was answered before it was ready goes to the clicked card (or the conversation). */
async function showLate(
  turn: WorkTurn,
  title: string,
  operation: CurrentOperation,
  result: { ok: true; value: AdaptiveCard | string } | { ok: false; error: unknown } | undefined,
): Promise<void> {
  const { context, log } = turn;
  const cardId = operation.cardId ?? context.activity.replyToId;
  if (!result) return;
  if (result.ok) {
    if (typeof result.value === 'string') {
      if (cardId) await updateCard(context, cardId, answerCard(title, result.value), log);
      else await context.sendActivity(result.value);
    } else if (result.value !== operation.shown && cardId) await updateCard(context, cardId, result.value, log);
    return;
  }
  const report = reportError(result.error, log, audienceOf(context));
  if (cardId)
    await updateCard(context, cardId, renderErrorCard({ ...report.view, references: report.references }), log);
  else await context.sendActivity(errorText(report));
}
