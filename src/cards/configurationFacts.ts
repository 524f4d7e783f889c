import type { ConfigurationDetails } from '../sync/catalog';
import type { AttributeMapping, MappingSet, PartnerPolicy, SyncJob, SyncSettings } from '../domain';
import { Fact } from './render';
import { formatTime, intervalLabel, lastRun, onOff, scopeLabel } from './format';

/** The attributes an admin asks about first, in the order the card shows them. */
const KEY_ATTRIBUTES = ['userType', 'showInAddressList', 'displayName', 'userPrincipalName', 'mail', 'accountEnabled'];
const MAX_MAPPINGS = 8;

export function jobFacts(job: SyncJob | undefined, settings: SyncSettings | undefined): Fact[] {
  if (!job)
    return [{ title: 'Job', value: 'No provisioning job: finish setting up provisioning for this configuration' }];
  const facts: Fact[] = [
    { title: 'Schedule', value: `${job.scheduleState}, ${intervalLabel(job.interval)}` },
    { title: 'Last run', value: lastRun(job) },
  ];
  const run = job.lastExecution;
  if (run)
    facts.push({
      title: 'Last run counts',
      value: `imported ${run.countImported}, exported ${run.countExported}, escrowed ${run.countEscrowed}`,
    });
  if (run?.error) facts.push({ title: 'Last run error', value: `${run.error.code}: ${run.error.message}` });
  const success = job.lastSuccessfulExecution;
  facts.push({
    title: 'Last successful run',
    value: success ? formatTime(success.timeEnded ?? success.timeBegan) : 'Never',
  });
  if (job.countSuccessiveCompleteFailures > 0)
    facts.push({ title: 'Failures in a row', value: String(job.countSuccessiveCompleteFailures) });
  if (settings) {
    facts.push({
      title: 'Failure emails',
      value: settings.notificationsEnabled ? `On, to ${settings.notificationEmail ?? 'no recipient set'}` : 'Off',
    });
    const threshold = settings.deleteThresholdValue ?? job.deleteThreshold;
    facts.push({
      title: 'Accidental deletions',
      value: settings.deleteThresholdEnabled ? `Prevented above ${threshold ?? 500} deletions` : 'Not prevented',
    });
  }
  return facts;
}

export function quarantineFacts(job: SyncJob | undefined): Fact[] {
  const q = job?.quarantine;
  if (!q) return [];
  const facts: Fact[] = [{ title: 'Reason', value: q.reason }];
  if (q.error) facts.push({ title: 'Error', value: `${q.error.code}: ${q.error.message}` });
  if (q.seriesBegan ?? q.currentBegan)
    facts.push({ title: 'Since', value: formatTime(q.seriesBegan ?? q.currentBegan) });
  if (q.nextAttempt) facts.push({ title: 'Next attempt', value: formatTime(q.nextAttempt) });
  facts.push({ title: 'Times quarantined', value: String(q.seriesCount) });
  return facts;
}

export function scopeFacts(details: ConfigurationDetails): Fact[] {
  return [
    { title: 'Scope', value: scopeLabel(details.settings?.scopeMode ?? details.config.scopeMode) },
    { title: 'Assigned users', value: String(details.scope.users) },
    { title: 'Assigned groups', value: String(details.scope.groups) },
  ];
}

export function mappingFacts(mappings: MappingSet | undefined): Fact[] {
  if (!mappings) return [];
  const rank = (m: AttributeMapping) => {
    const key = KEY_ATTRIBUTES.indexOf(m.targetAttributeName);
    if (key >= 0) return key;
    return m.matchingPriority > 0 ? KEY_ATTRIBUTES.length : Number.MAX_SAFE_INTEGER;
  };
  return mappings.attributeMappings
    .filter((m) => rank(m) !== Number.MAX_SAFE_INTEGER)
    .sort((a, b) => rank(a) - rank(b))
    .slice(0, MAX_MAPPINGS)
    .map((m) => ({ title: m.targetAttributeName, value: mappingValue(m) }));
}

function mappingValue(m: AttributeMapping): string {
  const source = m.sourceType === 'Constant' ? `"${m.source}"` : m.sourceType === 'None' ? '(not mapped)' : m.source;
  const flow = m.flowType === 'ObjectAddOnly' ? 'only on creation' : m.flowType === 'Always' ? 'always' : m.flowType;
  const matching = m.matchingPriority > 0 ? ', used for matching' : '';
  return `${source} (${flow}${matching})`;
}

export function trustFacts(partner: PartnerPolicy | undefined): Fact[] {
  if (!partner)
    return [
      { title: 'Partner settings', value: 'No cross-tenant access entry for the target tenant: the defaults apply' },
    ];
  const trust = partner.inboundTrust ?? undefined;
  return [
    { title: 'Auto-redeem invitations (outbound)', value: onOff(partner.automaticUserConsent.outboundAllowed) },
    { title: 'Auto-redeem invitations (inbound)', value: onOff(partner.automaticUserConsent.inboundAllowed) },
    { title: 'Trust MFA from the target', value: onOff(trust?.isMfaAccepted, 'Default') },
    { title: 'Trust compliant devices', value: onOff(trust?.isCompliantDeviceAccepted, 'Default') },
    { title: 'Trust hybrid joined devices', value: onOff(trust?.isHybridAzureADJoinedDeviceAccepted, 'Default') },
  ];
}
