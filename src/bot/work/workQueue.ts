import { CodedError, ErrorCode } from '../../errors';
import { KeyedMutex } from '../../storage';

/** How much work this instance holds: running now, and waiting for a slot or for its conversation's turn. */
export interface QueueCounts {
  inFlight: number;
  waiting: number;
}

/**
 * The work that runs after Teams got its answer, bounded per instance: at most `concurrency` operations at once,
 * and one conversation's operations in the order they came (a second click waits for the first to finish, as the
 * turns themselves do in serialTurns.ts). Nothing here knows Teams: a job is a key and a function.
 */
export class WorkQueue {
  private readonly order = new KeyedMutex();
  private readonly slotWaiters: Array<() => void> = [];
  private readonly idleWaiters: Array<() => void> = [];
  private running = 0;
  private queued = 0;
  private closed = false;

  constructor(private readonly concurrency: number) {}

  get counts(): QueueCounts {
    return { inFlight: this.running, waiting: this.queued };
  }

  /** False once stop() was called: new work is refused. */
  get accepting(): boolean {
    return !this.closed;
  }

  /** Runs `job` in its conversation's order once a slot is free; the promise settles with the job. */
  run<T>(key: string, job: () => Promise<T>): Promise<T> {
    if (this.closed) {
      return Promise.reject(
        new CodedError(ErrorCode.ShuttingDown, 'This instance of the bot is stopping and takes no new work.', {
          queue: 'stopped',
        }),
      );
    }
    this.queued++;
    return this.order
      .run(key, async () => {
        await this.slot();
        this.queued--;
        try {
          return await job();
        } finally {
          this.release();
        }
      })
      .finally(() => this.settled());
  }

  /** Refuses new work from now on; work already queued still runs. */
  stop(): void {
    this.closed = true;
  }

  /** Resolves once nothing runs or waits. */
  idle(): Promise<void> {
    if (this.running + this.queued === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Takes a slot at once when one is free (counted before any await, so two jobs cannot take the last one). */
  private slot(): Promise<void> {
    if (this.running < this.concurrency) {
      this.running++;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.slotWaiters.push(resolve));
  }

  /** A finished job hands its slot straight to the next waiting one. */
  private release(): void {
    const next = this.slotWaiters.shift();
    if (next) next();
    else this.running--;
  }

  private settled(): void {
    if (this.running + this.queued === 0) this.idleWaiters.splice(0).forEach((resolve) => resolve());
  }
}
