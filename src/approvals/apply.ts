import type { GraphGateway } from '../graph/gateway';
import { constantValue, sameValue } from '../domain/mappingValues';
import type { SyncConfiguration } from '../domain';
import { removeConfiguration } from '../sync/removal';
import { applyDirectChange, applyMappingChange, describeDirectChange, MappingGateway } from '../sync/settings';
import type { Change } from './model';

export type ApplyGateway = MappingGateway &
  Pick<
    GraphGateway,
    | 'getConfiguration'
    | 'listAssignments'
    | 'addAssignment'
    | 'removeAssignment'
    | 'getUser'
    | 'getGroup'
    | 'getSettings'
    | 'updateSyncSettings'
    | 'setUserTypeMapping'
    | 'findApplicationByAppId'
    | 'deleteServicePrincipal'
    | 'deleteApplication'
    | 'getJob'
    | 'restartJob'
  >;

/** What Graph looked like, and what was done about it. */
export type ChangeEffect =
  | { kind: 'changed'; detail: string; graphObjectId?: string }
  | { kind: 'alreadyInEffect'; detail: string }
  | { kind: 'gone'; detail: string };

/**
 * Applies one approved change, checking Graph first so that running it again changes nothing:
 * an assignment that exists is not added twice, a setting already set is not written again.
 */
export async function applyChange(
  gateway: ApplyGateway,
  configurationId: string,
  change: Change,
): Promise<ChangeEffect> {
  const config = await gateway.getConfiguration(configurationId);
  if (!config) return { kind: 'gone', detail: 'The configuration no longer exists.' };
  switch (change.kind) {
    case 'addPrincipal':
      return addPrincipal(gateway, config, change.principal);
    case 'removePrincipal': {
      const assignment = (await gateway.listAssignments(config.servicePrincipalId)).find(
        (a) => a.principalId === change.principal.id,
      );
      if (!assignment)
        return {
          kind: 'alreadyInEffect',
          detail: `${change.principal.displayName} is not assigned to ${config.displayName} (any more).`,
        };
      await gateway.removeAssignment(config.servicePrincipalId, assignment.id);
      return {
        kind: 'changed',
        detail: `${change.principal.displayName} was removed from ${config.displayName}.`,
        graphObjectId: assignment.id,
      };
    }
    case 'setScopeMode': {
      const settings = await gateway.getSettings(config.servicePrincipalId);
      const words = change.scopeMode === 'allUsers' ? 'all users' : 'only assigned users and groups';
      if (settings.scopeMode === change.scopeMode)
        return { kind: 'alreadyInEffect', detail: `${config.displayName} already syncs ${words}.` };
      // The gateway PUTs every secret back (Graph has no PATCH), so the credentials and notification settings survive.
      await gateway.updateSyncSettings(config.servicePrincipalId, { scopeMode: change.scopeMode });
      return { kind: 'changed', detail: `${config.displayName} now syncs ${words}.` };
    }
    case 'setUserType':
      return setUserType(gateway, config, change.userType, change.applyToExisting);
    case 'setMapping':
      return applyMappingChange(gateway, config, change.mapping);
    case 'removeConfiguration':
      return removeConfiguration(gateway, config.servicePrincipalId);
    case 'setSetting': {
      const result = await applyDirectChange(gateway, config.servicePrincipalId, change.setting);
      const words = describeDirectChange(change.setting);
      return result.changed
        ? { kind: 'changed', detail: `${config.displayName}: ${words} - done.` }
        : { kind: 'alreadyInEffect', detail: `${config.displayName} already does this (${words}).` };
    }
    case 'allowDeletes':
      return allowDeletes(gateway, config);
    case 'setup':
      // Guided setup has no configuration yet: the approval service runs it itself (setupChange.ts).
      return { kind: 'gone', detail: 'Guided setup is not applied to a configuration.' };
  }
}

/** ForceDeletes only while the job is still quarantined for too many deletes; otherwise nothing is held back. */
async function allowDeletes(gateway: ApplyGateway, config: SyncConfiguration): Promise<ChangeEffect> {
  if (!config.job) return { kind: 'gone', detail: `${config.displayName} has no provisioning job.` };
  const job = await gateway.getJob(config.servicePrincipalId, config.job.id);
  if (job?.status !== 'Quarantine' || job.quarantine?.reason !== 'TooManyDeletes') {
    return {
      kind: 'alreadyInEffect',
      detail: `${config.displayName} is no longer holding back deletions (not quarantined for too many deletes).`,
    };
  }
  await gateway.restartJob(config.servicePrincipalId, config.job.id, ['ForceDeletes']);
  return {
    kind: 'changed',
    detail:
      `${config.displayName} restarted with ForceDeletes: the next cycle carries out the held-back deletions ` +
      '(soft deletes, restorable for 30 days).',
  };
}

async function addPrincipal(
  gateway: ApplyGateway,
  config: SyncConfiguration,
  principal: { id: string; type: string; displayName: string },
): Promise<ChangeEffect> {
  const assignments = await gateway.listAssignments(config.servicePrincipalId);
  if (assignments.some((a) => a.principalId === principal.id)) {
    return {
      kind: 'alreadyInEffect',
      detail: `${principal.displayName} is already assigned to ${config.displayName}.`,
    };
  }
  const exists =
    principal.type === 'Group' ? await gateway.getGroup(principal.id) : await gateway.getUser(principal.id);
  if (!exists) return { kind: 'gone', detail: `${principal.displayName} no longer exists in the directory.` };
  const appRoleId = config.appRoleId ?? assignments[0]?.appRoleId;
  if (!appRoleId) return { kind: 'gone', detail: `${config.displayName} has no app role to assign.` };
  const created = await gateway.addAssignment(config.servicePrincipalId, { principalId: principal.id, appRoleId });
  return {
    kind: 'changed',
    detail: `${principal.displayName} was assigned to ${config.displayName}.`,
    graphObjectId: created.id,
  };
}

async function setUserType(
  gateway: ApplyGateway,
  config: SyncConfiguration,
  userType: string,
  applyToExisting: boolean,
): Promise<ChangeEffect> {
  if (!config.job)
    return { kind: 'gone', detail: `${config.displayName} has no provisioning job, so it has no mappings.` };
  const gone: ChangeEffect = { kind: 'gone', detail: `${config.displayName} has no userType mapping to change.` };
  const mappings = await gateway.getMappings(config.servicePrincipalId, config.job.id, { fresh: true });
  const mapping = mappings?.attributeMappings.find((m) => m.targetAttributeName === 'userType');
  if (!mapping) return gone;
  // Without "apply to existing users" the mapping keeps when it applies (only during creation, as a rule).
  const flowType = applyToExisting ? 'Always' : mapping.flowType;
  if (sameValue(mapping, constantValue(userType)) && mapping.flowType === flowType) {
    return { kind: 'alreadyInEffect', detail: `${config.displayName} already maps userType to ${userType}.` };
  }
  const onCreationOnly = flowType === 'ObjectAddOnly';
  if (!(await gateway.setUserTypeMapping(config.servicePrincipalId, config.job.id, userType, onCreationOnly)))
    return gone;
  const existing = flowType === 'Always' ? ' and updates existing ones' : '';
  return {
    kind: 'changed',
    detail: `${config.displayName} now creates users as ${userType}${existing}.`,
  };
}
