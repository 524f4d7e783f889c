import { issueApiToken, type AuthMethods } from '../auth/userTokens';
import type { SimulatorCore } from '../core';
import { TEAMS_CLIENT_ID } from '../store/applications';
import { activeRoleTemplateIds, ensureRole } from '../store/directoryRoles';
import { ROLE_TEMPLATES, roleTemplate } from '../store/roleTemplates';
import type { Tenant } from '../store/tenant';
import type { MfaRequirement, UserRecord } from '../store/types';
import { tenantByAny } from './lookup';

const MFA_VALUES: readonly (MfaRequirement | null)[] = ['required', 'registrationRequired', null];

function userOf(tenant: Tenant, key: string): UserRecord {
  const u = tenant.users.find(key);
  if (!u) throw new Error(`no user ${key} in ${tenant.displayName}`);
  return u;
}

function templateIds(names: unknown, field: string): string[] {
  if (!Array.isArray(names) || names.some((n) => typeof n !== 'string'))
    throw new Error(`${field} must be a list of directory role names`);
  return (names as string[]).map((n) => {
    const t = roleTemplate(n);
    if (!t)
      throw new Error(
        `unknown directory role '${n}' (known: ${Object.values(ROLE_TEMPLATES)
          .map((r) => r.displayName)
          .join(', ')})`,
      );
    return t.id;
  });
}

const nameOf = (templateId: string): string =>
  Object.values(ROLE_TEMPLATES).find((r) => r.id === templateId)?.displayName ?? templateId;

export function describeAccess(tenant: Tenant, u: UserRecord) {
  return {
    id: u.data.id,
    userPrincipalName: u.data.userPrincipalName,
    directoryRoles: [...activeRoleTemplateIds(tenant, u.data.id)].map(nameOf),
    eligibleDirectoryRoles: (u.meta.eligibleRoleTemplateIds ?? []).map(nameOf),
    mfa: u.meta.mfa ?? null,
  };
}

/**
 * PATCH /_simulator/tenants/{t}/users/{u}/access {roles?, eligibleRoles?, mfa?}: the person's active directory roles
 * (replaced), the roles they are only eligible for in PIM, and what Conditional Access asks of their Graph sign-ins.
 */
export function setUserAccess(core: SimulatorCore, tenantKey: string, userKey: string, body: Record<string, unknown>) {
  const tenant = tenantByAny(core, tenantKey);
  const u = userOf(tenant, userKey);
  if (body.roles !== undefined) {
    const wanted = new Set(templateIds(body.roles, 'roles'));
    for (const r of tenant.directoryRoles.values()) if (!wanted.has(r.data.roleTemplateId)) r.members.delete(u.data.id);
    for (const id of wanted) ensureRole(tenant, roleTemplate(id)!).members.add(u.data.id);
  }
  if (body.eligibleRoles !== undefined)
    u.meta.eligibleRoleTemplateIds = templateIds(body.eligibleRoles, 'eligibleRoles');
  if (body.mfa !== undefined) {
    if (!MFA_VALUES.includes(body.mfa as MfaRequirement | null))
      throw new Error("mfa must be 'required', 'registrationRequired' or null");
    if (body.mfa === null) delete u.meta.mfa;
    else u.meta.mfa = body.mfa as MfaRequirement;
  }
  return describeAccess(tenant, u);
}

/**
 * POST /_simulator/tenants/{t}/users/{u}/sso-token {mfa?, audience?, expiresInSeconds?}: the token Teams would hand
 * the bot for this person (what the sign-in page issues), without the browser round trip. `audience` and a negative
 * `expiresInSeconds` make the wrong-audience and expired assertions Entra refuses.
 */
export function ssoToken(
  core: SimulatorCore,
  origin: string,
  tenantKey: string,
  userKey: string,
  body: Record<string, unknown>,
) {
  const tenant = tenantByAny(core, tenantKey);
  const u = userOf(tenant, userKey);
  const bot = [...tenant.authApps.values()].find((a) => a.identifierUris?.length);
  const teams = tenant.authApps.get(TEAMS_CLIENT_ID);
  if (!bot || !teams) throw new Error(`${tenant.displayName} has no SSO app`);
  const audience = typeof body.audience === 'string' ? body.audience : bot.clientId;
  const lifetime = body.expiresInSeconds === undefined ? 3599 : Number(body.expiresInSeconds);
  if (!Number.isFinite(lifetime)) throw new Error('expiresInSeconds must be a number');
  const amr: AuthMethods = body.mfa === true ? ['pwd', 'mfa'] : ['pwd'];
  const now = Date.now() - (3599 - lifetime) * 1000;
  const api = { ...bot, clientId: audience };
  return { access_token: issueApiToken(core.key, origin, tenant, api, teams, u, amr, now) };
}
