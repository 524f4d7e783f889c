import type { ApprovalService } from '../../approvals/service';
import { CodedError, ErrorCode } from '../../errors';
import type { GraphGateway } from '../../graph/gateway';
import type { ApprovalPublisher } from './publisher';

/** What the composition root hands the bot for approvals. */
export interface ApprovalsSetup {
  service: ApprovalService;
  /** Name lookups for "add the Sales group to Contoso A". */
  gateway: Pick<GraphGateway, 'findUsers' | 'findGroups'>;
}

/** What approval actions and card verbs use. */
export interface ApprovalBotDeps extends ApprovalsSetup {
  publisher: ApprovalPublisher;
  /** The Entra roles and groups that grant the approver role, for the card's "who may approve". */
  approverRoleNames: string[];
}

export function approvalsOf(deps: { approvals?: ApprovalBotDeps }): ApprovalBotDeps {
  if (!deps.approvals) throw new CodedError(ErrorCode.NotSupported, 'Approvals are not running in this bot.');
  return deps.approvals;
}
