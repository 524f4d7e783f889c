import { newGuid } from '../store/ids';
import type { UserRecord } from '../store/types';
import { externalUser } from '../store/users';
import {
  ambiguousUser,
  type ErrorInfo,
  exchangeOwned,
  guestInvitationsBlocked,
  policyFailure,
  skipped,
} from './errors';
import { asText, type Change, diff, mappedValues } from './mappings';
import { findMatch, proxyCollision } from './matching';
import { evaluateScope, type SkipReason } from './scope';
import { importDetails } from './sourceAttributes';
import type { Action, Decision, JobContext, Result, Step } from './types';

const SOURCE = 'Azure Active Directory';
const TARGET = 'Azure Active Directory (target tenant)';
const SKIP_CODES: Record<SkipReason, string> = {
  NotActive: 'SourceObjectDeleted',
  NotInternalMember: 'ExternalUserNotSupported',
  NotAssigned: 'NotEffectivelyEntitled',
  ScopingFilter: 'OutOfScope',
};

/**
 * The provisioning service's decision for one source user in one configuration: import, scoping, matching and the
 * action (create, update, disable, delete, skip, or a failure as the real service reports it). Nothing changes until
 * apply().
 */
export function decide(ctx: JobContext, user: UserRecord, mode: 'cycle' | 'onDemand'): Decision {
  const upn = user.data.userPrincipalName;
  const linked = ctx.job.engine.linked.has(user.data.id);
  const steps: Step[] = [
    {
      name: mode === 'onDemand' ? 'EntryImport' : linked ? 'EntryImportUpdate' : 'EntryImportAdd',
      type: 'import',
      status: 'success',
      description:
        mode === 'onDemand'
          ? `Retrieved User '${upn}' from ${SOURCE}`
          : `Received User '${upn}' change of type (${linked ? 'Update' : 'Add'}) from ${SOURCE}`,
      details: importDetails(user),
    },
  ];
  const scope = evaluateScope(ctx.source, ctx.sp, ctx.mapping, user);
  steps.push({
    name: 'EntrySynchronizationScoping',
    type: 'scoping',
    status: scope.inScope ? 'success' : 'skipped',
    description: 'Determine if User in scope by evaluating against each scoping filter',
    details: scope.details,
  });
  const target = ctx.target;
  const match = target ? findMatch(target, ctx.targetIndex!, ctx.source, user, ctx.job) : undefined;
  const make = (
    action: Action,
    status: Result,
    error: ErrorInfo | null,
    modified: Change[],
    apply: () => void,
    targetUserId = match?.data.id ?? null,
    deleteLike = false,
  ): Decision => ({
    user,
    action,
    status,
    steps,
    modified,
    error,
    targetUserId,
    deleteLike,
    apply,
    signature: `${action}|${status}|${error?.errorCode ?? ''}|${error?.additionalDetails ?? ''}`,
  });
  const link = (id: string): void => void ctx.job.engine.linked.set(user.data.id, id);

  if (!scope.inScope) {
    if (match && linked && target && !match.meta.softDeleted) {
      steps.push({
        name: 'EntrySynchronizationDelete',
        type: 'matching',
        status: 'success',
        description: `User '${upn}' will be deleted from ${TARGET} (User is no longer in scope: ${scope.explanation})`,
        details: {},
      });
      steps.push({
        name: 'EntryExportDelete',
        type: 'export',
        status: 'success',
        description: `User '${upn}' was deleted from ${TARGET}`,
        details: { ReportableIdentifier: upn },
      });
      return make(
        'delete',
        'success',
        null,
        [{ displayName: 'IsSoftDeleted', oldValue: 'False', newValue: 'True' }],
        () => {
          match.meta.softDeleted = true;
          match.meta.deletedDateTime = new Date().toISOString();
          ctx.job.engine.linked.delete(user.data.id);
          ctx.job.engine.stagedDeletes.delete(user.data.id);
        },
        match.data.id,
        true,
      );
    }
    const code = SKIP_CODES[scope.reason!];
    steps.push({
      name: 'EntrySynchronizationSkipped',
      type: 'scoping',
      status: 'skipped',
      description: `The User '${upn}' will be skipped. ${capitalize(scope.explanation!)}.`,
      details: { SkipReason: code },
    });
    return make('other', 'skipped', skipped(upn, code, scope.explanation!), [], () => undefined, null);
  }

  const values = target ? mappedValues(ctx.mapping, user, target.defaultDomainName) : [];
  const failure = (action: Action, error: ErrorInfo): Decision => {
    const verb = action === 'create' ? 'create' : 'update';
    steps.push({
      name: action === 'create' ? 'EntryExportAdd' : 'EntryExportUpdate',
      type: 'export',
      status: 'failure',
      description: `Failed to ${verb} User '${upn}' in ${TARGET}`,
      details: { ReportableIdentifier: upn, ErrorCode: error.errorCode },
    });
    return make(action, 'failure', error, [], () => undefined);
  };
  const willCreate = (): void =>
    void steps.push({
      name: 'EntrySynchronizationAdd',
      type: 'matching',
      status: 'success',
      description:
        `User '${upn}' will be created in ${TARGET} (User is active and assigned in ${SOURCE}, ` +
        `but no matching User was found in ${TARGET})`,
      details: {},
    });
  const willUpdate = (): void =>
    void steps.push({
      name: 'EntrySynchronizationUpdate',
      type: 'matching',
      status: 'success',
      description:
        `User '${upn}' will be updated in ${TARGET} (User is active and assigned in ${SOURCE}, ` +
        `and a matching User was found in ${TARGET})`,
      details: {
        MatchedBy: 'alternativeSecurityIds',
        TargetUserId: match?.data.id ?? '',
        TargetUserType: String(match?.data.userType ?? ''),
      },
    });

  if (ctx.policy || !target) {
    (match ? willUpdate : willCreate)();
    return failure(
      match ? 'update' : 'create',
      policyFailure(
        ctx.policy ?? {
          side: 'target',
          setting: 'targetTenant',
          message: `The target tenant '${ctx.targetTenantId ?? ''}' could not be found.`,
        },
      ),
    );
  }

  if (!match) {
    willCreate();
    if (!target.guestInvitationsAllowed) return failure('create', guestInvitationsBlocked());
    const collision = proxyCollision(ctx.targetIndex!, user);
    if (collision) return failure('create', ambiguousUser(collision.data.userPrincipalName));
    const id = newGuid();
    const created: Record<string, unknown> = {};
    for (const v of values) created[v.attribute] = v.value;
    const userType = (created.userType as string | undefined) ?? 'Member';
    steps.push({
      name: 'EntryExportAdd',
      type: 'export',
      status: 'success',
      description: `User '${upn}' was created in ${TARGET}`,
      details: { ReportableIdentifier: upn, userType },
    });
    const modified = values
      .filter((v) => v.value !== null && v.value !== undefined)
      .map((v) => ({ displayName: v.attribute, oldValue: null, newValue: asText(v.value) }));
    return make(
      'create',
      'success',
      null,
      modified,
      () => {
        const now = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
        const record = externalUser(target, ctx.source, user, {
          id,
          userType: userType === 'Guest' ? 'Guest' : 'Member',
          createdDateTime: now,
        });
        Object.assign(record.data, created, { creationType: null });
        target.users.add(record);
        ctx.targetIndex?.added(record);
        link(id);
      },
      id,
    );
  }

  if (match.meta.softDeleted) {
    const why =
      'the matching user in the target tenant is soft-deleted, and cross-tenant synchronization does not restore it';
    steps.push({
      name: 'EntrySynchronizationSkipped',
      type: 'matching',
      status: 'skipped',
      description: `The User '${upn}' will be skipped. ${capitalize(why)}.`,
      details: { SkipReason: 'TargetObjectSoftDeleted' },
    });
    return make('other', 'skipped', skipped(upn, 'TargetObjectSoftDeleted', why), [], () => undefined);
  }
  const changes = diff(values, match);
  if (changes.length === 0) {
    steps.push({
      name: 'EntryImport',
      type: 'matching',
      status: 'success',
      description: `Retrieved User '${upn}' from ${TARGET}`,
      details: {
        id: match.data.id,
        userType: String(match.data.userType),
        userPrincipalName: match.data.userPrincipalName,
      },
    });
    steps.push({
      name: 'EntrySynchronizationSkip',
      type: 'export',
      status: 'skipped',
      description:
        `The state of the user in both the source and target systems already match. No change to ` +
        `the User '${upn}' currently needs to be made.`,
      details: { SkipReason: 'RedundantExport' },
    });
    return make('other', 'skipped', null, [], () => link(match.data.id));
  }
  willUpdate();
  const blocked = changes.filter((c) => match.meta.exchangeMastered?.includes(c.displayName)).map((c) => c.displayName);
  if (blocked.length > 0) return failure('update', exchangeOwned(blocked));
  const disabling = changes.some((c) => c.displayName === 'accountEnabled' && c.newValue === 'False');
  steps.push({
    name: 'EntryExportUpdate',
    type: 'export',
    status: 'success',
    description: `User '${upn}' was ${disabling ? 'disabled' : 'updated'} in ${TARGET}`,
    details: { ReportableIdentifier: upn, userType: String(match.data.userType) },
  });
  return make(
    disabling ? 'disable' : 'update',
    'success',
    null,
    changes,
    () => {
      const patch: Record<string, unknown> = {};
      for (const c of changes) patch[c.displayName] = values.find((v) => v.attribute === c.displayName)?.value ?? null;
      target.users.update(match, patch);
      link(match.data.id);
    },
    match.data.id,
    disabling,
  );
}

/** A delete held back by the accidental-deletion threshold. */
export function stage(d: Decision, threshold: number, ctx: JobContext): Decision {
  const upn = d.user.data.userPrincipalName;
  const steps = d.steps.slice(0, -1);
  steps.push({
    name: 'EntryExportStagedDelete',
    type: 'export',
    status: 'skipped',
    description:
      `The ${d.action === 'disable' ? 'disable' : 'delete'} of User '${upn}' in ${TARGET} was ` +
      `held back: the deletions in this cycle reached the accidental deletion threshold (${threshold}). ` +
      `Allow them with a restart using ForceDeletes, or fix the scope.`,
    details: { ReportableIdentifier: upn, DeleteThreshold: String(threshold) },
  });
  return {
    ...d,
    action: 'stagedDelete',
    status: 'skipped',
    steps,
    signature: `stagedDelete|skipped`,
    apply: () => void ctx.job.engine.stagedDeletes.add(d.user.data.id),
  };
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
