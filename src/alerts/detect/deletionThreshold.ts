import type { Finding } from '../types';
import type { DetectInput } from './detectInput';
import { usersOf } from './entries';

/** The accidental-deletion threshold: a TooManyDeletes quarantine or deletes staged in the logs. */
export function detectDeletionThreshold({ config, entries, settings }: DetectInput): Finding[] {
  const job = config.job;
  const staged = entries.filter((e) => e.action === 'stagedDelete');
  const quarantined = job?.status === 'Quarantine' && job.quarantine?.reason === 'TooManyDeletes';
  if (!quarantined && staged.length === 0) return [];
  const threshold = job?.deleteThreshold ? ` of ${job.deleteThreshold}` : '';
  return [
    {
      kind: 'deletes',
      discriminator: '',
      severity: quarantined ? 'critical' : 'warning',
      title: 'Deletion threshold reached: deletes are waiting',
      summary:
        `A cycle would delete or disable more users than the accidental-deletion threshold${threshold}, so ` +
        `the deletes were held back${quarantined ? ' and the job is quarantined (TooManyDeletes)' : ''}. Nothing ` +
        `is deleted until someone allows them or fixes the scope.`,
      quarantineReason: quarantined ? 'TooManyDeletes' : undefined,
      errors: [{ code: 'TooManyDeletes', count: staged.length, reason: job?.quarantine?.error?.message }],
      newFailures: 0,
      stagedDeletes: staged.length,
      affectedUsers: usersOf(staged, settings.affectedUsersShown),
    },
  ];
}
