import { ErrorCode } from '../../../errors';
import { defineFeature } from '../../operations/feature';
import { explainCode } from './explainCode';
import { explainUser } from './explainUser';
import type { ExplainServices } from './services';
import { userHistory } from './userHistory';

/** Explanations: what an error code means here, and what provisioning did with a user and why. */
export const explainFeature = defineFeature<ExplainServices>({
  name: 'explain',
  operations: [userHistory, explainCode, explainUser],
  services: ({ catalog, operations, verbs }) =>
    operations && { catalog, explain: operations.explain, users: operations.provisioning, verbs },
  unavailable: {
    code: ErrorCode.BotMisconfigured,
    message:
      'Provisioning, jobs and logs are not available: this bot was started without its Microsoft Graph services.',
  },
});
