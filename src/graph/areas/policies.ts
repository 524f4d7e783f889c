import type { GraphGateway } from '../gateway';
import type { Batcher } from '../http/batch';
import type { GraphHttp } from '../http/graphHttp';
import { partnerPatch, toIdentitySyncPolicy, toPartnerPolicy, toTenantInfo } from '../mapping/policyMapper';
import type { PartnerPolicy, PartnerPolicyChange } from '../../domain';
import { functionArgument } from '../odata/literals';
import { segment } from '../odata/query';
import type { WireIdentitySynchronization, WirePartner, WireTenantInformation } from '../wire/policy';

const PARTNERS = '/policies/crossTenantAccessPolicy/partners';

type PolicyArea = Pick<
  GraphGateway,
  | 'listPartners'
  | 'getPartner'
  | 'createPartner'
  | 'updatePartner'
  | 'getIdentitySynchronization'
  | 'putIdentitySynchronization'
  | 'updateIdentitySynchronization'
  | 'findTenantByDomain'
  | 'findTenantById'
  | 'findTenantsById'
>;

const byTenantId = (tenantId: string) =>
  `/tenantRelationships/findTenantInformationByTenantId(${functionArgument('tenantId', tenantId)})`;

export function policyArea(http: GraphHttp, batch: Batcher): PolicyArea {
  const partner = (tenantId: string) => `${PARTNERS}/${segment(tenantId)}`;
  return {
    async listPartners() {
      return (await http.all<WirePartner>(PARTNERS)).map(toPartnerPolicy);
    },
    async getPartner(tenantId) {
      const found = await http.find<WirePartner>(partner(tenantId));
      return found ? toPartnerPolicy(found) : undefined;
    },
    async createPartner(tenantId) {
      return toPartnerPolicy(await http.post<WirePartner>(PARTNERS, { tenantId }));
    },
    async updatePartner(tenantId, change) {
      // Graph may replace a complex property whole (the docs do not say it merges): send each one complete, the
      // values not changed as they are now, so changing outboundAllowed never clears inboundAllowed.
      const current = needsCurrent(change) ? await http.find<WirePartner>(partner(tenantId)) : undefined;
      await http.patch(partner(tenantId), partnerPatch(wholeChange(change, current && toPartnerPolicy(current))));
    },
    async getIdentitySynchronization(sourceTenantId) {
      const found = await http.find<WireIdentitySynchronization>(`${partner(sourceTenantId)}/identitySynchronization`);
      return found ? toIdentitySyncPolicy(found, sourceTenantId) : undefined;
    },
    putIdentitySynchronization: (sourceTenantId, policy) =>
      http.put(`${partner(sourceTenantId)}/identitySynchronization`, {
        displayName: policy.displayName,
        userSyncInbound: { isSyncAllowed: policy.userSyncInboundAllowed },
      }),
    updateIdentitySynchronization: (sourceTenantId, change) =>
      http.patch(`${partner(sourceTenantId)}/identitySynchronization`, {
        userSyncInbound: { isSyncAllowed: change.userSyncInboundAllowed },
      }),
    async findTenantByDomain(domainName) {
      const path =
        `/tenantRelationships/` + `findTenantInformationByDomainName(${functionArgument('domainName', domainName)})`;
      const found = await http.find<WireTenantInformation>(path);
      return found ? toTenantInfo(found) : undefined;
    },
    async findTenantById(tenantId) {
      const found = await http.find<WireTenantInformation>(byTenantId(tenantId));
      return found ? toTenantInfo(found) : undefined;
    },
    async findTenantsById(tenantIds) {
      const unique = [...new Set(tenantIds)];
      const outcomes = await batch(unique.map((id) => ({ method: 'GET' as const, url: byTenantId(id) })));
      return outcomes.flatMap((outcome) => {
        if (outcome.ok) return [toTenantInfo(outcome.body as WireTenantInformation)];
        if (outcome.error.details.status === 404) return [];
        throw outcome.error;
      });
    },
  };
}

const TRUST_KEYS = ['isMfaAccepted', 'isCompliantDeviceAccepted', 'isHybridAzureADJoinedDeviceAccepted'] as const;

function needsCurrent(change: PartnerPolicyChange): boolean {
  const consent = change.automaticUserConsent;
  const trust = change.inboundTrust;
  return (
    (consent !== undefined && (consent.inboundAllowed === undefined || consent.outboundAllowed === undefined)) ||
    (trust !== undefined && trust !== null && TRUST_KEYS.some((k) => trust[k] === undefined))
  );
}

/** The change with every complex property complete: what is not changed keeps its current value (null if none). */
export function wholeChange(change: PartnerPolicyChange, current: PartnerPolicy | undefined): PartnerPolicyChange {
  const out: PartnerPolicyChange = { ...change };
  if (change.automaticUserConsent) {
    const now = current?.automaticUserConsent;
    out.automaticUserConsent = {
      inboundAllowed: keep(change.automaticUserConsent.inboundAllowed, now?.inboundAllowed),
      outboundAllowed: keep(change.automaticUserConsent.outboundAllowed, now?.outboundAllowed),
    };
  }
  if (change.inboundTrust) {
    const now = current?.inboundTrust ?? {};
    const trust = change.inboundTrust;
    out.inboundTrust = Object.fromEntries(TRUST_KEYS.map((k) => [k, keep(trust[k], now[k])]));
  }
  return out;
}

const keep = (changed: boolean | null | undefined, current: boolean | null | undefined): boolean | null =>
  changed !== undefined ? changed : (current ?? null);
