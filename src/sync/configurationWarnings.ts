import type { MappingSet, PartnerPolicy, ScopeAssignment, SyncConfiguration, SyncSettings } from '../domain';

export interface WarningInputs {
  config: SyncConfiguration;
  settings?: SyncSettings;
  assignments?: ScopeAssignment[];
  mappings?: MappingSet;
  /** undefined: not read; null: read, and the source tenant has no entry for the target. */
  partner?: PartnerPolicy | null;
}

/** The plain-language warnings an admin should see on a configuration, most urgent first. */
export function configurationWarnings(inputs: WarningInputs): string[] {
  return [
    ...jobWarnings(inputs.config),
    ...policyWarnings(inputs),
    ...scopeWarnings(inputs),
    ...mappingWarnings(inputs.mappings),
  ];
}

function jobWarnings(config: SyncConfiguration): string[] {
  const job = config.job;
  if (!job) return ['This configuration has no synchronization job yet: nothing is provisioned.'];
  const warnings: string[] = [];
  if (job.status === 'Quarantine') {
    const reason = job.quarantine?.reason ?? 'Unknown';
    const detail = job.quarantine?.error?.message ? `: ${job.quarantine.error.message}` : '';
    warnings.push(`The job is quarantined (${reason})${detail}. Ask "explain ${reason}" for the fix.`);
  }
  if (job.scheduleState !== 'Active' || job.status === 'Paused') {
    warnings.push('The job is not running on its schedule: nothing syncs until it is started.');
  }
  return warnings;
}

function policyWarnings({ config, partner }: WarningInputs): string[] {
  const target = config.target?.displayName ?? config.target?.tenantId ?? 'the target tenant';
  if (partner === null) {
    return [
      `The source tenant has no cross-tenant access entry for ${target}: add the organization and turn on outbound ` +
        `automatic redemption.`,
    ];
  }
  if (partner && partner.automaticUserConsent.outboundAllowed !== true) {
    return [
      `Outbound automatic redemption to ${target} is off in the source tenant: provisioning fails with ` +
        `AzureDirectoryB2BManagementPolicyCheckFailure until "Automatically redeem invitations" is ticked in its ` +
        `outbound trust settings.`,
    ];
  }
  return [];
}

function scopeWarnings({ settings, assignments }: WarningInputs): string[] {
  const warnings: string[] = [];
  if (settings?.scopeMode === 'allUsers') {
    warnings.push('Scope is "Sync all users and groups": every internal member of the source tenant is provisioned.');
  }
  if (settings?.scopeMode === 'assignedOnly' && assignments && assignments.length === 0) {
    warnings.push(
      'Nobody is assigned and scope is "Sync only assigned users and groups": nothing will be provisioned.',
    );
  }
  if (assignments?.some((a) => a.principalType === 'Group')) {
    warnings.push('Assigned groups put only their direct members in scope: members of nested groups are not synced.');
  }
  if (settings && !settings.deleteThresholdEnabled) {
    warnings.push(
      'Accidental deletion prevention is off: a scope change could soft-delete many users in the target in one cycle.',
    );
  }
  return warnings;
}

function mappingWarnings(mappings: MappingSet | undefined): string[] {
  if (!mappings) return [];
  if (mappings.enabled === false) return ['The user mapping is disabled: no users are provisioned.'];
  const warnings: string[] = [];
  const userType = mappings.attributeMappings.find((m) => m.targetAttributeName === 'userType');
  if (userType?.sourceType === 'Constant' && userType.source === 'Member' && userType.flowType === 'ObjectAddOnly') {
    warnings.push(
      'userType Member applies only on creation: existing guests stay Guest (set "Apply this mapping" to Always to ' +
        'convert them).',
    );
  }
  if (userType?.sourceType === 'Constant' && userType.source === 'Guest') {
    warnings.push('New users are created as Guest, not Member.');
  }
  const addressList = mappings.attributeMappings.find((m) => m.targetAttributeName === 'showInAddressList');
  if (!addressList) {
    warnings.push(
      "showInAddressList is not mapped: synced users will not appear in the target's address list or people search.",
    );
  } else if (addressList.sourceType === 'Constant' && addressList.source.toLowerCase() === 'false') {
    warnings.push("showInAddressList is False: synced users are hidden from the target's address list.");
  } else {
    warnings.push(
      'showInAddressList does not apply to target users with a mailbox: Exchange decides (Set-MailUser ' +
        '-HiddenFromAddressListsEnabled:$false).',
    );
  }
  return warnings;
}
