import { DurableStorage, readItem } from '../durableStorage';
import { JobRecord, LeaderElector } from './leaderElector';
import { notLeader } from './notLeader';

/**
 * The single-instance elector (SQLite back end): always the leader while started. The cursor
 * lives in the same storage as everything else, under jobs/<job>.
 */
export class LocalLeader<TCursor = unknown> implements LeaderElector<TCursor> {
  private running = false;

  constructor(
    private readonly storage: DurableStorage,
    readonly job: string,
    private readonly instanceId: string,
  ) {}

  async start(): Promise<void> {
    this.running = true;
  }

  async stop(): Promise<void> {
    this.running = false;
  }

  isLeader(): boolean {
    return this.running;
  }

  async readCursor(): Promise<TCursor | undefined> {
    return (await readItem<JobRecord<TCursor>>(this.storage, jobKey(this.job)))?.cursor;
  }

  async writeFenced(cursor: TCursor): Promise<void> {
    if (!this.running) throw notLeader(this.job, this.instanceId);
    const record: JobRecord<TCursor> = { cursor, writtenBy: this.instanceId, writtenAt: new Date().toISOString() };
    await this.storage.write({ [jobKey(this.job)]: record });
  }
}

export function jobKey(job: string): string {
  return `jobs/${job}`;
}
