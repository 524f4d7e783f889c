import { PERMS } from '../http/permissions';
import type { Route } from '../http/types';
import { parsedFilter, queryCollection } from '../odata/query';
import { checkLogFilter } from '../strict/logFilterRule';
import type { LogEntry } from '../store/logStore';
import { timeOrdered } from './timeOrdered';

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
        source: (filter, order) => timeOrdered(ctx.tenant.provisioningLogs, filter, order),
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
