import { ErrorCode } from '../../../errors';
import { KeyedMutex } from '../../../storage';
import { defineFeature } from '../../operations/feature';
import type { SetupServices } from './services';
import { setupRun } from './setupRun';
import { setupSync } from './setupSync';

/** When the composition root gives no mutex: one for the process, so every turn shares it. */
const SHARED_RUNS = new KeyedMutex();

/** Guided setup of sync to a new target tenant: the plan card, then the run on confirmation. */
export const setupFeature = defineFeature<SetupServices>({
  name: 'setup',
  operations: [setupSync, setupRun],
  services: ({ setup, verbs }) =>
    setup && {
      inspect: (target) => setup.setup.inspect(target),
      run: (plan, logger, onProgress) => setup.setup.run(plan, { logger, onProgress }),
      runs: setup.runs ?? SHARED_RUNS,
      verbs,
    },
  unavailable: { code: ErrorCode.NotSupported, message: 'Guided setup and settings are not running in this bot.' },
});
