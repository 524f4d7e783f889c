import type { ProvisioningOutcome, ProvisioningStep, StepResult } from '../../domain';
import type { WireOnDemandKey, WireOnDemandObject } from '../wire/provisioning';
import { skipReasonOf, toAction, toResult, toStep } from './provisioningEnums';

/** provisionOnDemand's answer: a stringKeyStringValuePair whose strings hold JSON. */
export interface OnDemandResponse {
  key?: string | null;
  value?: string | null;
}

/**
 * Parses both documented forms (graph-contract.md §6.1):
 *  A. key = JSON {"result", "details"}, value = JSON of one object;
 *  B. key = a type name (…SyncFabric.StatusInfo), value = JSON array of objects.
 * A value of "{}" (a group provisioned) still yields one outcome carrying the key's result.
 */
export function parseProvisionOnDemand(response: OnDemandResponse): ProvisioningOutcome[] {
  const key = parseKey(response.key);
  const parsed = parseJson(response.value);
  const objects: WireOnDemandObject[] = Array.isArray(parsed)
    ? parsed
    : parsed && typeof parsed === 'object'
      ? [parsed as WireOnDemandObject]
      : [];
  if (objects.length === 0 && key.result) objects.push({});
  return objects.map((object) => toOutcome(object, key));
}

function toOutcome(object: WireOnDemandObject, key: WireOnDemandKey): ProvisioningOutcome {
  const statusInfo = object.statusInfo ?? {};
  const steps = (object.provisioningSteps ?? []).map((step) => toStep({ ...step, kind: step.type }));
  const told = statusInfo.status ?? key.result;
  const status = told ? toResult(told, 'warning') : fromSteps(steps);
  const failedStep = steps.find((s) => s.status === 'failure');
  const errorCode = statusInfo.errorCode ?? key.details?.errorCode ?? failedStep?.details.ErrorCode ?? undefined;
  const reason =
    statusInfo.reason ?? key.details?.errorMessage ?? (told ? undefined : failedStep?.description) ?? undefined;
  return {
    action: toAction(object.action),
    status,
    steps,
    modifiedProperties: (object.modifiedProperties ?? []).map((p) => ({
      name: p.displayName ?? '',
      oldValue: p.oldValue ?? null,
      newValue: p.newValue ?? null,
    })),
    sourceId: object.sourceIdentity?.id ?? undefined,
    sourceDisplayName: object.sourceIdentity?.displayName ?? undefined,
    targetId: object.targetIdentity?.id ?? undefined,
    reportableIdentifier: object.reportableIdentifier ?? undefined,
    error:
      errorCode && status !== 'success'
        ? {
            code: errorCode,
            reason,
            recommendedAction: statusInfo.recommendedAction ?? undefined,
            additionalDetails: statusInfo.additionalDetails ?? undefined,
          }
        : undefined,
    skipReason: status === 'skipped' ? (skipReasonOf(steps) ?? errorCode) : undefined,
  };
}

/**
 * The only documented example of the cross-tenant form stops after provisioningSteps, so an element may carry no
 * statusInfo: the outcome is then the steps' worst (a failed step fails it, a skipped one skips it), not a warning.
 */
function fromSteps(steps: ProvisioningStep[]): StepResult {
  if (steps.length === 0) return 'warning';
  for (const result of ['failure', 'skipped', 'warning'] as const)
    if (steps.some((s) => s.status === result)) return result;
  return 'success';
}

function parseKey(key: string | null | undefined): WireOnDemandKey {
  const parsed = parseJson(key);
  // Form B: the key is a type name, not JSON.
  return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as WireOnDemandKey) : {};
}

function parseJson(text: string | null | undefined): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
