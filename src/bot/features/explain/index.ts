import { defineFeature } from '../../operations/feature';
import { WITHOUT_GRAPH } from '../../shared/withoutGraph';
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
  unavailable: WITHOUT_GRAPH,
});
