import type { ConfigurationSnapshot, Incident } from '../types';

/**
 * Whether an open incident that nothing found this poll is over. Status problems (quarantine,
 * stalled) end when the status says so; log problems end only after a new run, because a
 * quiet poll between two cycles proves nothing. A run that failed proves nothing either.
 */
export function isRecovered(incident: Incident, config: ConfigurationSnapshot, ranSinceLastPoll: boolean): boolean {
  const job = config.job;
  if (!job) return true; // the job (or configuration) is gone: nothing left to alert about
  const run = job.lastExecution;
  switch (incident.kind) {
    case 'quarantine':
    case 'stalled':
      return true;
    case 'deletes':
      return job.status !== 'Quarantine' && ranSinceLastPoll;
    case 'access':
      return job.status !== 'Quarantine' && ranSinceLastPoll && run?.state !== 'Failed';
    case 'failures':
      return ranSinceLastPoll && run?.state === 'Succeeded';
  }
}
