import type { MappingSet } from '../../domain';

/** What the bot reads from a job's schema: the user rule's id (provisionOnDemand's ruleId) and its mappings. */
export interface JobSchemaSummary {
  ruleId?: string;
  mappings?: MappingSet;
}

/**
 * The schema summary of each job, read once and reused for a short while: every provision on demand
 * needs the rule id and "show configuration" shows the mappings, while the schema itself changes rarely.
 * A failed read is not kept. Writes through this gateway forget the job, so the bot never shows
 * its own change late; a change made elsewhere (the portal) shows within the time kept.
 */
export interface JobSchemaCache {
  /** The fresh summary (a read in flight counts), or what `load` answers, kept unless it fails. */
  get(servicePrincipalId: string, jobId: string, load: () => Promise<JobSchemaSummary>): Promise<JobSchemaSummary>;
  /** The fresh summary or read in flight, without reading. */
  peek(servicePrincipalId: string, jobId: string): Promise<JobSchemaSummary> | undefined;
  /** Keeps a read made elsewhere (an item of a $batch). */
  remember(servicePrincipalId: string, jobId: string, summary: Promise<JobSchemaSummary>): void;
  /**
   * The schema changed or went away: the next reader reads it again. Without a job id, every job of the configuration.
   */
  forget(servicePrincipalId: string, jobId?: string): void;
}

interface Entry {
  at: number;
  summary: Promise<JobSchemaSummary>;
}

export function createJobSchemaCache(options: { ttlMs: number; now?: () => number }): JobSchemaCache {
  const now = options.now ?? Date.now;
  const entries = new Map<string, Entry>();
  const keyOf = (servicePrincipalId: string, jobId: string) => `${servicePrincipalId.toLowerCase()}/${jobId}`;
  const fresh = (entry: Entry | undefined): entry is Entry => entry !== undefined && now() - entry.at < options.ttlMs;

  const peek = (servicePrincipalId: string, jobId: string) => {
    const entry = entries.get(keyOf(servicePrincipalId, jobId));
    return fresh(entry) ? entry.summary : undefined;
  };
  const remember = (servicePrincipalId: string, jobId: string, summary: Promise<JobSchemaSummary>) => {
    for (const [key, entry] of entries) if (!fresh(entry)) entries.delete(key);
    const key = keyOf(servicePrincipalId, jobId);
    const entry = { at: now(), summary };
    entries.set(key, entry);
    summary.catch(() => {
      if (entries.get(key) === entry) entries.delete(key);
    });
  };

  return {
    get(servicePrincipalId, jobId, load) {
      const found = peek(servicePrincipalId, jobId);
      if (found) return found;
      const summary = load();
      remember(servicePrincipalId, jobId, summary);
      return summary;
    },
    peek,
    remember,
    forget(servicePrincipalId, jobId) {
      if (jobId !== undefined) {
        entries.delete(keyOf(servicePrincipalId, jobId));
        return;
      }
      const prefix = `${servicePrincipalId.toLowerCase()}/`;
      for (const key of [...entries.keys()]) if (key.startsWith(prefix)) entries.delete(key);
    },
  };
}
