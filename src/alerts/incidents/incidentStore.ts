import { DurableStorage, readItem, updateWithRetry } from '../../storage';
import type { Incident } from '../types';

const PREFIX = 'alerts/incidents/';

/** Incidents in the bot's storage: one item each, changed only by compare-and-set. */
export class IncidentStore {
  constructor(private readonly storage: DurableStorage) {}

  async get(id: string): Promise<Incident | undefined> {
    if (!/^[0-9a-f]{24}$/.test(id)) return undefined;
    const item = await readItem<Incident>(this.storage, PREFIX + id);
    if (!item) return undefined;
    const { eTag: _eTag, ...incident } = item;
    return incident as Incident;
  }

  /** Every stored incident (open and resolved), for one poll. */
  async all(): Promise<Incident[]> {
    const keys = await this.storage.listKeys(PREFIX);
    const found: Incident[] = [];
    for (let i = 0; i < keys.length; i += 100) {
      const items = await this.storage.read(keys.slice(i, i + 100));
      for (const key of keys.slice(i, i + 100)) {
        const item = items[key] as (Incident & { eTag?: string }) | undefined;
        if (!item) continue;
        const { eTag: _eTag, ...incident } = item;
        found.push(incident as Incident);
      }
    }
    return found;
  }

  /**
   * Applies a change computed from the current value; undefined from `change` leaves it. The
   * monitor and card clicks (ack, snooze) both write here, so neither loses the other's update.
   */
  async update(
    id: string,
    change: (current: Incident | undefined) => Incident | undefined,
  ): Promise<Incident | undefined> {
    const result = await updateWithRetry<Incident>(this.storage, PREFIX + id, change);
    return result.value;
  }
}
