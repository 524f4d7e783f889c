import type { Finding } from '../types';
import { isAccessCode } from './accessCodes';
import type { DetectInput } from './detectInput';
import { countByCode, failuresOf, usersOf } from './entries';

/**
 * Policy or credential failures: the job's last run failed on them, the job is quarantined for
 * them (EncounteredQuarantineException), or log entries carry them. One is enough to alert.
 */
export function detectAccessFailures({ config, entries, settings }: DetectInput): Finding[] {
  const job = config.job;
  const failures = failuresOf(entries).filter((e) => isAccessCode(e.error?.code));
  const runError =
    job?.lastExecution?.state === 'Failed' && isAccessCode(job.lastExecution.error?.code)
      ? job.lastExecution.error
      : undefined;
  const quarantine =
    job?.status === 'Quarantine' && job.quarantine?.reason === 'EncounteredQuarantineException'
      ? job.quarantine
      : undefined;
  if (failures.length === 0 && !runError && !quarantine) return [];

  const errors = countByCode(failures);
  const jobError = quarantine?.error ?? runError;
  if (jobError && !errors.some((e) => e.code === jobError.code))
    errors.push({ code: jobError.code, count: 0, reason: jobError.message });
  return [
    {
      kind: 'access',
      discriminator: '',
      severity: quarantine ? 'critical' : 'error',
      title: quarantine
        ? 'Quarantined: the connection is broken'
        : 'Provisioning fails: cross-tenant policy or credentials',
      summary: quarantine
        ? `The job is quarantined (EncounteredQuarantineException): a policy or credential check fails, so nobody is ` +
          `provisioned. It retries less and less often and is disabled after 4 weeks.`
        : 'A policy or credential check fails, so users are not provisioned. If it keeps failing the job will be ' +
          'quarantined.',
      quarantineReason: quarantine?.reason,
      errors,
      newFailures: failures.length,
      stagedDeletes: 0,
      affectedUsers: usersOf(failures, settings.affectedUsersShown),
    },
  ];
}
