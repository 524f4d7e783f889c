import { ErrorCode } from '../../../errors';
import { defineFeature } from '../../operations/feature';
import type { SetupServices } from './services';
import { setupRun } from './setupRun';
import { setupSync } from './setupSync';

/** Guided setup of sync to a new target tenant: the plan card, then an approval request that runs it once approved. */
export const setupFeature = defineFeature<SetupServices>({
  name: 'setup',
  operations: [setupSync, setupRun],
  services: ({ setup, verbs, approvals, confirmationTtlHours }) =>
    setup && {
      inspect: (target) => setup.setup.inspect(target),
      approvals: approvals?.service,
      confirmationTtlHours,
      verbs,
    },
  unavailable: { code: ErrorCode.NotSupported, message: 'Guided setup and settings are not running in this bot.' },
});
