import type { ConversationReference } from 'botbuilder';
import { randomUUID } from 'node:crypto';
import { type DurableStorage, readItem } from '../../storage';
import { ErrorCode, isCoded } from '../../errors';

const PREFIX = 'work/inflight/';
const OWNERS = 'work/owners/';

/** What a Run again button replays: a typed command with its parameters, or a card button with its data. */
export interface RunAgain {
  kind: 'command' | 'button';
  /** The command's name or the button's verb. */
  name: string;
  /** The parameters or button data, as JSON. */
  payload: string;
}

/**
 * One operation running after its answer, kept in storage while it runs so that a card it left working after a
 * crash can be found and told so.
 */
export interface WorkRecord {
  /** The process that runs it (a fresh id per start). */
  owner: string;
  title: string;
  reference: Partial<ConversationReference>;
  /** The live card the operation updates; absent until it posts or takes over one. */
  cardId?: string;
  again?: RunAgain;
  startedAt: string;
  /** Set by the instance that marks the card interrupted (compare-and-set), so only one does. */
  claimedBy?: string;
}

/** The records of operations in flight and the heartbeats of the processes that run them. */
export class WorkRecords {
  constructor(private readonly storage: DurableStorage) {}

  async add(record: WorkRecord): Promise<string> {
    const key = `${PREFIX}${record.owner}/${randomUUID()}`;
    await this.storage.write({ [key]: { ...record } });
    return key;
  }

  async setCard(key: string, cardId: string): Promise<void> {
    const record = await readItem<WorkRecord>(this.storage, key);
    if (!record || record.cardId === cardId) return;
    await this.storage.write({ [key]: { ...record, cardId } });
  }

  async remove(key: string): Promise<void> {
    await this.storage.delete([key]);
  }

  /** Every record not run by `owner` (the caller decides which are orphans). */
  async othersThan(owner: string): Promise<Array<{ key: string; record: WorkRecord & { eTag: string } }>> {
    const keys = (await this.storage.listKeys(PREFIX)).filter((k) => !k.startsWith(`${PREFIX}${owner}/`));
    const items = keys.length ? await this.storage.read(keys) : {};
    return Object.entries(items).map(([key, record]) => ({ key, record: record as WorkRecord & { eTag: string } }));
  }

  /** Records of `owner` (its own work, at shutdown). */
  async of(owner: string): Promise<Array<{ key: string; record: WorkRecord }>> {
    const keys = await this.storage.listKeys(`${PREFIX}${owner}/`);
    const items = keys.length ? await this.storage.read(keys) : {};
    return Object.entries(items).map(([key, record]) => ({ key, record: record as WorkRecord }));
  }

  /** Compare-and-set: true for the one caller whose claim was written on the record it read. */
  async claim(key: string, record: WorkRecord & { eTag: string }, claimant: string): Promise<boolean> {
    if (record.claimedBy) return false;
    try {
      await this.storage.write({ [key]: { ...record, claimedBy: claimant } });
      return true;
    } catch (error) {
      if (isCoded(error, ErrorCode.StorageConflict)) return false;
      throw error;
    }
  }

  async beat(owner: string, at: Date): Promise<void> {
    await this.storage.write({ [`${OWNERS}${owner}`]: { aliveAt: at.toISOString() } });
  }

  async forgetOwner(owner: string): Promise<void> {
    await this.storage.delete([`${OWNERS}${owner}`]);
  }

  /** When the process `owner` last said it was alive; undefined when it never did or stopped cleanly. */
  async aliveAt(owner: string): Promise<number | undefined> {
    const item = await readItem<{ aliveAt: string }>(this.storage, `${OWNERS}${owner}`);
    return item ? Date.parse(item.aliveAt) : undefined;
  }
}
