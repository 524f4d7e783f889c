import { DurableStorage, readItem, updateWithRetry } from '../../storage';
import type { Subscription } from '../types';

const PREFIX = 'alerts/subscriptions/';

function keyOf(conversationKey: string): string {
  return PREFIX + encodeURIComponent(conversationKey);
}

/** Which conversations receive alerts: one item per conversation (channel or chat). */
export class SubscriptionStore {
  constructor(private readonly storage: DurableStorage) {}

  async get(conversationKey: string): Promise<Subscription | undefined> {
    const item = await readItem<Subscription>(this.storage, keyOf(conversationKey));
    if (!item) return undefined;
    const { eTag: _eTag, ...subscription } = item;
    return subscription as Subscription;
  }

  /** Active subscriptions (retired ones are kept for the record but get nothing). */
  async active(): Promise<Subscription[]> {
    const keys = await this.storage.listKeys(PREFIX);
    if (keys.length === 0) return [];
    const found: Subscription[] = [];
    for (let i = 0; i < keys.length; i += 100) {
      const items = await this.storage.read(keys.slice(i, i + 100));
      for (const item of Object.values(items)) {
        const { eTag: _eTag, ...subscription } = item as Subscription & { eTag?: string };
        if (!subscription.retiredAt) found.push(subscription as Subscription);
      }
    }
    return found.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }

  async update(
    conversationKey: string,
    change: (current: Subscription | undefined) => Subscription | undefined,
  ): Promise<Subscription | undefined> {
    return (await updateWithRetry<Subscription>(this.storage, keyOf(conversationKey), change)).value;
  }

  async remove(conversationKey: string): Promise<boolean> {
    const existing = await this.get(conversationKey);
    if (!existing) return false;
    await this.storage.delete([keyOf(conversationKey)]);
    return !existing.retiredAt;
  }

  /** The bot was removed from the conversation: stop sending there, keep why and when. */
  async retire(conversationKey: string, reason: string, at: Date): Promise<boolean> {
    let retired = false;
    await this.update(conversationKey, (current) => {
      if (!current || current.retiredAt) return undefined;
      retired = true;
      return { ...current, retiredAt: at.toISOString(), retiredReason: reason };
    });
    return retired;
  }
}
