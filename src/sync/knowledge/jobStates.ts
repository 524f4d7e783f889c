import type { ErrorKnowledge } from './types';

/** Quarantine reasons and the deletion threshold (features-and-errors §2.5, graph-contract §3). */
export const JOB_STATES: ErrorKnowledge[] = [
  {
    code: 'EncounteredQuarantineException',
    title: 'Quarantined: the connection is broken',
    area: 'job',
    cause:
      "Credentials or policy are invalid; for cross-tenant sync the target's inbound or either side's " +
      'auto-redemption policy was removed or changed.',
    fix:
      'Test the connection, fix the setting it names, then start or restart the job. While quarantined the job ' +
      'retries after 6, 12 and 24 hours and is disabled after 4 weeks.',
    settings: [
      {
        tenant: 'source',
        setting: 'Outbound access > Trust settings > Automatically redeem invitations',
        check: 'sourceOutboundAutoRedemption',
      },
      {
        tenant: 'target',
        setting: 'Inbound access > Trust settings and Cross-tenant sync',
        check: 'targetInboundUserSync',
      },
    ],
    source: 'features-and-errors §2.5 #36',
  },
  {
    code: 'EncounteredEscrowProportionThreshold',
    aliases: ['EncounteredBaseEscrowThreshold', 'EncounteredTotalEscrowThreshold'],
    title: 'Quarantined: too many users fail',
    area: 'job',
    cause:
      'More than 40% of at least 5,000 evaluated events failed (or over 40,000 failures, 60,000 with reference ' +
      'failures).',
    fix:
      'Fix the most common per-user errors in the provisioning logs, then restart the job (optionally clearing ' +
      'escrows).',
    source: 'features-and-errors §2.5 #37',
  },
  {
    code: 'QuarantinedOnDemand',
    aliases: ['QuarantineOnDemand'],
    title: 'Quarantined by Microsoft',
    area: 'job',
    cause: 'Microsoft quarantined the job manually.',
    fix: 'Contact Microsoft support.',
    source: 'features-and-errors §2.5 #38',
  },
  {
    code: 'TooManyDeletes',
    aliases: ['StagedDelete'],
    title: 'Quarantined: deletion threshold exceeded',
    area: 'job',
    cause:
      'One cycle would have deleted or disabled more users than the accidental-deletion threshold (500 by default), ' +
      'so the deletes are staged and the job is quarantined.',
    fix:
      'Review the staged deletes in the provisioning logs; if they are intended, allow them (restart with ' +
      'ForceDeletes); otherwise fix the scope and restart.',
    settings: [
      { tenant: 'source', setting: 'Provisioning > Settings > Prevent accidental deletion', check: 'deleteThreshold' },
    ],
    source: 'features-and-errors §2.5 #39',
  },
];
