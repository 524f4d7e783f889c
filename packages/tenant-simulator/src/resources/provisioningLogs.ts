import { badRequest } from '../http/errors';
import { PERMS } from '../http/permissions';
import type { Route } from '../http/types';
import type { Expr } from '../odata/filterAst';
import { type Order, parsedFilter, queryCollection } from '../odata/query';
import { checkLogFilter } from '../strict/logFilterRule';
import type { LogEntry, ProvisioningLogStore } from '../store/logStore';

const FILTERABLE = [
  'id',
  'activitydatetime',
  'tenantid',
  'jobid',
  'changeid',
  'cycleid',
  'provisioningaction',
  'provisioningstatusinfo/status',
  'provisioningstatusinfo/errorinformation/errorcode',
  'sourcesystem/displayname',
  'targetsystem/displayname',
  'sourceidentity/identitytype',
  'targetidentity/identitytype',
  'sourceidentity/id',
  'targetidentity/id',
  'sourceidentity/displayname',
  'targetidentity/displayname',
  'serviceprincipal/id',
  'serviceprincipal/displayname',
  'initiatedby/displayname',
  'initiatedby/initiatortype',
  'durationinmilliseconds',
];

/** The activityDateTime bounds of a filter's top-level "and" conjuncts, so a time window is a binary search. */
export function timeWindow(expr: Expr | undefined): { from: number; to: number } {
  const w = { from: -Infinity, to: Infinity };
  const visit = (e: Expr): void => {
    if (e.kind !== 'binary') return;
    if (e.op === 'and') {
      visit(e.left);
      visit(e.right);
      return;
    }
    if (
      e.left.kind !== 'prop' ||
      e.left.path.join('/').toLowerCase() !== 'activitydatetime' ||
      e.right.kind !== 'literal'
    )
      return;
    const t = Date.parse(String(e.right.value));
    if (Number.isNaN(t)) return;
    // Whole-second bounds widened by a second: the full filter runs afterwards and decides exactly.
    if (e.op === 'gt' || e.op === 'ge') w.from = Math.max(w.from, t - 1000);
    if (e.op === 'lt' || e.op === 'le') w.to = Math.min(w.to, t + 1000);
    if (e.op === 'eq') {
      w.from = Math.max(w.from, t - 1000);
      w.to = Math.min(w.to, t + 1000);
    }
  };
  if (expr) visit(expr);
  return w;
}

function* ordered(store: ProvisioningLogStore, filter: Expr | undefined, order: Order): Iterable<LogEntry> {
  if (order.length > 1 || (order.length === 1 && order[0].path.join('/').toLowerCase() !== 'activitydatetime')) {
    throw badRequest(`Sorting is supported on activityDateTime only.`, 'BadRequest');
  }
  const { from, to } = timeWindow(filter);
  const slice = store.range(from, to);
  const desc = order.length === 0 || order[0].desc;
  if (desc) for (let i = slice.length - 1; i >= 0; i--) yield slice[i];
  else yield* slice;
}

/** GET /auditLogs/provisioning: newest first by default; filters are case sensitive. */
export const provisioningLogRoutes: Route[] = [
  {
    method: 'GET',
    template: '/auditLogs/provisioning',
    perms: PERMS.auditLogs,
    handler: (ctx) => {
      checkLogFilter(parsedFilter(ctx));
      return queryCollection<LogEntry>(ctx, {
        resource: 'ProvisioningObjectSummary',
        context: 'auditLogs/provisioning',
        source: (filter, order) => ordered(ctx.tenant.provisioningLogs, filter, order),
        sortsItself: true,
        view: (e) => e,
        directory: false,
        filterable: FILTERABLE,
        orderable: ['activitydatetime'],
        defaultTop: 50,
        maxTop: 1000,
      });
    },
  },
];
