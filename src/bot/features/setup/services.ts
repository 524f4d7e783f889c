import type { ApprovalService } from '../../../approvals/service';
import type { SetupPlan } from '../../../sync/setup';

/** What guided setup needs: the plan for a target tenant, and the approvals service that turns it into a request. */
export interface SetupServices {
  /** What exists and what is missing on both sides, read from Graph now. */
  inspect(target: string): Promise<SetupPlan>;
  /** Guided setup writes the partner policy, so it is an approval request; undefined when approvals are not running. */
  approvals?: Pick<ApprovalService, 'previewSetup' | 'policy'>;
  /** The request card's button is refused after this many hours. */
  confirmationTtlHours: number;
  verbs: ReadonlySet<string>;
}
