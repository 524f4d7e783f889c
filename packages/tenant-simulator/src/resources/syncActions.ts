import { ACTIVITY } from '../audit/activities';
import { recordSyncAudit } from '../audit/syncAudit';
import { changed } from '../audit/targets';
import { policyCheckFailure } from '../strict/testConnectionShapes';
import { badRequest, GraphError } from '../http/errors';
import { PERMS } from '../http/permissions';
import type { Ctx, Route } from '../http/types';
import type { SecretPair } from '../store/types';
import { pauseJob, startJob } from '../sync/jobs';
import { allPolicyProblems, POLICY_CHECK_CODE, POLICY_MESSAGE } from '../sync/policyCheck';
import { restartJob, RESTART_SCOPES } from '../sync/restart';
import { findServicePrincipal, ownsServicePrincipal } from './applications';
import { findJob, SP } from './syncCommon';

interface ValidateBody {
  useSavedCredentials?: boolean;
  templateId?: string;
  applicationIdentifier?: string;
  credentials?: SecretPair[];
}

/**
 * Test connection: 204, or 400 AzureDirectoryB2BManagementPolicyCheckFailure naming the side whose setting is missing.
 */
function validateCredentials(ctx: Ctx) {
  const sp = findServicePrincipal(ctx);
  if (ctx.params.jobId !== undefined) findJob(ctx);
  const body = (ctx.req.body ?? {}) as ValidateBody;
  if (body.templateId !== undefined && body.templateId !== 'Azure2Azure')
    throw badRequest(`The template '${body.templateId}' was not found.`, 'BadRequest');
  const creds = body.useSavedCredentials ? (sp.synchronization?.secrets ?? []) : (body.credentials ?? []);
  if (!Array.isArray(creds))
    throw badRequest("The property 'credentials' must be a collection of key/value pairs.", 'BadRequest');
  const value = (key: string): string | undefined => creds.find((c) => c && c.key === key)?.value;
  const companyId = value('CompanyId');
  if (!companyId)
    throw new GraphError(400, 'CredentialsMissing', 'The credential CompanyId (the target tenant id) is required.');
  if (value('AuthenticationType') !== 'SyncPolicy') {
    throw new GraphError(
      400,
      'CredentialsInvalid',
      "The credential AuthenticationType must be 'SyncPolicy' for cross-tenant synchronization.",
    );
  }
  const problems = allPolicyProblems(ctx.sim, ctx.tenant, companyId);
  if (problems.length > 0) {
    const code = problems[0].setting === 'targetTenant' ? 'ExternalTenantNotFound' : POLICY_CHECK_CODE;
    const message = [
      problems[0].message,
      ...problems.slice(1).map((p) => p.message.replace(`${POLICY_MESSAGE} `, '')),
    ].join(' ');
    const details = problems.map((p) => ({ code: p.setting, target: p.side, message: p.message }));
    if (code !== POLICY_CHECK_CODE) throw new GraphError(400, code, message, { details });
    throw policyCheckFailure(ctx.strict.testConnectionShape, code, message, details);
  }
  return { status: 204 };
}

/** The objects asked for, as the entry's modified property "subjects" (the request's own words). */
function onDemandSubjects(ctx: Ctx) {
  const params = (ctx.req.body as { parameters?: { subjects?: unknown[] }[] } | undefined)?.parameters ?? [];
  return [
    changed(
      'subjects',
      null,
      params.flatMap((p) => p.subjects ?? []),
    ),
  ];
}

export const syncActionRoutes: Route[] = [
  {
    method: 'POST',
    template: `${SP}/jobs/validateCredentials`,
    perms: PERMS.syncWrite,
    owned: ownsServicePrincipal,
    handler: validateCredentials,
  },
  {
    method: 'POST',
    template: `${SP}/jobs/{jobId}/validateCredentials`,
    perms: PERMS.syncWrite,
    owned: ownsServicePrincipal,
    handler: validateCredentials,
  },
  {
    method: 'POST',
    template: `${SP}/jobs/{jobId}/start`,
    perms: PERMS.syncWrite,
    owned: ownsServicePrincipal,
    handler: (ctx) => {
      const { sp, job } = findJob(ctx);
      const before = job.schedule.state;
      startJob(job);
      recordSyncAudit(ctx, ACTIVITY.startJob, sp, job, [changed('schedule/state', before, job.schedule.state)]);
      ctx.services.jobStarted?.(ctx.tenant, sp.data.id, job.id);
      return { status: 204 };
    },
  },
  {
    method: 'POST',
    template: `${SP}/jobs/{jobId}/pause`,
    perms: PERMS.syncWrite,
    owned: ownsServicePrincipal,
    handler: (ctx) => {
      const { sp, job } = findJob(ctx);
      const before = job.schedule.state;
      pauseJob(job);
      recordSyncAudit(ctx, ACTIVITY.pauseJob, sp, job, [changed('schedule/state', before, job.schedule.state)]);
      return { status: 204 };
    },
  },
  {
    method: 'POST',
    template: `${SP}/jobs/{jobId}/restart`,
    perms: PERMS.syncWrite,
    owned: ownsServicePrincipal,
    handler: (ctx) => {
      const { sp, job } = findJob(ctx);
      const raw = (ctx.req.body as { criteria?: { resetScope?: unknown } } | undefined)?.criteria?.resetScope;
      if (raw !== undefined && raw !== null && typeof raw !== 'string')
        throw badRequest("The property 'resetScope' must be a string of flags.", 'BadRequest');
      const flags = (raw ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      const bad = flags.find((f) => !RESTART_SCOPES.includes(f));
      if (bad)
        throw badRequest(
          `Cannot convert the literal '${bad}' to the expected type 'microsoft.graph.synchronizationJobRestartScope'.`,
          'BadRequest',
        );
      const before = job.schedule.state;
      restartJob(job, flags);
      recordSyncAudit(ctx, ACTIVITY.restartJob, sp, job, [
        changed('schedule/state', before, job.schedule.state),
        changed('criteria/resetScope', null, flags.join(',')),
      ]);
      ctx.services.jobRestarted?.(ctx.tenant, sp.data.id, job.id, flags);
      return { status: 204 };
    },
  },
  {
    method: 'POST',
    template: `${SP}/jobs/{jobId}/provisionOnDemand`,
    perms: PERMS.syncWrite,
    owned: ownsServicePrincipal,
    handler: async (ctx) => {
      const { sp, job } = findJob(ctx);
      if (!ctx.services.provisionOnDemand)
        throw new GraphError(501, 'NotImplemented', 'Provision on demand is not available.');
      const res = await ctx.services.provisionOnDemand(ctx, sp.data.id, job.id);
      if (res.status < 300) recordSyncAudit(ctx, ACTIVITY.provisionOnDemand, sp, job, onDemandSubjects(ctx));
      return res;
    },
  },
];
