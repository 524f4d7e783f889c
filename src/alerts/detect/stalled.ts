import type { Finding } from '../types';
import type { DetectInput } from './detectInput';

/** ISO-8601 duration (PT40M) in milliseconds; undefined when it is not one. */
export function durationMs(iso: string | undefined): number | undefined {
  const m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(iso ?? '');
  if (!m || m.slice(1).every((p) => p === undefined)) return undefined;
  return ((Number(m[1] ?? 0) * 24 + Number(m[2] ?? 0)) * 60 + Number(m[3] ?? 0)) * 60_000 + Number(m[4] ?? 0) * 1000;
}

/**
 * A running job (schedule Active, not paused or quarantined: those have their own alerts) whose
 * last successful run is older than a few intervals has stopped doing its work.
 */
export function detectStalled({ config, now, settings }: DetectInput): Finding[] {
  const job = config.job;
  if (!job || job.scheduleState !== 'Active' || job.status !== 'Active') return [];
  const lastGood = job.lastSuccessfulExecution?.timeEnded;
  const lastGoodMs = lastGood ? Date.parse(lastGood) : NaN;
  if (Number.isNaN(lastGoodMs) || lastGoodMs <= 0) return [];
  const limitMs = Math.max(
    (durationMs(job.interval) ?? 40 * 60_000) * settings.stalledIntervals,
    settings.minStalledMinutes * 60_000,
  );
  const silentMs = now.getTime() - lastGoodMs;
  if (silentMs < limitMs) return [];
  const hours = Math.floor(silentMs / 3_600_000);
  return [
    {
      kind: 'stalled',
      discriminator: '',
      severity: 'error',
      title: 'The job stopped running',
      summary:
        `No successful run for ` +
        `${hours >= 1 ? `${hours} hour${hours === 1 ? '' : 's'}` : `${Math.round(silentMs / 60_000)} minutes`} ` +
        `(last success ${lastGood}); it should run ` +
        `${job.interval === 'PT40M' ? 'every 40 minutes' : `every ${job.interval}`}.`,
      errors:
        job.lastExecution?.error && job.lastExecution.error.code !== 'None'
          ? [{ code: job.lastExecution.error.code, count: 0, reason: job.lastExecution.error.message }]
          : [],
      newFailures: 0,
      stagedDeletes: 0,
      affectedUsers: [],
    },
  ];
}
