import crypto from 'node:crypto';
import type { Decision, Result } from './types';

export const STATUS_INFO_KEY = 'Microsoft.Identity.Health.CPP.Common.DataContracts.SyncFabric.StatusInfo';

const pascal = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const ACTIONS: Record<Decision['action'], string> = {
  create: 'Create',
  update: 'Update',
  delete: 'Delete',
  disable: 'Disable',
  stagedDelete: 'StagedDelete',
  other: 'Other',
};

/**
 * The per-object status of provisionOnDemand: PascalCase steps and statuses, `type` and `name` fields
 * (graph-contract.md 6.1).
 */
export function onDemandObject(
  d: Decision,
  startedAt: number,
  endedAt: number,
  targetTenantId: string | undefined,
): Record<string, unknown> {
  const n = d.steps.length;
  return {
    action: ACTIONS[d.action],
    changeId: crypto.randomUUID(),
    endTime: new Date(endedAt).toISOString(),
    modifiedProperties: d.modified,
    provisioningSteps: d.steps.map((s, i) => ({
      name: s.name,
      type: pascal(s.type),
      status: pascal(s.status),
      description: s.description,
      timestamp: new Date(startedAt + Math.round(((endedAt - startedAt) * (i + 1)) / (n + 1))).toISOString(),
      details: s.details,
    })),
    reportableIdentifier: d.user.data.userPrincipalName,
    startTime: new Date(startedAt).toISOString(),
    statusInfo: {
      status: pascal(d.status),
      errorCode: d.error?.errorCode ?? null,
      reason: d.error?.reason ?? null,
      additionalDetails: d.error?.additionalDetails ?? null,
      errorCategory: d.error?.errorCategory ? pascal(d.error.errorCategory) : null,
      recommendedAction: d.error?.recommendedAction ?? null,
    },
    sourceIdentity: { id: d.user.data.id, type: 'User', displayName: d.user.data.displayName, details: null },
    sourceSystem: { id: null, name: 'Azure Active Directory', details: null },
    targetIdentity: {
      id: d.targetUserId,
      type: 'User',
      displayName: d.targetUserId ? d.user.data.displayName : null,
      details: targetTenantId ? { tenantId: targetTenantId } : null,
    },
    targetSystem: { id: null, name: 'Azure Active Directory (target tenant)', details: null },
  };
}

/** An object that could not be provisioned at all (e.g. a group in CTS: EntityTypeNotSupported). */
export function unsupportedObject(objectId: string, typeName: string, at: number): Record<string, unknown> {
  const message =
    `The object type '${typeName}' is not supported for provisioning on demand by this ` +
    `configuration; choose a user rather than a group.`;
  return {
    action: 'Other',
    changeId: crypto.randomUUID(),
    endTime: new Date(at).toISOString(),
    modifiedProperties: [],
    provisioningSteps: [],
    reportableIdentifier: objectId,
    startTime: new Date(at).toISOString(),
    statusInfo: {
      status: 'Skipped',
      errorCode: 'EntityTypeNotSupported',
      reason: message,
      additionalDetails: null,
      errorCategory: null,
      recommendedAction: 'Provision a user rather than a group.',
    },
    sourceIdentity: { id: objectId, type: typeName, displayName: null, details: null },
    sourceSystem: { id: null, name: 'Azure Active Directory', details: null },
    targetIdentity: { id: null, type: typeName, displayName: null, details: null },
    targetSystem: { id: null, name: 'Azure Active Directory (target tenant)', details: null },
  };
}

/**
 * Form B (CTS: key = the StatusInfo type name, value = JSON array) or Form A (key = JSON result, value = one object).
 */
export function stringKeyStringValuePair(
  objects: Record<string, unknown>[],
  form: 'A' | 'B',
): { key: string; value: string } {
  if (form === 'B') return { key: STATUS_INFO_KEY, value: JSON.stringify(objects) };
  const first = objects[0] as {
    statusInfo: { status: Result | string; errorCode: string | null; reason: string | null };
    provisioningSteps: { details: Record<string, string> }[];
  };
  const skip = first.provisioningSteps.find((s) => s.details?.SkipReason)?.details.SkipReason;
  const errorCode = first.statusInfo.errorCode ?? skip ?? null;
  const details: Record<string, string> = {};
  if (errorCode) {
    details.errorCode = errorCode;
    details.errorMessage =
      skip === 'RedundantExport'
        ? 'The state of the user in both the source and target systems already match.'
        : (first.statusInfo.reason ?? '');
  }
  return { key: JSON.stringify({ result: first.statusInfo.status, details }), value: JSON.stringify(first) };
}
