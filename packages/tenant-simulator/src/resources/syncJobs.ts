import { ACTIVITY } from '../audit/activities';
import { recordSyncAudit } from '../audit/syncAudit';
import { notYetVisible, replicatedAt } from '../strict/replication';
import { badRequest } from '../http/errors';
import { PERMS } from '../http/permissions';
import type { Ctx, Route } from '../http/types';
import { queryCollection } from '../odata/query';
import { CTS_TEMPLATE_ID } from '../store/applications';
import { jobId as makeJobId } from '../store/ids';
import type { JobRecord, Json } from '../store/types';
import { azure2AzureSchema } from '../sync/azure2azureSchema';
import { jobView, newJob } from '../sync/jobs';
import { findServicePrincipal, ownsServicePrincipal } from './applications';
import { findJob, jobsContext, SP, syncOf } from './syncCommon';

function templates(ctx: Ctx): Json[] {
  const sp = findServicePrincipal(ctx);
  if (sp.data.applicationTemplateId !== CTS_TEMPLATE_ID) return [];
  return [
    {
      id: 'Azure2Azure',
      applicationId: sp.data.appId,
      default: true,
      description: 'Cross-tenant synchronization from this tenant (Azure Active Directory) to a target tenant',
      discoverable: true,
      factoryTag: 'Azure2Azure',
      metadata: [
        { key: 'galleryApplicationIdentifier', value: 'aad2aadsync' },
        { key: 'galleryApplicationKey', value: 'aad2aadsync' },
      ],
    },
  ];
}

export const syncJobRoutes: Route[] = [
  {
    method: 'GET',
    template: `${SP}/templates`,
    perms: PERMS.syncRead,
    owned: ownsServicePrincipal,
    handler: (ctx) => ({
      status: 200,
      body: {
        '@odata.context': `${ctx.baseUrl}/$metadata#servicePrincipals('${ctx.params.id}')/synchronization/templates`,
        value: templates(ctx),
      },
    }),
  },
  {
    method: 'GET',
    template: `${SP}/templates/{templateId}/schema`,
    perms: PERMS.syncRead,
    owned: ownsServicePrincipal,
    handler: (ctx) => {
      const t = templates(ctx).find((x) => x.id === ctx.params.templateId);
      if (!t) throw badRequest(`The template '${ctx.params.templateId}' was not found.`, 'BadRequest');
      return {
        status: 200,
        body: {
          '@odata.context':
            `${ctx.baseUrl}/$metadata#servicePrincipals('${ctx.params.id}')` +
            `/synchronization/templates('${t.id}')/schema/$entity`,
          ...azure2AzureSchema(String(t.id)),
        },
      };
    },
  },
  {
    method: 'GET',
    template: `${SP}/jobs`,
    perms: PERMS.syncRead,
    owned: ownsServicePrincipal,
    handler: (ctx) => {
      const sp = findServicePrincipal(ctx);
      return queryCollection<JobRecord>(ctx, {
        resource: 'SynchronizationJob',
        context: `servicePrincipals('${sp.data.id}')/synchronization/jobs`,
        source: () => [...(sp.synchronization?.jobs.values() ?? [])].filter((j) => !notYetVisible(j)),
        view: jobView,
        directory: false,
        defaultTop: 100,
        maxTop: 999,
      });
    },
  },
  {
    method: 'POST',
    template: `${SP}/jobs`,
    perms: PERMS.syncWrite,
    owned: ownsServicePrincipal,
    handler: (ctx) => {
      const sp = findServicePrincipal(ctx);
      const templateId = (ctx.req.body as { templateId?: unknown } | undefined)?.templateId;
      if (typeof templateId !== 'string' || templateId === '')
        throw badRequest('The templateId property is required.', 'BadRequest');
      if (!templates(ctx).some((t) => t.id === templateId))
        throw badRequest(`The template '${templateId}' was not found.`, 'BadRequest');
      const job = newJob(makeJobId(templateId), templateId);
      job.visibleAfter = replicatedAt(ctx.strict.replicationDelayMs);
      syncOf(sp).jobs.set(job.id, job);
      recordSyncAudit(ctx, ACTIVITY.addJob, sp, job);
      return { status: 201, body: { '@odata.context': `${jobsContext(ctx, sp.data.id)}/$entity`, ...jobView(job) } };
    },
  },
  {
    method: 'GET',
    template: `${SP}/jobs/{jobId}`,
    perms: PERMS.syncRead,
    owned: ownsServicePrincipal,
    handler: (ctx) => {
      const { sp, job } = findJob(ctx);
      return { status: 200, body: { '@odata.context': `${jobsContext(ctx, sp.data.id)}/$entity`, ...jobView(job) } };
    },
  },
  {
    method: 'DELETE',
    template: `${SP}/jobs/{jobId}`,
    perms: PERMS.syncWrite,
    owned: ownsServicePrincipal,
    handler: (ctx) => {
      const { sp, job } = findJob(ctx);
      sp.synchronization!.jobs.delete(job.id);
      recordSyncAudit(ctx, ACTIVITY.deleteJob, sp, job);
      return { status: 204 };
    },
  },
];
