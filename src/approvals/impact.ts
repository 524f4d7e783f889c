import type { GraphGateway } from '../graph/gateway';
import type { SyncConfiguration } from '../domain';
import { mappingImpact, removalImpact } from './configurationChanges';
import type { Change, Impact } from './model';
import { assignedScope, countedGroupMembers, ScopeGateway } from './scope';
import { changedSettings, MappingGateway } from '../sync/settings';
import type { SyncSettings } from '../domain';

export type ImpactGateway = ScopeGateway &
  MappingGateway &
  Pick<GraphGateway, 'getSettings' | 'getMappings' | 'findTenantById'>;

const NAMES_SHOWN = 10;
const NO_EXISTING_CHANGE = 'Users already in the target are not changed.';

/** What a change would do, read from Graph now: who enters or leaves scope, who is soft-deleted, who changes. */
export async function computeImpact(
  gateway: ImpactGateway,
  config: SyncConfiguration,
  change: Change,
): Promise<Impact> {
  if (change.kind === 'setMapping') return mappingImpact(gateway, config, change.mapping);
  if (change.kind === 'removeConfiguration') return removalImpact(gateway, config);
  if (change.kind === 'setSetting') return settingImpact(change);
  if (change.kind === 'allowDeletes') return allowDeletesImpact(change);
  if (change.kind === 'setup') throw new Error('guided setup is previewed from its plan (setupChange.ts)');
  const sp = config.servicePrincipalId;
  const settings = await gateway.getSettings(sp);
  const allUsers = settings.scopeMode === 'allUsers';

  if (change.kind === 'setUserType') return userTypeImpact(gateway, config, change);
  if (change.kind === 'setScopeMode') {
    if (settings.scopeMode === change.scopeMode)
      return none(`The configuration already syncs ${scopeWords(change.scopeMode)}.`);
    const scope = await assignedScope(gateway, await gateway.listAssignments(sp));
    return change.scopeMode === 'allUsers'
      ? {
          leavingNames: [],
          existingUsersChange: NO_EXISTING_CHANGE,
          notes: [`Every internal member of the source tenant comes into scope (today ${scope.size} assigned).`],
        }
      : {
          entering: 0,
          leavingNames: [],
          existingUsersChange:
            'Every user who is not assigned (directly or as a direct group member) is soft-deleted in the target.',
          notes: [`Only the ${scope.size} assigned users stay in scope; the number leaving is not counted.`],
        };
  }

  const assignments = await gateway.listAssignments(sp);
  const principal = change.principal;
  const assigned = assignments.find((a) => a.principalId === principal.id);
  const scope = await assignedScope(gateway, assignments);
  const counted = principal.type === 'Group' ? await countedGroupMembers(gateway, principal.id) : undefined;
  const members = counted ? counted.members : [{ id: principal.id, displayName: principal.displayName }];
  const groupSize = counted?.complete ? counted.members.length : undefined;
  const moot = allUsers
    ? [
        'The configuration syncs all users, so assignments do not change who is in scope ' +
          'until it is switched to assigned users only.',
      ]
    : [];

  if (change.kind === 'addPrincipal') {
    if (assigned) return none(`${principal.displayName} is already assigned to ${config.displayName}.`);
    const entering = allUsers ? 0 : members.filter((m) => !scope.has(m.id)).length;
    return {
      entering,
      groupSize,
      leaving: 0,
      leavingNames: [],
      existingUsersChange: NO_EXISTING_CHANGE,
      notes: [...moot, ...groupNote(principal.type, members.length, counted?.complete ?? true)],
    };
  }
  if (!assigned) return none(`${principal.displayName} is not assigned to ${config.displayName}.`);
  // Leaving: in scope only through this assignment.
  const leaving = allUsers
    ? []
    : members.filter((m) => {
        const via = scope.get(m.id)?.via;
        return via !== undefined && via.size === 1 && via.has(principal.id);
      });
  return {
    entering: 0,
    leaving: leaving.length,
    leavingNames: leaving.slice(0, NAMES_SHOWN).map((m) => m.displayName),
    existingUsersChange:
      leaving.length > 0
        ? 'Users leaving scope are soft-deleted in the target on the next cycle (restorable for 30 days).'
        : NO_EXISTING_CHANGE,
    notes: [...moot, ...groupNote(principal.type, members.length, counted?.complete ?? true)],
  };
}

function settingImpact(change: Extract<Change, { kind: 'setSetting' }>): Impact {
  const after = changedSettings(change.before, change.setting);
  const threshold = (s: SyncSettings) =>
    s.deleteThresholdEnabled ? `on, ${s.deleteThresholdValue ?? 'default'} deletions per cycle` : 'off';
  const email = (s: SyncSettings) => (s.notificationsEnabled ? `on, to ${s.notificationEmail ?? 'nobody yet'}` : 'off');
  return {
    entering: 0,
    leaving: 0,
    leavingNames: [],
    existingUsersChange: NO_EXISTING_CHANGE,
    notes: [
      `Accidental-deletion prevention before: ${threshold(change.before)}; after: ${threshold(after)}.`,
      `Failure e-mail before: ${email(change.before)}; after: ${email(after)}.`,
    ],
  };
}

function allowDeletesImpact(change: Extract<Change, { kind: 'allowDeletes' }>): Impact {
  return {
    entering: 0,
    leaving: change.heldBack,
    leavingNames: change.names.slice(0, NAMES_SHOWN),
    existingUsersChange:
      'The job restarts with ForceDeletes: the next cycle carries out every held-back deletion ' +
      '(soft deletes, restorable for 30 days).',
    notes: [],
  };
}

async function userTypeImpact(
  gateway: ImpactGateway,
  config: SyncConfiguration,
  change: Extract<Change, { kind: 'setUserType' }>,
): Promise<Impact> {
  const mappings = config.job ? await gateway.getMappings(config.servicePrincipalId, config.job.id) : undefined;
  const current = mappings?.attributeMappings.find((m) => m.targetAttributeName === 'userType');
  const flowType = change.applyToExisting ? 'Always' : (current?.flowType ?? 'ObjectAddOnly');
  if (
    current &&
    current.sourceType === 'Constant' &&
    current.source === change.userType &&
    current.flowType === flowType
  ) {
    const existing = flowType === 'Always' ? ', and existing users are updated' : '';
    return none(`New users are already created as ${change.userType}${existing}.`);
  }
  const scope = await assignedScope(gateway, await gateway.listAssignments(config.servicePrincipalId));
  return {
    entering: 0,
    leaving: 0,
    leavingNames: [],
    existingUsersChange:
      flowType === 'Always'
        ? `Every user in scope (${scope.size} assigned) becomes ${change.userType} in the target on the next cycle.`
        : `Only users created from now on become ${change.userType}; ` +
          'existing users keep their user type (the mapping applies only on creation).',
    notes: ['Saving a mapping restarts the job and resynchronizes everyone in scope.'],
  };
}

function scopeWords(mode: 'allUsers' | 'assignedOnly'): string {
  return mode === 'allUsers' ? 'all users' : 'only assigned users and groups';
}

function none(note: string): Impact {
  return { entering: 0, leaving: 0, leavingNames: [], existingUsersChange: NO_EXISTING_CHANGE, notes: [note] };
}

function groupNote(type: string, members: number, complete: boolean): string[] {
  if (type !== 'Group') return [];
  if (!complete) return [`The group has more than ${members} direct members; nested groups are not synchronized.`];
  return [`The group has ${members} direct member${members === 1 ? '' : 's'}; nested groups are not synchronized.`];
}
