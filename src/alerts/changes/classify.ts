import type { DirectoryAuditEntry } from '../../domain';
import { changedFlag, propertiesOf, shown } from './auditValues';

export type ChangeKind =
  | 'inboundRedemption'
  | 'outboundRedemption'
  | 'userSyncInbound'
  | 'partnerRemoved'
  | 'identitySyncRemoved'
  | 'partnerPolicy'
  | 'scopeRemoved'
  | 'scopeAdded'
  | 'jobPaused'
  | 'jobStarted'
  | 'jobRemoved'
  | 'jobAdded'
  | 'mappings'
  | 'settings'
  | 'configurationRemoved'
  | 'configurationProperties';

/** Which tenant's audit log an entry came from: the bot's home (source) tenant or a target tenant. */
export type AuditSide = 'source' | 'target';

/** What one audit entry did to cross-tenant sync, before it is tied to configurations. */
export interface ClassifiedChange {
  kind: ChangeKind;
  /** The setting or object in words: "inbound automatic redemption", "the attribute mappings". */
  what: string;
  before?: string;
  after?: string;
  /** The next cycle of the configurations it touches will fail because of it. */
  breaks: boolean;
  /** Policy entries: the partner tenant the entry is about. */
  partnerTenantId?: string;
  /** Service principals (configurations) among the entry's targets. */
  servicePrincipalIds: string[];
  /** Scope entries: the user or group assigned or removed. */
  principal?: { id: string; type: 'User' | 'Group'; displayName: string };
}

const has = (text: string, ...words: string[]) => words.some((w) => text.includes(w));
const onOff = (value: boolean | undefined) => (value === undefined ? '(not set)' : value ? 'on' : 'off');

/**
 * Reads an entry by Entra's activity names (learn.microsoft.com/entra/identity/monitoring-health/
 * reference-audit-activities) and categories; undefined when it does not touch cross-tenant sync. Which changes
 * break the next cycle depends on the side: a target that turns off inbound automatic redemption or inbound user
 * sync for the source, a source that turns off outbound automatic redemption, either side deleting the entry.
 */
export function classify(entry: DirectoryAuditEntry, side: AuditSide): ClassifiedChange | undefined {
  if (entry.result !== 'success') return undefined;
  const name = entry.activityDisplayName.toLowerCase();
  const category = entry.category.toLowerCase();
  const servicePrincipalIds = entry.targets.filter((t) => t.type === 'ServicePrincipal').map((t) => t.id);
  const base = { servicePrincipalIds };
  const properties = propertiesOf(entry.targets);

  if (category === 'crosstenantidentitysyncsettings' || has(name, 'identity sync setting')) {
    const partnerTenantId = partnerOf(entry);
    if (has(name, 'delete'))
      return {
        ...base,
        kind: 'identitySyncRemoved',
        what: 'the inbound user sync policy',
        breaks: side === 'target',
        partnerTenantId,
        before: 'present',
        after: 'deleted',
      };
    const flag = changedFlag(properties, 'isSyncAllowed');
    if (!flag) return undefined;
    return {
      ...base,
      kind: 'userSyncInbound',
      what: 'inbound user synchronization',
      before: onOff(flag.before),
      after: onOff(flag.after),
      breaks: side === 'target' && flag.after === false,
      partnerTenantId,
    };
  }
  if (category === 'crosstenantaccesssettings' || has(name, 'cross-tenant access setting')) {
    const partnerTenantId = partnerOf(entry);
    if (has(name, 'delete'))
      return {
        ...base,
        kind: 'partnerRemoved',
        what: 'the partner entry in cross-tenant access settings',
        before: 'present',
        after: 'deleted',
        breaks: true,
        partnerTenantId,
      };
    const inbound = changedFlag(properties, 'inboundAllowed');
    if (inbound && side === 'target')
      return {
        ...base,
        kind: 'inboundRedemption',
        what: 'inbound automatic redemption',
        before: onOff(inbound.before),
        after: onOff(inbound.after),
        breaks: inbound.after === false,
        partnerTenantId,
      };
    const outbound = changedFlag(properties, 'outboundAllowed');
    if (outbound && side === 'source')
      return {
        ...base,
        kind: 'outboundRedemption',
        what: 'outbound automatic redemption',
        before: onOff(outbound.before),
        after: onOff(outbound.after),
        breaks: outbound.after === false,
        partnerTenantId,
      };
    const sync = changedFlag(properties, 'isSyncAllowed');
    if (sync)
      return {
        ...base,
        kind: 'userSyncInbound',
        what: 'inbound user synchronization',
        before: onOff(sync.before),
        after: onOff(sync.after),
        breaks: side === 'target' && sync.after === false,
        partnerTenantId,
      };
    const first = properties[0];
    return {
      ...base,
      kind: 'partnerPolicy',
      what: first ? `the partner setting ${first.name}` : 'the partner entry',
      before: first && shown(first.oldValue),
      after: first && shown(first.newValue),
      breaks: false,
      partnerTenantId,
    };
  }
  if (servicePrincipalIds.length === 0) return undefined;
  if (has(name, 'app role assignment')) {
    const who = entry.targets.find((t) => t.type === 'Group' || t.type === 'User');
    const principal = who && {
      id: who.id,
      type: who.type as 'User' | 'Group',
      displayName: who.displayName ?? who.userPrincipalName ?? who.id,
    };
    const removed = has(name, 'remove', 'delete');
    return {
      ...base,
      kind: removed ? 'scopeRemoved' : 'scopeAdded',
      what: `the assignment of ${principal?.displayName ?? 'a user or group'}`,
      before: removed ? 'assigned' : 'not assigned',
      after: removed ? 'not assigned' : 'assigned',
      breaks: false,
      principal,
    };
  }
  if (has(name, 'provisioning configuration')) {
    if (has(name, 'pause', 'disable'))
      return { ...base, kind: 'jobPaused', what: 'provisioning', before: 'on', after: 'paused', breaks: false };
    if (has(name, 'start', 'restart', 'enable'))
      return {
        ...base,
        kind: 'jobStarted',
        what: 'provisioning',
        before: 'paused',
        after: has(name, 'restart') ? 'restarted' : 'on',
        breaks: false,
      };
    if (has(name, 'delete'))
      return {
        ...base,
        kind: 'jobRemoved',
        what: 'the provisioning job',
        before: 'present',
        after: 'deleted',
        breaks: false,
      };
    if (has(name, 'add'))
      return {
        ...base,
        kind: 'jobAdded',
        what: 'the provisioning job',
        before: 'none',
        after: 'created',
        breaks: false,
      };
  }
  if (has(name, 'attribute mappings', 'schema'))
    return {
      ...base,
      kind: 'mappings',
      what: 'the attribute mappings or scoping',
      breaks: false,
      ...firstChange(properties),
    };
  if (has(name, 'provisioning setting', 'credentials'))
    return { ...base, kind: 'settings', what: 'the provisioning settings', breaks: false, ...firstChange(properties) };
  if (has(name, 'remove service principal', 'delete service principal', 'delete application'))
    return {
      ...base,
      kind: 'configurationRemoved',
      what: 'the configuration',
      before: 'present',
      after: 'deleted',
      breaks: false,
    };
  if (has(name, 'update service principal', 'update application'))
    return {
      ...base,
      kind: 'configurationProperties',
      what: "the configuration's application",
      breaks: false,
      ...firstChange(properties),
    };
  return undefined;
}

function firstChange(properties: ReturnType<typeof propertiesOf>): { before?: string; after?: string } {
  const first = properties.find((p) => p.oldValue !== p.newValue);
  return first ? { before: shown(first.oldValue), after: shown(first.newValue) } : {};
}

/** The partner tenant of a policy entry: its Policy target's id, else what additionalDetails names. */
function partnerOf(entry: DirectoryAuditEntry): string | undefined {
  const target = entry.targets.find((t) => t.type === 'Policy' && t.id);
  return (target?.id ?? entry.details.PartnerTenantId ?? entry.details.tenantId)?.toLowerCase();
}
