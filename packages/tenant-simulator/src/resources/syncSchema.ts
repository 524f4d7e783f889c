import { ACTIVITY } from '../audit/activities';
import { schemaChanges } from '../audit/schemaChanges';
import { recordSyncAudit } from '../audit/syncAudit';
import { badRequest, GraphError } from '../http/errors';
import { PERMS } from '../http/permissions';
import type { Route } from '../http/types';
import type { Json } from '../store/types';
import { MATCHING_EXPRESSION, USER_RULE_NAME } from '../sync/azure2azureSchema';
import { ownsServicePrincipal } from './applications';
import { findJob, jobsContext, SP } from './syncCommon';

const schemaInvalid = (message: string): GraphError => new GraphError(400, 'schemaInvalid', message);

/** The matching attribute of CTS cannot change: exactly alternativeSecurityIds <- AltSecIdFromNetId([netId]). */
function checkSchema(schema: Json): void {
  const rules = schema.synchronizationRules;
  if (!Array.isArray(rules)) throw badRequest("The schema must contain 'synchronizationRules'.", 'BadRequest');
  const rule = (rules as Json[]).find((r) => r.name === USER_RULE_NAME);
  if (!rule) throw schemaInvalid(`The synchronization rule '${USER_RULE_NAME}' cannot be removed.`);
  const userMapping = ((rule.objectMappings as Json[] | undefined) ?? []).find((m) => m.sourceObjectName === 'User');
  if (!userMapping) throw schemaInvalid('The user object mapping cannot be removed.');
  const matching = ((userMapping.attributeMappings as Json[] | undefined) ?? []).filter(
    (a) => Number(a.matchingPriority ?? 0) > 0,
  );
  const ok =
    matching.length === 1 &&
    matching[0].targetAttributeName === 'alternativeSecurityIds' &&
    ((matching[0].source as Json | null)?.expression as string | undefined)?.replace(/\s/g, '') === MATCHING_EXPRESSION;
  if (!ok) {
    throw schemaInvalid(
      'The matching attribute cannot be changed. Matching for cross-tenant synchronization uses ' +
        'alternativeSecurityIds (AltSecIdFromNetId([netId])) only; changing it or adding matching ' +
        'attributes is not supported.',
    );
  }
}

export const syncSchemaRoutes: Route[] = [
  {
    method: 'GET',
    template: `${SP}/jobs/{jobId}/schema`,
    perms: PERMS.syncRead,
    owned: ownsServicePrincipal,
    handler: (ctx) => {
      const { sp, job } = findJob(ctx);
      return {
        status: 200,
        body: { '@odata.context': `${jobsContext(ctx, sp.data.id)}('${job.id}')/schema/$entity`, ...job.schema },
      };
    },
  },
  {
    method: 'PUT',
    template: `${SP}/jobs/{jobId}/schema`,
    perms: PERMS.syncWrite,
    owned: ownsServicePrincipal,
    handler: (ctx) => {
      const { sp, job } = findJob(ctx);
      const body = ctx.req.body as Json | undefined;
      if (!body || typeof body !== 'object') throw badRequest('A schema is required.', 'BadRequest');
      checkSchema(body);
      const { ['@odata.context']: _ignored, ...schema } = body;
      const before = job.schema;
      // The whole schema is replaced; a mapping change re-evaluates everyone on the next cycle.
      job.schema = { ...schema, id: job.id, directories: schema.directories ?? job.schema.directories };
      job.engine.fullCycleDue = true;
      recordSyncAudit(ctx, ACTIVITY.updateSchema, sp, job, schemaChanges(before, job.schema));
      return { status: 204 };
    },
  },
];
