import { ErrorCode } from '../../../errors';
import { defineFeature } from '../../operations/feature';
import { listConfigurations } from './listConfigurations';
import type { ConfigurationsServices } from './services';
import { showConfiguration } from './showConfiguration';

/** The tenant's cross-tenant synchronization configurations: the list, a page at a time, and one in detail. */
export const configurationsFeature = defineFeature<ConfigurationsServices>({
  name: 'configurations',
  operations: [listConfigurations, showConfiguration],
  services: ({ catalog, verbs }) => ({ catalog, verbs }),
  unavailable: { code: ErrorCode.NotSupported, message: 'Configurations are always available.' },
});
