import crypto from 'node:crypto';
import type { Ctx } from '../http/types';
import type { LogEntry } from '../store/logStore';
import type { Activity } from './activities';
import type { TargetResource } from './targets';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The simulator listens on 127.0.0.1 only, so that is where every caller is. */
const CALLER_ADDRESS = '127.0.0.1';

export interface KeyValue {
  key: string;
  value: string;
}

/** The client's client-request-id when it sent a GUID (so a client finds its own writes), else Graph's request id. */
function correlationId(ctx: Ctx): string {
  const given = ctx.req.headers['client-request-id'];
  return given && GUID.test(given) ? given.toLowerCase() : ctx.requestId;
}

/** auditActivityInitiator: the signed-in user of a delegated call, else the calling app. */
function initiatedBy(ctx: Ctx): LogEntry['initiatedBy'] {
  if (ctx.user) {
    const { id, displayName, userPrincipalName } = ctx.user;
    return { app: null, user: { id, displayName, userPrincipalName, ipAddress: CALLER_ADDRESS } };
  }
  return {
    app: {
      appId: ctx.app.clientId,
      displayName: ctx.app.displayName,
      servicePrincipalId: ctx.app.servicePrincipalId,
      servicePrincipalName: ctx.app.displayName,
    },
    user: null,
  };
}

/** For a user acting through an app, Entra names the app in additionalDetails; so does the simulator. */
function callerDetails(ctx: Ctx): KeyValue[] {
  const details: KeyValue[] = [];
  const agent = ctx.req.headers['user-agent'];
  if (agent) details.push({ key: 'User-Agent', value: agent });
  if (ctx.user) details.push({ key: 'AppId', value: ctx.app.clientId });
  return details;
}

/** A successful activity as a directoryAudit (v1.0 shape). */
export function auditEntry(e: {
  activity: Activity;
  initiatedBy: LogEntry['initiatedBy'];
  targetResources: TargetResource[];
  additionalDetails: KeyValue[];
  correlationId: string;
  at: Date;
}): LogEntry {
  return {
    id: crypto.randomUUID(),
    category: e.activity.category,
    correlationId: e.correlationId,
    result: 'success',
    resultReason: '',
    activityDisplayName: e.activity.name,
    activityDateTime: e.at.toISOString(),
    loggedByService: e.activity.loggedByService,
    operationType: e.activity.operationType,
    initiatedBy: e.initiatedBy,
    targetResources: e.targetResources,
    additionalDetails: e.additionalDetails,
  };
}

/** Appends a successful write to the caller's tenant's directory audit log. */
export function recordAudit(
  ctx: Ctx,
  activity: Activity,
  targetResources: TargetResource[],
  details: KeyValue[] = [],
): LogEntry {
  const entry = auditEntry({
    activity,
    initiatedBy: initiatedBy(ctx),
    targetResources,
    additionalDetails: [...details, ...callerDetails(ctx)],
    correlationId: correlationId(ctx),
    at: new Date(),
  });
  ctx.tenant.directoryAudits.add(entry);
  return entry;
}
