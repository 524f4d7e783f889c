import { defineFeature } from '../../operations/feature';
import { WITHOUT_GRAPH } from '../../shared/withoutGraph';
import { askWhoToProvision } from './askWhoToProvision';
import { provisionUserById } from './provisionUserById';
import { provisionUsers } from './provisionUsers';
import type { ProvisioningServices } from './services';

/** Provisioning users on demand, one or several, each with the configuration whose scope holds them. */
export const provisioningFeature = defineFeature<ProvisioningServices>({
  name: 'provisioning',
  operations: [provisionUsers, provisionUserById, askWhoToProvision],
  services: ({ catalog, operations, verbs }) =>
    operations && { catalog, provisioning: operations.provisioning, knowledge: operations.knowledge, verbs },
  unavailable: WITHOUT_GRAPH,
});
