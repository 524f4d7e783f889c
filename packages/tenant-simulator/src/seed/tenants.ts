import { stableGuid, stableHex } from '../store/ids';
import { Tenant, type TenantRole } from '../store/tenant';

export interface TenantSeed {
  key: string;
  displayName: string;
  /** The organization's display name as tenantInformation shows it. */
  orgName: string;
  domain: string;
  role: TenantRole;
}

export const TENANTS = {
  contoso: { key: 'contoso', displayName: 'Contoso', orgName: 'Contoso, Ltd', domain: 'contoso.com', role: 'source' },
  fabrikam: {
    key: 'fabrikam',
    displayName: 'Fabrikam',
    orgName: 'Fabrikam, Inc.',
    domain: 'fabrikam.com',
    role: 'target',
  },
  northwind: {
    key: 'northwind',
    displayName: 'Northwind Traders',
    orgName: 'Northwind Traders',
    domain: 'northwindtraders.com',
    role: 'target',
  },
  tailspin: {
    key: 'tailspin',
    displayName: 'Tailspin Toys',
    orgName: 'Tailspin Toys',
    domain: 'tailspintoys.com',
    role: 'target',
  },
  woodgrove: {
    key: 'woodgrove',
    displayName: 'Woodgrove Bank',
    orgName: 'Woodgrove Bank',
    domain: 'woodgrovebank.com',
    role: 'target',
  },
} satisfies Record<string, TenantSeed>;

export type TenantKey = keyof typeof TENANTS;

export function tenantId(key: string): string {
  return stableGuid('tenant', key);
}

export function makeTenant(seed: TenantSeed): Tenant {
  return new Tenant(tenantId(seed.key), seed.key, seed.orgName, seed.domain, seed.role);
}

/** The bot's client secret in a tenant: stable across restarts, distinct per tenant and app. */
export function clientSecretFor(tenantKey: string, appKey: string): string {
  return `sim~${stableHex(36, 'client-secret', tenantKey, appKey)}`;
}
