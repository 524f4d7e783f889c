import type { ApprovalPolicy } from '../../../approvals/policy';
import type { CommandDeclaration } from '../../operations/operation';

/** Help and suggestions read the commands every feature declares; "help approvals" reads the approval policy. */
export interface HelpServices {
  commands: readonly CommandDeclaration[];
  /** Undefined when approvals are not running. */
  approvalPolicy?: ApprovalPolicy;
}
