/** A tenant setting the bot checked (live, or through the service's own test), in an admin's words. */
export interface Finding {
  /** The tenant's name as admins know it ("Northwind Traders"), or "your tenant" for the source. */
  tenant: string;
  side: 'source' | 'target';
  /** Where the setting lives, in the portal's words. */
  setting: string;
  /** ok: as it should be; wrong: this is (part of) the problem; unknown: could not be read from here. */
  state: 'ok' | 'wrong' | 'unknown';
  /** What was found: "is off", "is on", "has no entry for the target". */
  observed: string;
  /** How it was established: "read live from the source tenant", "test connection (validateCredentials)". */
  how: string;
  /** What to change, when state is wrong. */
  fix?: string;
}

/** Where each setting lives (the page, with {other} for the partner organization) and the control on it. */
export const SETTINGS = {
  sourceOutboundAutoRedemption: {
    page: 'Cross-tenant access settings > {other} > Outbound access > Trust settings',
    control: 'Automatically redeem invitations with the tenant',
  },
  targetInboundAutoRedemption: {
    page: 'Cross-tenant access settings > {other} > Inbound access > Trust settings',
    control: 'Automatically redeem invitations with the tenant',
  },
  targetInboundUserSync: {
    page: 'Cross-tenant access settings > {other} > Inbound access > Cross-tenant sync',
    control: 'Allow users sync into this tenant',
  },
  targetGuestInviteSettings: {
    page: 'External Identities > External collaboration settings',
    control: 'Guest invite settings',
  },
} as const;

export type SettingKey = keyof typeof SETTINGS;

/** "Cross-tenant access settings > Northwind Traders > Outbound access > Trust settings > "Automatically redeem …"". */
export function settingName(key: SettingKey, other: string): string {
  return `${settingPage(key, other)} > "${SETTINGS[key].control}"`;
}

export function settingPage(key: SettingKey, other: string): string {
  return SETTINGS[key].page.replace('{other}', other);
}

/** "tick "Allow users sync into this tenant" under Cross-tenant access settings > … > Cross-tenant sync". */
export function tickInstruction(key: SettingKey, other: string): string {
  return `tick "${SETTINGS[key].control}" under ${settingPage(key, other)}`;
}

/** One line for a card: "Northwind Traders (target): … is off — test connection (validateCredentials)." */
export function findingText(f: Finding): string {
  return `${f.tenant} (${f.side}): ${f.setting} ${f.observed}. Checked: ${f.how}.`;
}
