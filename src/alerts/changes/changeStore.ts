import { DurableStorage, readItem, updateWithRetry } from '../../storage';
import type { WatchedChange } from './types';

const PREFIX = 'alerts/changes/';
const ID = /^[0-9a-f]{24}$/;

const withoutETag = (item: WatchedChange & { eTag?: string }): WatchedChange => {
  const { eTag: _eTag, ...change } = item;
  return change as WatchedChange;
};

/** Changes seen in the audit logs, one item each, changed only by compare-and-set (the monitor and card clicks). */
export class ChangeStore {
  constructor(private readonly storage: DurableStorage) {}

  async get(id: string): Promise<WatchedChange | undefined> {
    if (!ID.test(id)) return undefined;
    const item = await readItem<WatchedChange>(this.storage, PREFIX + id);
    return item && withoutETag(item);
  }

  /** Every change kept, oldest first. */
  async all(): Promise<WatchedChange[]> {
    const keys = await this.storage.listKeys(PREFIX);
    const found: WatchedChange[] = [];
    for (let i = 0; i < keys.length; i += 100) {
      const items = await this.storage.read(keys.slice(i, i + 100));
      for (const key of keys.slice(i, i + 100)) {
        const item = items[key] as (WatchedChange & { eTag?: string }) | undefined;
        if (item) found.push(withoutETag(item));
      }
    }
    return found.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  }

  /** The changes that touch one configuration since a time, oldest first. */
  async ofConfiguration(servicePrincipalId: string, since?: Date): Promise<WatchedChange[]> {
    return (await this.all()).filter(
      (c) =>
        c.configurations.some((k) => k.servicePrincipalId === servicePrincipalId) &&
        (!since || Date.parse(c.at) >= since.getTime()),
    );
  }

  /** Applies a change computed from the current value; undefined from `change` leaves it. */
  async update(
    id: string,
    change: (current: WatchedChange | undefined) => WatchedChange | undefined,
  ): Promise<WatchedChange | undefined> {
    return (await updateWithRetry<WatchedChange>(this.storage, PREFIX + id, change)).value;
  }
}
