import type { GraphGateway, SyncSchemaDocument } from '../graph/gateway';
import type { SyncConfiguration } from '../domain';
import { removeConfiguration } from '../sync/removal';
import { applyMappingChange } from '../sync/settings';
import type { Change } from './model';

export type ApplyGateway = Pick<
  GraphGateway,
  | 'getConfiguration'
  | 'listAssignments'
  | 'addAssignment'
  | 'removeAssignment'
  | 'getUser'
  | 'getGroup'
  | 'getSettings'
  | 'saveSettings'
  | 'getSchema'
  | 'putSchema'
  | 'findApplicationByAppId'
  | 'deleteServicePrincipal'
  | 'deleteApplication'
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
      // saveSettings PUTs every secret back (Graph has no PATCH), so the credentials and notification settings survive.
      await gateway.saveSettings(config.servicePrincipalId, { ...settings, scopeMode: change.scopeMode });
      return { kind: 'changed', detail: `${config.displayName} now syncs ${words}.` };
    }
    case 'setUserType':
      return setUserType(gateway, config, change.userType, change.applyToExisting);
    case 'setMapping':
      return applyMappingChange(gateway, config, change.mapping);
    case 'removeConfiguration':
      return removeConfiguration(gateway, config.servicePrincipalId);
  }
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
  const schema = await gateway.getSchema(config.servicePrincipalId, config.job.id);
  const mapping = userTypeMapping(schema);
  if (!mapping) return { kind: 'gone', detail: `${config.displayName} has no userType mapping to change.` };
  const flowType = applyToExisting ? 'Always' : (mapping.flowType ?? 'ObjectAddOnly');
  if (mapping.source?.type === 'Constant' && mapping.source.name === userType && mapping.flowType === flowType) {
    return { kind: 'alreadyInEffect', detail: `${config.displayName} already maps userType to ${userType}.` };
  }
  mapping.source = { type: 'Constant', name: userType, expression: `"${userType}"`, parameters: [] };
  mapping.flowType = flowType;
  // The schema PUT replaces everything, so the whole document goes back with one mapping changed.
  await gateway.putSchema(config.servicePrincipalId, config.job.id, schema);
  return {
    kind: 'changed',
    detail: `${config.displayName} now creates users as ${userType}${flowType === 'Always' ? ' and updates existing ones' : ''}.`,
  };
}

type WireMapping = NonNullable<
  NonNullable<
    NonNullable<SyncSchemaDocument['synchronizationRules']>[number]['objectMappings']
  >[number]['attributeMappings']
>[number];

function userTypeMapping(schema: SyncSchemaDocument): WireMapping | undefined {
  for (const rule of schema.synchronizationRules ?? []) {
    for (const objectMapping of rule.objectMappings ?? []) {
      if (objectMapping.sourceObjectName?.toLowerCase() !== 'user') continue;
      const found = (objectMapping.attributeMappings ?? []).find((m) => m.targetAttributeName === 'userType');
      if (found) return found;
    }
  }
  return undefined;
}
