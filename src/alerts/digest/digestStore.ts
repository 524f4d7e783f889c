import { DurableStorage, readItem, updateWithRetry } from '../../storage';
import type { ProvisioningLogEntry } from '../../sync/model';
import { addToDay, ConfigurationDay, DailyDigest, emptyDay } from './digest';

const PREFIX = 'alerts/digest/';

interface StoredDay {
  day: string;
  configurations: Record<string, ConfigurationDay>;
  /** Polls already counted, so a poll replayed after a lost lease is not counted twice. */
  polls: string[];
}

/** The running numbers of each UTC day, one item per day. */
export class DigestStore {
  constructor(private readonly storage: DurableStorage) {}

  async add(day: string, pollId: string, byConfiguration: Array<{ servicePrincipalId: string; displayName: string; entries: readonly ProvisioningLogEntry[] }>): Promise<void> {
    const relevant = byConfiguration.filter((c) => c.entries.length > 0);
    if (relevant.length === 0) return;
    await updateWithRetry<StoredDay>(this.storage, PREFIX + day, (current) => {
      const stored = current ?? { day, configurations: {}, polls: [] };
      if (stored.polls.includes(pollId)) return undefined;
      const configurations = { ...stored.configurations };
      for (const c of relevant) {
        configurations[c.servicePrincipalId] = addToDay(configurations[c.servicePrincipalId] ?? emptyDay(c.servicePrincipalId, c.displayName), c.entries);
      }
      return { day, configurations, polls: [...stored.polls.slice(-200), pollId] };
    });
  }

  async get(day: string): Promise<DailyDigest> {
    const stored = await readItem<StoredDay>(this.storage, PREFIX + day);
    const configurations = Object.values(stored?.configurations ?? {}).sort((a, b) => a.displayName.localeCompare(b.displayName));
    return { day, configurations };
  }
}
