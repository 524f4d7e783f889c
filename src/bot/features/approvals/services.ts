import type { ApprovalService } from '../../../approvals/service';
import type { CardMention } from '../../../cards/render';
import type { ConfigurationCatalog } from '../../../sync/catalog';
import type { ApprovalsSetup } from '../../operations/botServices';
import type { ApprovalPublisher } from './publisher';

export type { ApprovalsSetup };

/** Approvals as the bot holds them: the setup plus proactive posting through the bot's adapter. */
export interface ApprovalBotDeps extends ApprovalsSetup {
  publisher: ApprovalPublisher;
  /** The Entra roles and groups that grant the approver role, for the card's "who may approve". */
  approverRoleNames: string[];
  /** Who the card @mentions while it waits (APPROVER_MENTIONS). */
  approverMentions?: CardMention[];
}

/** What the approval operations need. */
export interface ApprovalsServices {
  catalog: ConfigurationCatalog;
  service: ApprovalService;
  publisher: ApprovalPublisher;
  approverRoleNames: string[];
  approverMentions?: CardMention[];
}
