import crypto from 'node:crypto';
import { badRequest, notFound, throttled } from '../http/errors';
import type { Ctx, GraphResponse } from '../http/types';
import { jobContext } from './context';
import { decide } from './decide';
import { logEntry, type Initiator } from './logEntry';
import { userRule } from './mappings';
import { onDemandObject, stringKeyStringValuePair, unsupportedObject } from './onDemandResponse';
import { withoutStatusInfo } from '../strict/onDemandForm';
import type { EngineHost } from './settings';
import { settledSignature } from './types';

const WINDOW_MS = 10_000;

interface Subject {
  objectId?: unknown;
  objectTypeName?: unknown;
}

/** POST .../jobs/{jobId}/provisionOnDemand: 200 stringKeyStringValuePair; 5 requests per 10 s per job, then 429. */
export function provisionOnDemand(host: EngineHost, ctx: Ctx, spId: string, jobId: string): GraphResponse {
  const sp = ctx.tenant.servicePrincipals.get(spId)!;
  const job = sp.synchronization!.jobs.get(jobId)!;
  const now = Date.now();
  job.engine.onDemandCalls = job.engine.onDemandCalls.filter((t) => t > now - WINDOW_MS);
  const limit = host.settings.onDemandLimit;
  if (limit > 0 && job.engine.onDemandCalls.length >= limit) {
    const wait = Math.max(1, Math.ceil((job.engine.onDemandCalls[0] + WINDOW_MS - now) / 1000));
    throw throttled(wait);
  }
  const params = (ctx.req.body as { parameters?: { ruleId?: unknown; subjects?: Subject[] }[] } | undefined)
    ?.parameters;
  if (!Array.isArray(params) || params.length === 0)
    throw badRequest("The request must contain 'parameters' with a ruleId and subjects.", 'BadRequest');
  const rule = userRule(job.schema);
  const ruleId = String(params[0].ruleId ?? '');
  if (!rule || (ruleId !== rule.id && ruleId.replace(/#V2$/, '') !== rule.id)) {
    throw badRequest(
      `The synchronization rule '${ruleId}' was not found in the schema of job '${job.id}'.`,
      'BadRequest',
    );
  }
  const subjects = params.flatMap((p) => (Array.isArray(p.subjects) ? p.subjects : []));
  if (subjects.length === 0 || subjects.length > 5)
    throw badRequest('Between 1 and 5 subjects can be provisioned on demand.', 'BadRequest');
  for (const s of subjects) {
    const id = String(s.objectId ?? '').toLowerCase();
    if (String(s.objectTypeName ?? 'User').toLowerCase() === 'user' && !ctx.tenant.users.get(id))
      throw notFound(String(s.objectId ?? ''));
  }
  job.engine.onDemandCalls.push(now);

  const jc = jobContext(ctx.sim, ctx.tenant, sp, job);
  // A delegated call is the person's action: the provisioning log names them, as Entra's does.
  const initiatedBy: Initiator = ctx.user
    ? { id: ctx.user.id, displayName: ctx.user.displayName, initiatorType: 'user' }
    : { id: ctx.app.clientId, displayName: ctx.app.displayName, initiatorType: 'application' };
  const cycleId = crypto.randomUUID();
  const objects = subjects.map((s) => {
    const id = String(s.objectId ?? '');
    const type = String(s.objectTypeName ?? 'User');
    const at = Date.now();
    if (type.toLowerCase() !== 'user') return unsupportedObject(id, type, at);
    const user = ctx.tenant.users.get(id.toLowerCase())!;
    const d = decide(jc, user, 'onDemand');
    if (d.status !== 'failure') d.apply();
    job.engine.lastSignatures.set(user.data.id, settledSignature(d));
    const ended = Math.max(Date.now(), at + 1);
    ctx.tenant.provisioningLogs.add(logEntry(jc, d, { cycleId, at: ended, initiatedBy }));
    return onDemandObject(d, at, ended, jc.targetTenantId);
  });
  return {
    status: 200,
    body: {
      '@odata.context': `${ctx.baseUrl}/$metadata#microsoft.graph.stringKeyStringValuePair`,
      ...stringKeyStringValuePair(
        host.settings.onDemandStatusInfo || host.settings.onDemandForm === 'A' ? objects : withoutStatusInfo(objects),
        host.settings.onDemandForm,
      ),
    },
  };
}
