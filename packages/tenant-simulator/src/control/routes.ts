import { seedDirectoryAudits } from './auditSeed';
import { applyLatencySettings } from './latencyControl';
import { configurationByAny, tenantByAny } from './lookup';
import { breakOrRepair, changePolicy, type PolicyChange } from './policyControl';
import { actInPortal, type PortalChange } from './portal';
import { seedConfigurations, seedProvisioningLogs } from './seedControl';
import { applyStrictSettings, setAppRoles } from './strictControl';
import type { ControlReply, ControlRoute } from './types';
import { setUserAccess, ssoToken } from './userAccess';

const ok = (body: unknown = { ok: true }): ControlReply => ({ status: 200, body });
const num = (v: unknown, name: string): number => {
  const n = Number(v);
  if (!Number.isFinite(n)) throw new Error(`${name} must be a number`);
  return n;
};

/** The control API, outside /v1.0 (see the package README). */
export const controlRoutes: ControlRoute[] = [
  { method: 'GET', pattern: /^\/counters$/, handle: (core) => ok(core.counters.snapshot()) },
  { method: 'POST', pattern: /^\/counters\/reset$/, handle: (core) => (core.counters.reset(), ok()) },
  { method: 'DELETE', pattern: /^\/counters$/, handle: (core) => (core.counters.reset(), ok()) },
  { method: 'GET', pattern: /^\/faults$/, handle: (core) => ok({ value: core.faults.list() }) },
  {
    method: 'POST',
    pattern: /^\/faults$/,
    handle: (core, req) => {
      const kind = req.body.kind;
      if (kind !== 'throttle' && kind !== 'delay' && kind !== 'error')
        throw new Error("kind must be 'throttle', 'delay' or 'error'");
      const body = { ...req.body } as Record<string, unknown>;
      if (typeof body.tenant === 'string') body.tenantId = tenantByAny(core, body.tenant).id;
      return { status: 201, body: core.faults.add({ ...(body as object), kind }) };
    },
  },
  { method: 'DELETE', pattern: /^\/faults$/, handle: (core) => (core.faults.clear(), ok()) },
  {
    method: 'DELETE',
    pattern: /^\/faults\/([^/]+)$/,
    handle: (core, _req, [id]) =>
      core.faults.remove(id) ? ok() : { status: 404, body: { error: { code: 'NotFound', message: `no fault ${id}` } } },
  },
  { method: 'GET', pattern: /^\/settings$/, handle: (core) => ok(core.settings) },
  {
    method: 'PATCH',
    pattern: /^\/settings$/,
    handle: (core, req) => {
      const b = req.body;
      if (b.onDemandForm !== undefined) {
        if (b.onDemandForm !== 'A' && b.onDemandForm !== 'B') throw new Error("onDemandForm must be 'A' or 'B'");
        core.settings.onDemandForm = b.onDemandForm;
      }
      if (b.cycleSeconds !== undefined)
        core.settings.cycleSeconds = b.cycleSeconds === null ? undefined : num(b.cycleSeconds, 'cycleSeconds');
      if (b.onDemandLimit !== undefined) core.settings.onDemandLimit = num(b.onDemandLimit, 'onDemandLimit');
      if (b.escrowMinFailures !== undefined)
        core.settings.escrowMinFailures = num(b.escrowMinFailures, 'escrowMinFailures');
      applyLatencySettings(core, b);
      applyStrictSettings(core, b);
      return ok(core.settings);
    },
  },
  {
    method: 'POST',
    pattern: /^\/tenants\/([^/]+)\/policy$/,
    handle: (core, req, [tenant]) => ok(changePolicy(core, decodeURIComponent(tenant), req.body as PolicyChange)),
  },
  {
    method: 'POST',
    pattern: /^\/tenants\/([^/]+)\/(break|repair)$/,
    handle: (core, req, [tenant, verb]) =>
      ok(
        breakOrRepair(
          core,
          decodeURIComponent(tenant),
          String(req.body.what ?? ''),
          req.body.partner as string | undefined,
          verb === 'repair',
        ),
      ),
  },
  {
    method: 'POST',
    pattern: /^\/portal\/([^/]+)$/,
    handle: (core, req, [tenant]) =>
      actInPortal(core, decodeURIComponent(tenant), req.body as Partial<PortalChange>, req.origin),
  },
  {
    method: 'PATCH',
    pattern: /^\/tenants\/([^/]+)\/users\/([^/]+)$/,
    handle: (core, req, [tenant, user]) => {
      const t = tenantByAny(core, decodeURIComponent(tenant));
      const u = t.users.find(decodeURIComponent(user));
      if (!u) throw new Error(`no user ${user}`);
      const { id: _id, ...changes } = req.body;
      t.users.update(u, changes);
      return ok(u.data);
    },
  },
  {
    method: 'DELETE',
    pattern: /^\/tenants\/([^/]+)\/users\/([^/]+)$/,
    handle: (core, _req, [tenant, user]) => {
      const t = tenantByAny(core, decodeURIComponent(tenant));
      const u = t.users.find(decodeURIComponent(user));
      if (!u) throw new Error(`no user ${user}`);
      u.meta.softDeleted = true;
      u.meta.deletedDateTime = new Date().toISOString();
      t.users.touch(u);
      return ok({ id: u.data.id, softDeleted: true });
    },
  },
  {
    method: 'PATCH',
    pattern: /^\/tenants\/([^/]+)\/apps\/([^/]+)$/,
    handle: (core, req, [tenant, clientId]) =>
      ok(setAppRoles(tenantByAny(core, decodeURIComponent(tenant)), decodeURIComponent(clientId), req.body)),
  },
  {
    method: 'PATCH',
    pattern: /^\/tenants\/([^/]+)\/users\/([^/]+)\/access$/,
    handle: (core, req, [tenant, user]) =>
      ok(setUserAccess(core, decodeURIComponent(tenant), decodeURIComponent(user), req.body)),
  },
  {
    method: 'POST',
    pattern: /^\/tenants\/([^/]+)\/users\/([^/]+)\/sso-token$/,
    handle: (core, req, [tenant, user]) =>
      ok(ssoToken(core, req.origin, decodeURIComponent(tenant), decodeURIComponent(user), req.body)),
  },
  {
    method: 'GET',
    pattern: /^\/configurations$/,
    handle: (core) => {
      const value = [];
      for (const t of core.state.tenants.values()) {
        for (const sp of t.servicePrincipals.values()) {
          for (const job of sp.synchronization?.jobs.values() ?? []) {
            value.push({
              tenantId: t.id,
              displayName: sp.data.displayName,
              servicePrincipalId: sp.data.id,
              jobId: job.id,
              status: job.status.code,
              schedule: job.schedule.state,
              nextRunAt: job.engine.nextRunAt ? new Date(job.engine.nextRunAt).toISOString() : null,
              linkedUsers: job.engine.linked.size,
              stagedDeletes: job.engine.stagedDeletes.size,
            });
          }
        }
      }
      return ok({ value });
    },
  },
  {
    method: 'POST',
    pattern: /^\/configurations\/([^/]+)\/cycle$/,
    handle: async (core, _req, [name]) => {
      const { tenant, sp, job } = configurationByAny(core, decodeURIComponent(name));
      if (!core.scheduler) throw new Error('the provisioning engine is not running');
      return ok(await core.scheduler.runNow(tenant, sp, job));
    },
  },
  {
    method: 'POST',
    pattern: /^\/seed\/configurations$/,
    handle: (core, req) =>
      ok(seedConfigurations(core, num(req.body.count, 'count'), req.body.target as string | undefined)),
  },
  {
    method: 'POST',
    pattern: /^\/seed\/provisioning-logs$/,
    handle: (core, req) =>
      ok(
        seedProvisioningLogs(
          core,
          num(req.body.count, 'count'),
          req.body.configuration as string | undefined,
          req.body.hours === undefined ? undefined : num(req.body.hours, 'hours'),
        ),
      ),
  },
  {
    method: 'POST',
    pattern: /^\/seed\/directory-audits$/,
    handle: (core, req) =>
      ok(
        seedDirectoryAudits(
          core,
          num(req.body.count, 'count'),
          req.body.tenant as string | undefined,
          req.body.minutes === undefined ? undefined : num(req.body.minutes, 'minutes'),
        ),
      ),
  },
];
