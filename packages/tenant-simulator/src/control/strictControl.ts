import type { SimulatorCore } from '../core';
import type { Tenant } from '../store/tenant';
import { TEST_CONNECTION_SHAPES, type TestConnectionShape } from '../http/strictSettings';

const nonNegative = (v: unknown, name: string): number => {
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0) throw new Error(`${name} must be a number of at least 0`);
  return n;
};

/** PATCH /_simulator/settings: the strict rules' switches (README, "Strict rules"). */
export function applyStrictSettings(core: SimulatorCore, b: Record<string, unknown>): void {
  if (b.reportsLimit !== undefined) {
    core.settings.reportsLimit = nonNegative(b.reportsLimit, 'reportsLimit');
    core.reports.reset();
  }
  if (b.replicationDelayMs !== undefined)
    core.settings.replicationDelayMs = nonNegative(b.replicationDelayMs, 'replicationDelayMs');
  if (b.testConnectionShape !== undefined) {
    if (!TEST_CONNECTION_SHAPES.includes(b.testConnectionShape as TestConnectionShape))
      throw new Error(`testConnectionShape must be one of ${TEST_CONNECTION_SHAPES.join(', ')}`);
    core.settings.testConnectionShape = b.testConnectionShape as TestConnectionShape;
  }
  if (b.onDemandStatusInfo !== undefined) {
    if (typeof b.onDemandStatusInfo !== 'boolean') throw new Error('onDemandStatusInfo must be true or false');
    core.settings.onDemandStatusInfo = b.onDemandStatusInfo;
  }
}

/**
 * PATCH /_simulator/tenants/{t}/apps/{clientId} {roles?, delegatedScopes?}: the application permissions an app
 * registration holds and the delegated permissions consented for it (what an admin grants or revokes), e.g. to see
 * limited information without RoleManagement.Read.Directory, or AADSTS65001 without a consented scope.
 */
export function setAppRoles(tenant: Tenant, clientId: string, body: Record<string, unknown>) {
  const names = (v: unknown, field: string): string[] => {
    if (!Array.isArray(v) || v.some((r) => typeof r !== 'string'))
      throw new Error(`${field} must be a list of permission names`);
    return [...(v as string[])];
  };
  const app = tenant.authApps.get(clientId);
  if (!app) throw new Error(`no app ${clientId} in ${tenant.displayName}`);
  if (body.roles === undefined && body.delegatedScopes === undefined)
    throw new Error('roles must be a list of application permission names');
  if (body.roles !== undefined) app.roles = names(body.roles, 'roles');
  if (body.delegatedScopes !== undefined) app.delegatedScopes = names(body.delegatedScopes, 'delegatedScopes');
  return { clientId, roles: app.roles, delegatedScopes: app.delegatedScopes ?? [] };
}
