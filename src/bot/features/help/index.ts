import { ErrorCode } from '../../../errors';
import { defineFeature } from '../../operations/feature';
import { help } from './help';
import { helpApprovals } from './helpApprovals';
import { refreshRoles } from './refreshRoles';
import type { HelpServices } from './services';
import { unknownCommand } from './unknownCommand';

/** "help", "refresh my roles", and the answer to anything that is not a command. Always available. */
export const helpFeature = defineFeature<HelpServices>({
  name: 'help',
  operations: [helpApprovals, help, refreshRoles, unknownCommand],
  services: ({ commands, approvals }) => ({ commands, approvalPolicy: approvals?.service.policy }),
  unavailable: { code: ErrorCode.NotSupported, message: 'Help is always available.' },
});

export { UNKNOWN_COMMAND } from './unknownCommand';
