import type { Finding } from '../types';
import type { DetectInput } from './detectInput';

/** Reasons another detector owns: access failures and the deletion threshold. */
const OWNED_ELSEWHERE = new Set(['EncounteredQuarantineException', 'TooManyDeletes']);

const PLAIN: Record<string, string> = {
  EncounteredEscrowProportionThreshold: 'too many users failed (more than 40% of the evaluated objects)',
  EncounteredBaseEscrowThreshold: 'too many users failed',
  EncounteredTotalEscrowThreshold: 'too many users failed in total',
  QuarantinedOnDemand: 'Microsoft quarantined it manually',
  IngestionInterrupted: 'reading the source directory was interrupted',
};

/** A job in quarantine for any other documented reason. Leaving quarantine resolves it. */
export function detectQuarantine({ config }: DetectInput): Finding[] {
  const job = config.job;
  if (job?.status !== 'Quarantine') return [];
  const reason = job.quarantine?.reason || 'Unknown';
  if (OWNED_ELSEWHERE.has(reason)) return [];
  const error = job.quarantine?.error;
  return [
    {
      kind: 'quarantine',
      discriminator: '',
      severity: 'critical',
      title: `Quarantined: ${PLAIN[reason] ?? reason}`,
      summary:
        `The job is quarantined (${reason}) because ${PLAIN[reason] ?? 'of repeated errors'}. It retries less ` +
        `and less often and is disabled after 4 weeks.`,
      quarantineReason: reason,
      errors: error
        ? [{ code: error.code === 'None' ? reason : error.code, count: 0, reason: error.message }]
        : [{ code: reason, count: 0 }],
      newFailures: 0,
      stagedDeletes: 0,
      affectedUsers: [],
    },
  ];
}
