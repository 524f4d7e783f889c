import crypto from 'node:crypto';
import type { SimulatorCore } from '../core';
import { errorBody, GraphError } from '../http/errors';
import { parseTarget } from '../http/request';
import type { Ctx } from '../http/types';
import { checkQueryOptions } from '../strict/queryRules';
import type { Tenant } from '../store/tenant';
import type { AuthApp } from '../store/types';
import type { ControlReply } from './types';
import { tenantByAny } from './lookup';

/** An admin's change in the portal: a Graph request (path after /v1.0) made by a named user of the tenant. */
export interface PortalChange {
  /** The admin: a user id or userPrincipalName of that tenant. */
  user: string;
  method: string;
  path: string;
  body?: unknown;
}

/** The Azure portal's first-party application id (the same in every tenant). */
const AZURE_PORTAL_APP_ID = 'c44b4083-3bb0-49c1-b47d-974e53cbdf3c';

function portalApp(tenant: Tenant): AuthApp {
  // Each tenant has its own service principal for the portal; derive a stable object id from the tenant's.
  const hex = crypto.createHash('sha256').update(`portal|${tenant.id}`).digest('hex');
  const id = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
  return {
    clientId: AZURE_PORTAL_APP_ID,
    displayName: 'Azure Portal',
    secrets: [],
    certificates: [],
    roles: [],
    servicePrincipalId: id,
  };
}

function check(change: Partial<PortalChange>): PortalChange {
  for (const k of ['user', 'method', 'path'] as const)
    if (typeof change[k] !== 'string' || change[k] === '') throw new Error(`'${k}' is required`);
  return change as PortalChange;
}

/**
 * Runs the change through the same Graph handler a client's request reaches, as the named admin signed in to the
 * portal: the write and its audit entry are those of a Graph write, initiated by that user. An admin holds the
 * rights, so application permissions are not checked; the answer is Graph's status and body.
 */
export async function actInPortal(
  core: SimulatorCore,
  tenantKey: string,
  raw: Partial<PortalChange>,
  origin: string,
): Promise<ControlReply> {
  const change = check(raw);
  const tenant = tenantByAny(core, tenantKey);
  const admin = tenant.users.find(change.user);
  if (!admin || admin.meta.softDeleted) throw new Error(`no user '${change.user}' in ${tenant.displayName}`);
  const requestId = crypto.randomUUID();
  const method = change.method.toUpperCase();
  try {
    const { segments, query } = parseTarget(change.path.startsWith('/') ? change.path : `/${change.path}`);
    const { route, params } = core.router.match(method, segments);
    const ctx: Ctx = {
      req: {
        method,
        path: '/' + segments.join('/'),
        segments,
        query,
        headers: { 'user-agent': 'Mozilla/5.0 (Microsoft Entra admin center)' },
        body: change.body,
      },
      params,
      tenant,
      app: portalApp(tenant),
      user: { id: admin.data.id, displayName: admin.data.displayName, userPrincipalName: admin.data.userPrincipalName },
      sim: core.state,
      baseUrl: `${origin}/v1.0`,
      requestId,
      now: new Date(),
      services: core.services,
      strict: core.settings,
    };
    checkQueryOptions(route.template, ctx);
    const res = await route.handler(ctx);
    return { status: res.status, body: res.body ?? {} };
  } catch (err) {
    if (!(err instanceof GraphError)) throw err;
    return { status: err.status, body: errorBody(err, requestId, undefined) };
  }
}
