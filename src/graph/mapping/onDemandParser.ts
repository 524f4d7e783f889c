import type { ProvisioningOutcome } from '../../domain';
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
  const status = toResult(statusInfo.status ?? key.result, 'warning');
  const steps = (object.provisioningSteps ?? []).map((step) => toStep({ ...step, kind: step.type }));
  const errorCode = statusInfo.errorCode ?? key.details?.errorCode ?? undefined;
  const reason = statusInfo.reason ?? key.details?.errorMessage ?? undefined;
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
