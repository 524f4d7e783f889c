import { ErrorCode } from '../../../errors';
import { defineFeature } from '../../operations/feature';
import type { MappingsServices } from './services';
import { showMappings } from './showMappings';

/** Attribute mappings and scoping filters of a configuration, with the warnings that matter. */
export const mappingsFeature = defineFeature<MappingsServices>({
  name: 'mappings',
  operations: [showMappings],
  services: ({ catalog, operations, verbs }) => operations && { catalog, verbs, mappingsOf: operations.mappings },
  unavailable: {
    code: ErrorCode.BotMisconfigured,
    message: 'Attribute mappings are not available: this bot was started without its Microsoft Graph services.',
  },
});
