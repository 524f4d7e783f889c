import type { ProvisioningLogEntry } from '../../domain';
import type { WireProvisioningLog } from '../wire/provisioning';
import { skipReasonOf, stringDetails, toAction, toResult, toStep } from './provisioningEnums';

export function toLogEntry(wire: WireProvisioningLog): ProvisioningLogEntry {
  const statusInfo = wire.provisioningStatusInfo ?? {};
  const error = statusInfo.errorInformation;
  const steps = (wire.provisioningSteps ?? []).map((step) => toStep({ ...step, kind: step.provisioningStepType }));
  const status = toResult(statusInfo.status, 'warning');
  const source = wire.sourceIdentity;
  const sourceDetails = stringDetails(source?.details);
  return {
    id: wire.id,
    activityDateTime: wire.activityDateTime,
    jobId: wire.jobId ?? undefined,
    cycleId: wire.cycleId ?? undefined,
    changeId: wire.changeId ?? undefined,
    servicePrincipalId: wire.servicePrincipal?.id ?? undefined,
    servicePrincipalName: wire.servicePrincipal?.displayName ?? undefined,
    initiatedBy: wire.initiatedBy?.displayName ?? undefined,
    durationMs: wire.durationInMilliseconds ?? undefined,
    action: toAction(wire.provisioningAction),
    status,
    steps,
    modifiedProperties: (wire.modifiedProperties ?? []).map((p) => ({
      name: p.displayName ?? '',
      oldValue: p.oldValue ?? null,
      newValue: p.newValue ?? null,
    })),
    sourceId: source?.id || undefined,
    sourceDisplayName: source?.displayName || undefined,
    targetId: wire.targetIdentity?.id || undefined,
    targetDisplayName: wire.targetIdentity?.displayName || undefined,
    reportableIdentifier: sourceDetails.UserPrincipalName || source?.displayName || undefined,
    error:
      error?.errorCode && status !== 'success'
        ? {
            code: error.errorCode,
            reason: error.reason ?? undefined,
            recommendedAction: error.recommendedAction ?? undefined,
            additionalDetails: error.additionalDetails ?? undefined,
          }
        : undefined,
    skipReason: status === 'skipped' ? (skipReasonOf(steps) ?? error?.errorCode ?? undefined) : undefined,
  };
}
