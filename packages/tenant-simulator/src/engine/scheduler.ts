import type { Tenant } from '../store/tenant';
import type { JobRecord, ServicePrincipalRecord } from '../store/types';
import { type CycleSummary, runCycle } from './cycle';
import type { EngineHost } from './settings';

/** ISO-8601 durations as jobs carry them ("PT40M"). */
export function durationMs(iso: string): number {
  const m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(iso);
  if (!m) return 40 * 60_000;
  return ((Number(m[1] ?? 0) * 24 + Number(m[2] ?? 0)) * 60 + Number(m[3] ?? 0)) * 60_000 + Number(m[4] ?? 0) * 1000;
}

/** Runs each active job's cycle when it is due: every 40 minutes (the job's interval), or every --cycle-seconds. */
export class Scheduler {
  private timer?: NodeJS.Timeout;
  private running = false;

  constructor(private readonly host: EngineHost) {}

  interval(job: JobRecord): number {
    return this.host.settings.cycleSeconds ? this.host.settings.cycleSeconds * 1000 : durationMs(job.schedule.interval);
  }

  start(tickMs = 1000): void {
    this.timer = setInterval(() => void this.tick(), tickMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  /** Makes the job's next cycle due one interval from now (after start or restart). */
  reschedule(job: JobRecord, now = Date.now()): void {
    job.engine.nextRunAt = now + this.interval(job);
  }

  private readonly busy = new Set<JobRecord>();

  async runNow(tenant: Tenant, sp: ServicePrincipalRecord, job: JobRecord): Promise<CycleSummary> {
    if (this.busy.has(job)) {
      return {
        cycleId: '',
        configuration: sp.data.displayName,
        servicePrincipalId: sp.data.id,
        jobId: job.id,
        ran: false,
        note: 'a cycle of this job is already running',
        full: false,
        evaluated: 0,
        logged: 0,
        actions: {},
        failed: 0,
        staged: 0,
        statusCode: job.status.code,
        quarantineReason: null,
      };
    }
    const quarantined = job.status.code === 'Quarantine';
    this.busy.add(job);
    let summary: CycleSummary;
    try {
      summary = await runCycle(tenant, sp, job, this.host.state, {
        escrowMinFailures: this.host.settings.escrowMinFailures ?? 5,
        retryAfterMs: this.interval(job) * 2,
      });
    } finally {
      this.busy.delete(job);
    }
    // Quarantined jobs are tried less often, as the real service backs off.
    job.engine.nextRunAt = Date.now() + this.interval(job) * (job.status.code === 'Quarantine' || quarantined ? 2 : 1);
    return summary;
  }

  async tick(now = Date.now()): Promise<CycleSummary[]> {
    if (this.running) return [];
    this.running = true;
    const out: CycleSummary[] = [];
    try {
      const due: [Tenant, ServicePrincipalRecord, JobRecord][] = [];
      for (const tenant of this.host.state.tenants.values()) {
        for (const sp of tenant.servicePrincipals.values()) {
          for (const job of sp.synchronization?.jobs.values() ?? []) {
            if (job.schedule.state !== 'Active') continue;
            if (job.engine.nextRunAt === undefined) this.reschedule(job, now);
            if (job.engine.nextRunAt! <= now) due.push([tenant, sp, job]);
          }
        }
      }
      for (const [tenant, sp, job] of due) out.push(await this.runNow(tenant, sp, job));
    } catch (err) {
      console.error('[simulator] sync cycle failed:', err);
    } finally {
      this.running = false;
    }
    return out;
  }
}
