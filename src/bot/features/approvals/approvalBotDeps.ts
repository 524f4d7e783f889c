import type { BotAdapter } from 'botbuilder';
import type { RoleSettings } from '../../../config';
import type { Logger } from '../../../logging';
import type { ApprovalBotDeps, ApprovalsSetup } from './services';
import { teamsApprovalPublisher } from './publisher';

/** The bot side of approvals: the domain service plus proactive posting through this adapter. */
export function approvalBotDeps(
  setup: ApprovalsSetup,
  adapter: BotAdapter,
  appId: string,
  roles: RoleSettings,
  logger?: Logger,
): ApprovalBotDeps {
  return {
    ...setup,
    publisher: teamsApprovalPublisher(adapter, appId, logger),
    approverRoleNames: [...roles.approverRoles, ...roles.approverGroupIds.map((id) => `group ${id}`)],
    approverMentions: roles.approverMentions ?? [],
  };
}
