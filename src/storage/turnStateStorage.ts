import type { Logger } from '../logging';
import { ErrorCode, isCoded } from '../errors';
import { DurableStorage, IF_ABSENT, Storage, StoreItems } from './durableStorage';

/**
 * The storage to hand to the Teams AI Application. TurnState.save writes back the object it
 * read, eTag included, so a stale turn already fails on its eTag. What it cannot protect is
 * the first turn of a conversation: nothing was read, so there is no eTag, and two first turns
 * would both write and the last would win unnoticed. Here a missing key reads as an empty item
 * carrying IF_ABSENT, which TurnState keeps in the value and sends back, turning that first
 * write into a create-only write: the loser gets StorageConflict like any stale turn.
 * (A turn that writes nothing sends nothing back, so the placeholder is never stored.)
 */
export class TurnStateStorage implements Storage {
  constructor(
    private readonly inner: DurableStorage,
    private readonly logger: Logger,
  ) {}

  async read(keys: string[]): Promise<StoreItems> {
    const items = await this.inner.read(keys);
    for (const key of keys) if (!(key in items)) items[key] = { eTag: IF_ABSENT };
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    try {
      await this.inner.write(changes);
    } catch (error) {
      if (isCoded(error, ErrorCode.StorageConflict)) {
        this.logger.warn(
          { key: error.details.key },
          'Turn state changed in another turn since it was read; this turn was not saved',
        );
      }
      throw error;
    }
  }

  delete(keys: string[]): Promise<void> {
    return this.inner.delete(keys);
  }
}
