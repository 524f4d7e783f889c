import crypto from 'node:crypto';
import type { LogEntry } from '../store/logStore';
import type { Decision, JobContext } from './types';

export interface Initiator {
  id: string;
  displayName: string;
  initiatorType: 'user' | 'application' | 'system';
}

export const SYSTEM_INITIATOR: Initiator = {
  id: '',
  displayName: 'Azure AD Provisioning Service',
  initiatorType: 'system',
};

/**
 * With milliseconds: a monitor polling "activityDateTime gt <last seen>" then misses nothing written in the same
 * second.
 */
const iso = (ms: number): string => new Date(ms).toISOString();

/** One provisioningObjectSummary (v1.0 shape, camelCase enums) for a decision. */
export function logEntry(
  ctx: JobContext,
  d: Decision,
  opts: { cycleId: string; changeId?: string; at: number; initiatedBy: Initiator },
): LogEntry {
  const user = d.user;
  const sp = ctx.sp.data;
  const duration =
    300 +
    crypto
      .createHash('sha1')
      .update(user.data.id + opts.cycleId)
      .digest()[0] *
      17;
  return {
    id: crypto.randomUUID(),
    activityDateTime: iso(opts.at),
    tenantId: ctx.targetTenantId ?? ctx.source.id,
    jobId: ctx.job.id,
    cycleId: opts.cycleId,
    changeId: opts.changeId ?? crypto.randomUUID(),
    provisioningAction: d.action,
    durationInMilliseconds: duration,
    servicePrincipal: { id: sp.id, displayName: sp.displayName },
    sourceSystem: { id: ctx.source.id, displayName: 'Azure Active Directory', details: {} },
    targetSystem: {
      id: ctx.targetTenantId ?? null,
      displayName: 'Azure Active Directory (target tenant)',
      details: { ApplicationId: sp.appId, ServicePrincipalId: sp.id, ServicePrincipalDisplayName: sp.displayName },
    },
    initiatedBy: opts.initiatedBy,
    sourceIdentity: {
      id: user.data.id,
      displayName: user.data.displayName,
      identityType: 'User',
      details: {
        id: user.data.id,
        odatatype: 'User',
        DisplayName: user.data.displayName,
        UserPrincipalName: user.data.userPrincipalName,
      },
    },
    targetIdentity: {
      id: d.targetUserId ?? '',
      displayName: d.targetUserId ? user.data.displayName : '',
      identityType: 'User',
      details: {},
    },
    modifiedProperties: d.modified,
    provisioningStatusInfo: { status: d.status, errorInformation: d.error },
    provisioningSteps: d.steps.map((s) => ({
      name: s.name,
      provisioningStepType: s.type,
      status: s.status,
      description: s.description,
      details: s.details,
    })),
  };
}
