import { badRequest } from '../http/errors';
import type { Expr } from '../odata/filterAst';

/**
 * directoryAudit documents $filter per property (learn.microsoft.com/graph/api/resources/directoryaudit and the
 * "Attributes supported by $filter parameter" table of learn.microsoft.com/graph/api/directoryaudit-list):
 * activityDateTime eq/ge/le; activityDisplayName eq/startswith; id, correlationId, loggedByService eq;
 * initiatedBy user/id, user/displayName, app/appId, app/displayName eq and user/userPrincipalName eq/startswith;
 * targetResources/any(t: t/id eq …), any(t: t/displayName eq …), any(t: startswith(t/displayName, …)).
 * Clauses join with and. Anything else (category, result, operationType, gt, lt, ne, or, not, in, contains) is
 * documented nowhere for these logs: 400, the stricter reading.
 */
const COMPARABLE: Record<string, string[]> = {
  activitydatetime: ['eq', 'ge', 'le'],
  activitydisplayname: ['eq'],
  id: ['eq'],
  correlationid: ['eq'],
  loggedbyservice: ['eq'],
  'initiatedby/user/id': ['eq'],
  'initiatedby/user/displayname': ['eq'],
  'initiatedby/user/userprincipalname': ['eq'],
  'initiatedby/app/appid': ['eq'],
  'initiatedby/app/displayname': ['eq'],
};
const STARTS_WITH = new Set(['activitydisplayname', 'initiatedby/user/userprincipalname']);
const TARGET_COMPARABLE = new Set(['id', 'displayname']);

const SUPPORTED =
  'activityDateTime (eq, ge, le), activityDisplayName (eq, startswith), id, correlationId, loggedByService (eq), ' +
  'initiatedBy/user/id, initiatedBy/user/displayName, initiatedBy/app/appId, initiatedBy/app/displayName (eq), ' +
  'initiatedBy/user/userPrincipalName (eq, startswith), targetResources/any(t: t/id eq …), ' +
  'targetResources/any(t: t/displayName eq …), targetResources/any(t: startswith(t/displayName, …)), joined with and';

const pathOf = (e: Expr): string | undefined => (e.kind === 'prop' ? e.path.join('/').toLowerCase() : undefined);

function refuse(what: string): never {
  throw badRequest(
    `Invalid filter clause: ${what} is not supported on directory audits (supported: ${SUPPORTED}).`,
    'BadRequest',
  );
}

function describe(e: Expr): string {
  if (e.kind === 'binary') return `'${pathOf(e.left) ?? '?'} ${e.op}'`;
  if (e.kind === 'call') return `'${e.name}(${e.args.map((a) => pathOf(a) ?? '…').join(', ')})'`;
  if (e.kind === 'lambda') return `'${e.collection.path.join('/')}/${e.op}'`;
  return `'${e.kind}'`;
}

function checkTargetClause(body: Expr | undefined, variable: string | undefined): boolean {
  if (!body || !variable) return false;
  const inner = (e: Expr): string | undefined => {
    if (e.kind !== 'prop' || e.path.length !== 2 || e.path[0] !== variable) return undefined;
    return e.path[1].toLowerCase();
  };
  if (body.kind === 'binary' && body.op === 'eq' && body.right.kind === 'literal')
    return TARGET_COMPARABLE.has(inner(body.left) ?? '');
  if (body.kind === 'call' && body.name.toLowerCase() === 'startswith' && body.args[1]?.kind === 'literal')
    return inner(body.args[0]) === 'displayname';
  return false;
}

function checkClause(e: Expr): void {
  if (e.kind === 'binary' && e.op === 'and') {
    checkClause(e.left);
    checkClause(e.right);
    return;
  }
  if (e.kind === 'binary' && e.right.kind === 'literal') {
    const ops = COMPARABLE[pathOf(e.left) ?? ''];
    if (ops?.includes(e.op)) return;
  }
  if (e.kind === 'call' && e.name.toLowerCase() === 'startswith' && e.args[1]?.kind === 'literal') {
    if (STARTS_WITH.has(pathOf(e.args[0]) ?? '')) return;
  }
  if (
    e.kind === 'lambda' &&
    e.op === 'any' &&
    e.collection.path.join('/').toLowerCase() === 'targetresources' &&
    checkTargetClause(e.body, e.variable)
  )
    return;
  refuse(describe(e));
}

export function checkAuditFilter(filter: Expr | undefined): void {
  if (filter) checkClause(filter);
}
