import type { ApprovalRequest, Change, Impact } from './model';
import { statusWords } from './policy';
import { describeDirectChange, describeMappingChange } from '../sync/settings';

/** The change in one line, as the card and the listings say it. */
export function describeChange(change: Change, configurationName: string): string {
  switch (change.kind) {
    case 'addPrincipal':
      return (
        `Add ${change.principal.type === 'Group' ? 'group' : 'user'} ${change.principal.displayName} to ` +
        `${configurationName}`
      );
    case 'removePrincipal':
      return (
        `Remove ${change.principal.type === 'Group' ? 'group' : 'user'} ${change.principal.displayName} from ` +
        `${configurationName}`
      );
    case 'setScopeMode':
      return change.scopeMode === 'allUsers'
        ? `Sync all users in ${configurationName}`
        : `Sync only assigned users and groups in ${configurationName}`;
    case 'setUserType':
      return (
        `Set user type to ${change.userType} on ` +
        `${configurationName}${change.applyToExisting ? ', for existing users too' : ' (new users only)'}`
      );
    case 'setMapping': {
      const words = describeMappingChange(change.mapping);
      return `${words[0].toUpperCase()}${words.slice(1)} on ${configurationName}`;
    }
    case 'removeConfiguration':
      return `Remove the configuration ${configurationName} (synchronized users stay in the target)`;
    case 'setSetting': {
      const words = describeDirectChange(change.setting);
      return `${words[0].toUpperCase()}${words.slice(1)} on ${configurationName}`;
    }
    case 'allowDeletes': {
      const count = change.heldBack > 0 ? `${change.heldBack} ` : '';
      return `Allow the ${count}held-back deletions of ${configurationName} (ForceDeletes)`;
    }
    case 'setup':
      return (
        `Set up sync to ${change.targetName}: partner policy, configuration, test connection` +
        (change.trust ? ', and trust its MFA and compliant devices' : '')
      );
  }
}

/** The impact as short lines for a card. */
export function describeImpact(impact: Impact): string[] {
  const lines: string[] = [];
  if (impact.entering !== undefined && impact.entering > 0)
    lines.push(
      `${impact.entering} user${impact.entering === 1 ? '' : 's'} enter scope and will be created or updated in the ` +
        `target.`,
    );
  if (impact.leaving !== undefined && impact.leaving > 0) {
    const names =
      impact.leavingNames.join(', ') +
      (impact.leaving > impact.leavingNames.length ? ` and ${impact.leaving - impact.leavingNames.length} more` : '');
    lines.push(
      `${impact.leaving} user${impact.leaving === 1 ? '' : 's'} leave scope and will be soft-deleted in the target: ` +
        `${names}.`,
    );
  }
  if (impact.entering === 0 && impact.leaving === 0 && lines.length === 0) lines.push('Nobody enters or leaves scope.');
  lines.push(impact.existingUsersChange, ...impact.notes);
  return lines;
}

/** Who decided what, when, and the result, in one line ("Approved by Alex Wilber at ... - applied: ..."). */
export function describeOutcome(request: ApprovalRequest): string {
  const when = (iso?: string) => (iso ? ` at ${iso.slice(0, 16).replace('T', ' ')} UTC` : '');
  const approvers = request.approvals.map((a) => a.displayName).join(' and ');
  switch (request.status) {
    case 'pending':
      if (request.result?.outcome === 'failed')
        return (
          `Not applied: Microsoft Entra refused the approver's account (${request.result.errorCode}): ` +
          `${request.result.detail} The request stays pending for an approver Entra allows to make the change.`
        );
      return request.approvals.length > 0
        ? `Approved by ${approvers}; waiting for ${request.requiredApprovals - request.approvals.length} more approver.`
        : 'Waiting for approval.';
    case 'applying':
      return `Approved by ${approvers}${when(request.approvals.at(-1)?.at)}; applying.`;
    case 'applied':
      return (
        `Approved by ${approvers}${when(request.approvals.at(-1)?.at)} - applied: ${request.result?.detail ?? ''}` +
        `${request.result?.madeAs ? ` (made with ${request.result.madeAs}'s own Entra account)` : ''}`
      );
    case 'noLongerApplies':
      return (
        `Approved by ${approvers}${when(request.approvals.at(-1)?.at)} - no longer applies: ` +
        `${request.result?.detail ?? ''}`
      );
    case 'failed':
      return (
        `Approved by ${approvers}${when(request.approvals.at(-1)?.at)} - failed ` +
        `(${request.result?.errorCode ?? 'error'}): ${request.result?.detail ?? ''}`
      );
    case 'rejected':
      return (
        `Rejected by ` +
        `${request.rejection?.displayName}${when(request.rejection?.at)}` +
        `${request.rejection?.comment ? `: "${request.rejection.comment}"` : ''}`
      );
    case 'cancelled':
      return `Cancelled by ${request.requester.displayName}${when(request.cancelledAt)}.`;
    case 'expired':
      return `Expired${when(request.expiresAt)} without a decision.`;
  }
}

export { statusWords };
