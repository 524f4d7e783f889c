import { FILTER_EXTERNAL_USERS } from '../sync/azure2azureSchema';
import { secret } from '../sync/secrets';
import type { Tenant } from '../store/tenant';
import type { Json, ServicePrincipalRecord, UserRecord } from '../store/types';
import { sourceAttribute } from './sourceAttributes';

export type SkipReason = 'NotActive' | 'NotAssigned' | 'NotInternalMember' | 'ScopingFilter';

export interface ScopeResult {
  inScope: boolean;
  reason?: SkipReason;
  /** Why, in the words an admin would read. */
  explanation?: string;
  /** The scoping step's details (strings), as in the logs. */
  details: Record<string, string>;
}

interface FilterGroup {
  name?: string;
  clauses?: { operatorName?: string; sourceOperandName?: string; targetOperand?: { values?: string[] } }[];
}

/** Is the user assigned directly, or a direct member of an assigned group (nested groups do not cascade)? */
export function isAssigned(tenant: Tenant, sp: ServicePrincipalRecord, userId: string): boolean {
  for (const a of sp.assignments.values()) {
    if (a.principalId === userId) return true;
    if (a.principalType === 'Group' && tenant.groups.get(a.principalId)?.members.has(userId)) return true;
  }
  return false;
}

export function syncAll(sp: ServicePrincipalRecord): boolean {
  return (secret(sp.synchronization?.secrets ?? [], 'SyncAll') ?? 'false').toLowerCase() === 'true';
}

/** Evaluates one clause; scoping filters return false for null / empty values (Entra docs). */
function clauseHolds(user: UserRecord, c: NonNullable<FilterGroup['clauses']>[number]): boolean {
  const raw = sourceAttribute(user, c.sourceOperandName ?? '');
  const v = raw === null ? '' : String(raw);
  const target = c.targetOperand?.values ?? [];
  const t0 = target[0] ?? '';
  const op = (c.operatorName ?? '').toUpperCase().replace(/_/g, ' ');
  switch (op) {
    case 'IS NULL':
      return v === '';
    case 'IS NOT NULL':
      return v !== '';
    case 'IS TRUE':
      return v.toLowerCase() === 'true';
    case 'IS FALSE':
      return v.toLowerCase() === 'false';
  }
  if (v === '') return false;
  switch (op) {
    case 'EQUALS':
      return target.some((x) => x === v);
    case 'NOT EQUALS':
      return !target.some((x) => x === v);
    case 'ENDS WITH':
      return v.endsWith(t0);
    case 'INCLUDES':
      return v.includes(t0);
    case 'GREATER THAN':
      return Number(v) > Number(t0);
    case 'GREATER THAN OR EQUALS':
      return Number(v) >= Number(t0);
    case 'REGEX MATCH':
      return safeRegex(t0)?.test(v) ?? false;
    case 'NOT REGEX MATCH':
      return !(safeRegex(t0)?.test(v) ?? false);
    case '&':
      return (Number(v) & Number(t0)) !== 0;
    case '!&':
      return (Number(v) & Number(t0)) === 0;
    default:
      return false;
  }
}

function safeRegex(p: string): RegExp | undefined {
  try {
    return new RegExp(p);
  } catch {
    return undefined;
  }
}

/** Each group is an AND of clauses; a set of groups is an OR; an empty set passes. */
function evaluateGroups(user: UserRecord, groups: FilterGroup[], results: Record<string, boolean>): boolean {
  if (groups.length === 0) return true;
  let any = false;
  for (const g of groups) {
    let all = true;
    for (const c of g.clauses ?? []) {
      const ok = clauseHolds(user, c);
      results[
        `${g.name ?? ''}.${c.sourceOperandName} ${c.operatorName} '${(c.targetOperand?.values ?? []).join(',')}'`
      ] = ok;
      all = all && ok;
    }
    any = any || all;
  }
  return any;
}

/** Scope of one source user for a configuration: active, internal member, assigned (or sync all), scoping filters. */
export function evaluateScope(
  tenant: Tenant,
  sp: ServicePrincipalRecord,
  userMapping: Json | undefined,
  user: UserRecord,
): ScopeResult {
  const active = !user.meta.softDeleted;
  const internal = user.data.userType === 'Member' && !user.data.userPrincipalName.includes('#EXT#');
  const assigned = syncAll(sp) || isAssigned(tenant, sp, user.data.id);
  const scope = (userMapping?.scope ?? null) as { groups?: FilterGroup[]; inputFilterGroups?: FilterGroup[] } | null;
  const results: Record<string, boolean> = {};
  const systemOk = evaluateGroups(user, scope?.inputFilterGroups ?? (scope ? [] : [FILTER_EXTERNAL_USERS]), results);
  const adminOk = evaluateGroups(user, scope?.groups ?? [], results);
  const filtersOk = systemOk && adminOk;
  const details: Record<string, string> = {
    'Active in the source system': tf(active),
    'Assigned to the application': tf(assigned),
    'User has the required role': tf(assigned),
    'Scoping filter evaluation passed': tf(filtersOk),
    ScopeEvaluationResult: JSON.stringify(results),
  };
  if (!active)
    return { inScope: false, reason: 'NotActive', explanation: 'the user is deleted in the source tenant', details };
  if (!internal) {
    return {
      inScope: false,
      reason: 'NotInternalMember',
      explanation:
        `the user is not an internal member of the source tenant (userType ` +
        `${String(user.data.userType)}); cross-tenant synchronization only synchronizes internal members`,
      details,
    };
  }
  if (!assigned) {
    return {
      inScope: false,
      reason: 'NotAssigned',
      explanation:
        'the user is neither assigned to the configuration nor a direct member of an assigned group (nested ' +
        'groups do not count)',
      details,
    };
  }
  if (!filtersOk) {
    const failed = Object.entries(results)
      .filter(([, ok]) => !ok)
      .map(([k]) => k);
    return {
      inScope: false,
      reason: 'ScopingFilter',
      explanation: `the user does not pass the scoping filter: ${failed.join('; ')}`,
      details,
    };
  }
  return { inScope: true, details };
}

const tf = (b: boolean): string => (b ? 'True' : 'False');
