import { ACTIVITY, type Activity } from '../audit/activities';
import { recordAudit } from '../audit/record';
import { changes, partnerTarget, snapshot } from '../audit/targets';
import { conflict } from '../http/errors';
import { PERMS } from '../http/permissions';
import { bodyWithOnly } from '../http/request';
import type { Ctx, Route } from '../http/types';
import { contextUrl, parseSelect, project } from '../odata/query';
import { mergeValue } from '../store/partners';
import type { IdentitySyncPolicy, Json, PartnerRecord } from '../store/types';
import { objectNotFound } from './partners';

const PATH = '/policies/crossTenantAccessPolicy/partners/{tenantId}/identitySynchronization';
const CONFLICT_MESSAGE =
  'A conflicting object with one or more of the specified property values is present in the directory.';

function partnerOf(ctx: Ctx): PartnerRecord {
  const p = ctx.tenant.partners.get(ctx.params.tenantId.toLowerCase());
  if (!p) throw objectNotFound();
  return p;
}

function policyOf(ctx: Ctx): IdentitySyncPolicy {
  const policy = partnerOf(ctx).identitySynchronization;
  if (!policy) throw objectNotFound();
  return policy;
}

const IDENTITY_SYNC_SETTABLE = new Set(['displayName', 'userSyncInbound', 'tenantId']);

function checkBody(body: unknown): Json {
  return bodyWithOnly(body, IDENTITY_SYNC_SETTABLE, 'crossTenantIdentitySyncPolicyPartner') as Json;
}

/** The policy's settings before and after, on the partner's entry in the caller's tenant. */
function audit(ctx: Ctx, activity: Activity, before: object, after: object): void {
  const keys = ['displayName', 'userSyncInbound'];
  recordAudit(ctx, activity, [
    partnerTarget(ctx.params.tenantId.toLowerCase(), changes(before as Json, after as Json, keys)),
  ]);
}

export const identitySyncRoutes: Route[] = [
  {
    method: 'PUT',
    template: PATH,
    perms: PERMS.identitySyncWrite,
    handler: (ctx) => {
      const partner = partnerOf(ctx);
      const body = checkBody(ctx.req.body);
      if (partner.identitySynchronization) {
        throw conflict(CONFLICT_MESSAGE, [
          { code: 'ConflictingObjects', message: CONFLICT_MESSAGE, target: 'tenantId' },
        ]);
      }
      const inbound = body.userSyncInbound as { isSyncAllowed?: boolean | null } | null | undefined;
      partner.identitySynchronization = {
        tenantId: partner.data.tenantId,
        displayName: (body.displayName as string | undefined) ?? null,
        userSyncInbound:
          inbound === undefined ? null : inbound === null ? null : { isSyncAllowed: inbound.isSyncAllowed ?? null },
      };
      audit(ctx, ACTIVITY.createIdentitySync, {}, partner.identitySynchronization);
      return { status: 204 };
    },
  },
  {
    method: 'GET',
    template: PATH,
    perms: PERMS.policyRead,
    handler: (ctx) => {
      const policy = policyOf(ctx);
      const select = parseSelect(ctx);
      const ctxUrl = contextUrl(
        ctx,
        `policies/crossTenantAccessPolicy/partners('${policy.tenantId}')/identitySynchronization`,
        select,
      );
      return { status: 200, body: { '@odata.context': `${ctxUrl}/$entity`, ...project({ ...policy }, select) } };
    },
  },
  {
    method: 'PATCH',
    template: PATH,
    perms: PERMS.identitySyncWrite,
    handler: (ctx) => {
      const policy = policyOf(ctx);
      const body = checkBody(ctx.req.body);
      const before = snapshot(policy);
      if ('displayName' in body) policy.displayName = (body.displayName as string | null) ?? null;
      if ('userSyncInbound' in body)
        policy.userSyncInbound = mergeValue(
          policy.userSyncInbound,
          body.userSyncInbound,
        ) as IdentitySyncPolicy['userSyncInbound'];
      audit(ctx, ACTIVITY.updateIdentitySync, before, policy);
      return { status: 204 };
    },
  },
  {
    method: 'DELETE',
    template: PATH,
    perms: PERMS.identitySyncWrite,
    handler: (ctx) => {
      const partner = partnerOf(ctx);
      if (!partner.identitySynchronization) throw objectNotFound();
      const before = partner.identitySynchronization;
      delete partner.identitySynchronization;
      audit(ctx, ACTIVITY.deleteIdentitySync, before, {});
      return { status: 204 };
    },
  },
];
