import { ACTIVITY } from '../audit/activities';
import { recordAudit } from '../audit/record';
import { changed, changes, partnerTarget, snapshot } from '../audit/targets';
import { replaceWhole } from '../strict/wholeReplace';
import { badRequest, conflict, GraphError, notFound } from '../http/errors';
import { PERMS } from '../http/permissions';
import { bodyWithOnly } from '../http/request';
import type { Ctx, Route } from '../http/types';
import { contextUrl, parseSelect, project, queryCollection } from '../odata/query';
import { newPartner } from '../store/partners';
import type { Json, PartnerRecord } from '../store/types';

const BASE = '/policies/crossTenantAccessPolicy/partners';
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SETTABLE = new Set([
  'tenantId',
  'inboundTrust',
  'automaticUserConsentSettings',
  'b2bCollaborationInbound',
  'b2bCollaborationOutbound',
  'b2bDirectConnectInbound',
  'b2bDirectConnectOutbound',
  'isServiceProvider',
  'tenantRestrictions',
  'crossCloudMeetingConfiguration',
  'protectedContentSharing',
  'isInMultiTenantOrganization',
  'm365CollaborationInbound',
  'm365CollaborationOutbound',
  'appServiceConnectInbound',
]);

export const objectNotFound = (): GraphError =>
  new GraphError(404, 'Directory_ObjectNotFound', 'Unable to read the company information from the directory.');

export function findPartner(ctx: Ctx): PartnerRecord {
  const p = ctx.tenant.partners.get(ctx.params.tenantId.toLowerCase());
  if (!p) throw notFound(ctx.params.tenantId);
  return p;
}

function partnerView(p: PartnerRecord, expand: boolean): Json {
  return expand ? { ...p.data, identitySynchronization: p.identitySynchronization ?? null } : { ...p.data };
}

function wantsExpand(ctx: Ctx): boolean {
  const raw = ctx.req.query.get('$expand');
  if (raw === undefined) return false;
  const items = raw.split(',').map((s) => s.trim().toLowerCase());
  const unknown = items.find((i) => i !== 'identitysynchronization');
  if (unknown)
    throw badRequest(
      `Could not find a property named '${unknown}' on type ` +
        `'microsoft.graph.crossTenantAccessPolicyConfigurationPartner'.`,
      'BadRequest',
    );
  return true;
}

function checkBody(body: unknown): Json {
  return bodyWithOnly(body, SETTABLE, 'crossTenantAccessPolicyConfigurationPartner') as Json;
}

export const partnerRoutes: Route[] = [
  {
    method: 'GET',
    template: BASE,
    perms: PERMS.policyRead,
    handler: (ctx) => {
      const expand = wantsExpand(ctx);
      return queryCollection<PartnerRecord>(ctx, {
        resource: 'CrossTenantAccessPolicyConfigurationPartner',
        context: 'policies/crossTenantAccessPolicy/partners',
        source: () => ctx.tenant.partners.values(),
        view: (p) => partnerView(p, expand),
        directory: false,
        filterable: ['tenantid', 'isserviceprovider', 'isinmultitenantorganization'],
        alwaysInclude: expand ? ['identitySynchronization'] : undefined,
        defaultTop: 100,
        maxTop: 999,
      });
    },
  },
  {
    method: 'POST',
    template: BASE,
    perms: PERMS.policyWrite,
    handler: (ctx) => {
      const body = checkBody(ctx.req.body);
      const tenantId = String(body.tenantId ?? '');
      if (!GUID.test(tenantId)) throw badRequest("The property 'tenantId' must be a valid tenant id (GUID).");
      if (tenantId.toLowerCase() === ctx.tenant.id)
        throw badRequest('A partner configuration cannot be created for your own tenant.');
      if (ctx.tenant.partners.has(tenantId.toLowerCase()))
        throw conflict('Another object with the same value for property tenantId already exists.');
      const partner = newPartner(tenantId.toLowerCase(), body);
      ctx.tenant.partners.set(partner.data.tenantId, partner);
      const settings = Object.keys(partner.data).filter((k) => k !== 'tenantId');
      recordAudit(ctx, ACTIVITY.addPartner, [
        partnerTarget(partner.data.tenantId, [
          changed('tenantId', null, partner.data.tenantId),
          ...changes({}, partner.data, settings),
        ]),
      ]);
      return {
        status: 201,
        body: {
          '@odata.context': `${contextUrl(ctx, 'policies/crossTenantAccessPolicy/partners')}/$entity`,
          ...partner.data,
        },
      };
    },
  },
  {
    method: 'GET',
    template: `${BASE}/{tenantId}`,
    perms: PERMS.policyRead,
    handler: (ctx) => {
      const p = findPartner(ctx);
      const select = parseSelect(ctx);
      const expand = wantsExpand(ctx);
      const view = project(partnerView(p, expand), select && expand ? [...select, 'identitySynchronization'] : select);
      return {
        status: 200,
        body: {
          '@odata.context': `${contextUrl(ctx, 'policies/crossTenantAccessPolicy/partners', select)}/$entity`,
          ...view,
        },
      };
    },
  },
  {
    method: 'PATCH',
    template: `${BASE}/{tenantId}`,
    perms: PERMS.policyWrite,
    handler: (ctx) => {
      const p = ctx.tenant.partners.get(ctx.params.tenantId.toLowerCase());
      if (!p) throw objectNotFound();
      const body = checkBody(ctx.req.body);
      const before = snapshot(p.data);
      const written = Object.keys(body).filter((k) => k !== 'tenantId' && !k.startsWith('@odata'));
      for (const k of written) p.data[k] = replaceWhole(k, body[k]);
      recordAudit(ctx, ACTIVITY.updatePartner, [partnerTarget(p.data.tenantId, changes(before, p.data, written))]);
      return { status: 204 };
    },
  },
  {
    method: 'DELETE',
    template: `${BASE}/{tenantId}`,
    perms: PERMS.policyWrite,
    handler: (ctx) => {
      const p = findPartner(ctx);
      if (p.identitySynchronization) {
        // The docs say the user synchronization policy must be deleted first; they do not show the error (status and
        // wording are ours).
        throw badRequest(
          'The partner configuration has a user synchronization policy (identitySynchronization). Delete ' +
            'the user synchronization policy before deleting the partner-specific configuration.',
        );
      }
      ctx.tenant.partners.delete(p.data.tenantId);
      const settings = Object.keys(p.data).filter((k) => k !== 'tenantId');
      recordAudit(ctx, ACTIVITY.deletePartner, [
        partnerTarget(p.data.tenantId, [changed('tenantId', p.data.tenantId, null), ...changes(p.data, {}, settings)]),
      ]);
      return { status: 204 };
    },
  },
];
