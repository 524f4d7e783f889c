import { ACTIVITY } from '../audit/activities';
import { recordSyncAudit } from '../audit/syncAudit';
import { secretChanges } from '../audit/secretChanges';
import { badRequest } from '../http/errors';
import { PERMS } from '../http/permissions';
import type { Route } from '../http/types';
import type { SecretPair } from '../store/types';
import { MASKED_KEYS, mirrorThreshold, SECRET_KEYS } from '../sync/secrets';
import { findServicePrincipal, ownsServicePrincipal } from './applications';
import { SP, syncOf } from './syncCommon';

export const syncSecretRoutes: Route[] = [
  {
    method: 'GET',
    template: `${SP}/secrets`,
    perms: PERMS.syncRead,
    owned: ownsServicePrincipal,
    handler: (ctx) => {
      const sp = findServicePrincipal(ctx);
      const value = syncOf(sp).secrets.map((s) => ({ key: s.key, value: MASKED_KEYS.has(s.key) ? '*' : s.value }));
      return {
        status: 200,
        body: {
          '@odata.context': `${ctx.baseUrl}/$metadata#servicePrincipals('${sp.data.id}')/synchronization/secrets`,
          value,
        },
      };
    },
  },
  {
    method: 'PUT',
    template: `${SP}/secrets`,
    perms: PERMS.syncWrite,
    owned: ownsServicePrincipal,
    handler: (ctx) => {
      const sp = findServicePrincipal(ctx);
      const value = (ctx.req.body as { value?: unknown } | undefined)?.value;
      if (!Array.isArray(value))
        throw badRequest('The request body must be {"value": [{"key": ..., "value": ...}]}.', 'BadRequest');
      const secrets: SecretPair[] = [];
      for (const item of value as { key?: unknown; value?: unknown }[]) {
        if (!item || typeof item.key !== 'string' || !SECRET_KEYS.includes(item.key)) {
          throw badRequest(
            `Cannot convert the literal '${String(item?.key)}' to the expected type ` +
              `'microsoft.graph.synchronizationSecret'.`,
            'BadRequest',
          );
        }
        if (item.value !== null && typeof item.value !== 'string') {
          throw badRequest(`The value of secret '${item.key}' must be a string.`, 'BadRequest');
        }
        secrets.push({ key: item.key, value: (item.value as string | null) ?? '' });
      }
      const sync = syncOf(sp);
      const before = sync.secrets;
      // PUT replaces every secret: there is no PATCH.
      sync.secrets = secrets;
      for (const job of sync.jobs.values()) {
        mirrorThreshold(job, secrets);
        // Scope may have changed (SyncAll): look at everyone on the next cycle.
        job.engine.fullCycleDue = true;
      }
      recordSyncAudit(ctx, ACTIVITY.updateSecrets, sp, undefined, secretChanges(before, secrets));
      return { status: 204 };
    },
  },
];
