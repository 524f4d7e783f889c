import { DurableStorage, readItem, updateWithRetry } from '../../storage';
import type { ProvisioningLogEntry } from '../../domain';
import { groupBy } from '../groupBy';
import { addToDay, ConfigurationDay, DailyDigest, emptyDay, utcDay } from './digest';

const PREFIX = 'alerts/digest/';

interface StoredDay {
  day: string;
  configurations: Record<string, ConfigurationDay>;
  /** Polls already counted, so a poll replayed after a lost lease is not counted twice. */
  polls: string[];
}

/** One configuration's entries of one poll. */
export interface PolledEntries {
  servicePrincipalId: string;
  displayName: string;
  entries: readonly ProvisioningLogEntry[];
}

/** The running numbers of each UTC day, one item per day. */
export class DigestStore {
  constructor(private readonly storage: DurableStorage) {}

  /**
   * Counts a poll's entries on the UTC day each happened, not the day the poll read them: the first poll after
   * midnight reads the last minutes of yesterday, and sends yesterday's digest right after. An entry without a
   * readable time counts on the poll's day.
   */
  async add(pollDay: string, pollId: string, byConfiguration: PolledEntries[]): Promise<void> {
    const dayOf = (entry: ProvisioningLogEntry) => {
      const at = Date.parse(entry.activityDateTime);
      return Number.isNaN(at) ? pollDay : utcDay(new Date(at));
    };
    const parts = byConfiguration.flatMap((c) =>
      [...groupBy(c.entries, dayOf)].map(([day, entries]) => ({ day, polled: { ...c, entries } })),
    );
    for (const [day, ofDay] of groupBy(parts, (p) => p.day))
      await this.addToStoredDay(
        day,
        pollId,
        ofDay.map((p) => p.polled),
      );
  }

  private async addToStoredDay(day: string, pollId: string, relevant: PolledEntries[]): Promise<void> {
    await updateWithRetry<StoredDay>(this.storage, PREFIX + day, (current) => {
      const stored = current ?? { day, configurations: {}, polls: [] };
      if (stored.polls.includes(pollId)) return undefined;
      const configurations = { ...stored.configurations };
      for (const c of relevant) {
        configurations[c.servicePrincipalId] = addToDay(
          configurations[c.servicePrincipalId] ?? emptyDay(c.servicePrincipalId, c.displayName),
          c.entries,
        );
      }
      return { day, configurations, polls: [...stored.polls.slice(-200), pollId] };
    });
  }

  async get(day: string): Promise<DailyDigest> {
    const stored = await readItem<StoredDay>(this.storage, PREFIX + day);
    const configurations = Object.values(stored?.configurations ?? {}).sort((a, b) =>
      a.displayName.localeCompare(b.displayName),
    );
    return { day, configurations };
  }
}
