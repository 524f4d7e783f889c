import { notFound } from '../http/errors';
import { PERMS } from '../http/permissions';
import type { Route } from '../http/types';
import { contextUrl, parsedFilter, parseSelect, project, queryCollection } from '../odata/query';
import { checkAuditFilter } from '../strict/auditFilterRule';
import type { LogEntry } from '../store/logStore';
import { timeOrdered } from './timeOrdered';

const CONTEXT = 'auditLogs/directoryAudits';

/** GET /auditLogs/directoryAudits (newest first unless ordered by activityDateTime asc) and one entry by id. */
export const directoryAuditRoutes: Route[] = [
  {
    method: 'GET',
    template: '/auditLogs/directoryAudits',
    perms: PERMS.auditLogs,
    handler: (ctx) => {
      checkAuditFilter(parsedFilter(ctx));
      return queryCollection<LogEntry>(ctx, {
        resource: 'DirectoryAudit',
        context: CONTEXT,
        source: (filter, order) => timeOrdered(ctx.tenant.directoryAudits, filter, order),
        sortsItself: true,
        view: (e) => e,
        directory: false,
        orderable: ['activitydatetime'],
        defaultTop: 1000,
        maxTop: 1000,
      });
    },
  },
  {
    method: 'GET',
    template: '/auditLogs/directoryAudits/{id}',
    perms: PERMS.auditLogs,
    handler: (ctx) => {
      const entry = ctx.tenant.directoryAudits.all().find((e) => e.id === ctx.params.id);
      if (!entry) throw notFound(ctx.params.id);
      const select = parseSelect(ctx);
      return {
        status: 200,
        body: { '@odata.context': `${contextUrl(ctx, CONTEXT, select)}/$entity`, ...project(entry, select) },
      };
    },
  },
];
