import { ErrorCode } from '../../../errors';
import { loadMappings } from '../../../sync/mappings/mappingView';
import { defineFeature } from '../../operations/feature';
import type { MappingsServices } from './services';
import { showMappings } from './showMappings';

/** Attribute mappings and scoping filters of a configuration, with the warnings that matter. */
export const mappingsFeature = defineFeature<MappingsServices>({
  name: 'mappings',
  operations: [showMappings],
  services: ({ catalog, operations, verbs }) =>
    operations && { catalog, verbs, mappingsOf: (config) => loadMappings(operations.gateway, config) },
  unavailable: {
    code: ErrorCode.BotMisconfigured,
    message: 'Attribute mappings are not available: this bot was started without its Microsoft Graph services.',
  },
});
