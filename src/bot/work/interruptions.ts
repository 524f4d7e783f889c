import type { BotAdapter } from 'botbuilder';
import type { Logger } from '../../logging';
import { sendCard, updateCard } from '../turn/reply';
import { inConversation } from './detachedTurn';
import { type Interruption, interruptedCard } from './interruptedCard';
import type { WorkRecord, WorkRecords } from './workRecords';

export interface InterruptionDeps {
  adapter: BotAdapter;
  appId: string;
  records: WorkRecords;
  logger: Logger;
  /** This process's owner id. */
  owner: string;
  /**
   * One instance on this storage (SQLite): every record of another process is left over from a process that is gone.
   * On shared storage a record is left over only when its process stopped beating for `staleMs`.
   */
  singleInstance: boolean;
  staleMs: number;
  now?: () => number;
}

/** Tells the card of one operation that it was interrupted (or posts that, when it had no card yet). */
export async function tellInterrupted(
  deps: Pick<InterruptionDeps, 'adapter' | 'appId' | 'logger'>,
  record: WorkRecord,
  why: Interruption,
): Promise<void> {
  const card = interruptedCard(record.title, why, record.again);
  await inConversation(deps.adapter, deps.appId, record.reference, async (context) => {
    if (record.cardId) await updateCard(context, record.cardId, card, deps.logger);
    else await sendCard(context, card, deps.logger);
  });
}

/**
 * The cards that dead processes left working say so, each by exactly one instance (a compare-and-set claim on the
 * record), and the records go. Returns how many were told.
 */
export async function sweepOrphans(deps: InterruptionDeps): Promise<number> {
  const now = deps.now ?? Date.now;
  const others = await deps.records.othersThan(deps.owner);
  const alive = new Map<string, boolean>();
  let told = 0;
  for (const { key, record } of others) {
    if (!alive.has(record.owner)) {
      const beat = deps.singleInstance ? undefined : await deps.records.aliveAt(record.owner);
      alive.set(record.owner, beat !== undefined && now() - beat < deps.staleMs);
    }
    if (alive.get(record.owner)) continue;
    if (!(await deps.records.claim(key, record, deps.owner))) continue;
    try {
      await tellInterrupted(deps, record, 'restart');
      told++;
      deps.logger.info(
        { title: record.title, cardId: record.cardId },
        'card left working by a stopped process marked interrupted',
      );
    } catch (error) {
      deps.logger.warn({ err: error, title: record.title }, 'could not mark a card interrupted');
    }
    await deps.records.remove(key);
  }
  return told;
}
