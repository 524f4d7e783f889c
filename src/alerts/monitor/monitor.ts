import type { Logger } from '../../logging';
import type { LeaderElector } from '../../storage';
import { EMPTY_CURSOR, PollDeps, pollOnce, PollReport } from './poll';
import type { MonitorCursor } from '../types';
import { sendDigestIfDue } from '../digest/sendDigest';

export interface MonitorOptions extends Omit<PollDeps, 'stillLeader'> {
  leader: LeaderElector<MonitorCursor>;
  logger: Logger;
}

/**
 * The background loop: every pollSeconds, on the leader only, one poll; the cursor (watermarks)
 * is written fenced by the lease, so a deposed instance cannot move it. Polls never overlap,
 * and stop() waits for the one in flight, so a restart never leaves a card half recorded.
 */
export class AlertMonitor {
  private timer: NodeJS.Timeout | undefined;
  private inFlight: Promise<PollReport | undefined> | undefined;
  private stopped = true;

  constructor(private readonly options: MonitorOptions) {}

  async start(): Promise<void> {
    this.stopped = false;
    await this.options.leader.start();
    this.schedule(0);
    this.options.logger.info({ pollSeconds: this.options.settings.pollSeconds }, 'alert monitor started');
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.inFlight;
    await this.options.leader.stop();
  }

  /** One poll now (tests, benchmarks); undefined when this instance is not the leader. */
  async pollNow(): Promise<PollReport | undefined> {
    while (this.inFlight) await this.inFlight;
    this.inFlight = this.runOnce();
    try {
      return await this.inFlight;
    } finally {
      this.inFlight = undefined;
    }
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(async () => {
      await this.pollNow().catch((error) => this.options.logger.error({ err: error }, 'alert poll failed'));
      this.schedule(this.options.settings.pollSeconds * 1000);
    }, delayMs);
    this.timer.unref();
  }

  private async runOnce(): Promise<PollReport | undefined> {
    const { leader, logger } = this.options;
    if (!leader.isLeader()) return undefined;
    const started = Date.now();
    const cursor = (await leader.readCursor()) ?? EMPTY_CURSOR;
    const { cursor: next, report } = await pollOnce({ ...this.options, stillLeader: () => leader.isLeader() }, cursor);
    if (!report.ok) return report;
    const digested = await sendDigestIfDue({ ...this.options }, next);
    await leader.writeFenced(digested);
    const level = report.changes.length > 0 ? 'info' : 'debug';
    logger[level](
      {
        ms: Date.now() - started,
        configurations: report.configurations,
        logsRead: report.logsRead,
        entries: report.entries,
        changes: report.changes,
      },
      'alert poll',
    );
    return report;
  }
}
