import type { JobRecord, SecretPair } from '../store/types';

/** synchronizationSecret enum members (v1.0 CSDL): the only keys PUT secrets accepts. */
export const SECRET_KEYS = [
  'None',
  'UserName',
  'Password',
  'SecretToken',
  'AppKey',
  'BaseAddress',
  'ClientIdentifier',
  'ClientSecret',
  'SingleSignOnType',
  'Sandbox',
  'Url',
  'Domain',
  'ConsumerKey',
  'ConsumerSecret',
  'TokenKey',
  'TokenExpiration',
  'Oauth2AccessToken',
  'Oauth2AccessTokenCreationTime',
  'Oauth2RefreshToken',
  'SyncAll',
  'InstanceName',
  'Oauth2ClientId',
  'Oauth2ClientSecret',
  'CompanyId',
  'UpdateKeyOnSoftDelete',
  'SynchronizationSchedule',
  'SystemOfRecord',
  'SandboxName',
  'EnforceDomain',
  'SyncNotificationSettings',
  'SkipOutOfScopeDeletions',
  'Oauth2AuthorizationCode',
  'Oauth2RedirectUri',
  'ApplicationTemplateIdentifier',
  'Oauth2TokenExchangeUri',
  'Oauth2AuthorizationUri',
  'AuthenticationType',
  'Server',
  'PerformInboundEntitlementGrants',
  'HardDeletesEnabled',
  'SyncAgentCompatibilityKey',
  'SyncAgentADContainer',
  'ValidateDomain',
  'TestReferences',
  'ConnectionString',
];

/** Password-like secrets come back masked. */
export const MASKED_KEYS = new Set([
  'Password',
  'SecretToken',
  'ClientSecret',
  'ConsumerSecret',
  'Oauth2AccessToken',
  'Oauth2RefreshToken',
  'Oauth2ClientSecret',
  'Oauth2AuthorizationCode',
  'AppKey',
  'ConnectionString',
]);

export interface NotificationSettings {
  Enabled: boolean;
  Recipients?: string;
  DeleteThresholdEnabled: boolean;
  DeleteThresholdValue: number;
  HumanResourcesLookaheadQueryEnabled?: boolean;
}

export function secret(secrets: SecretPair[], key: string): string | undefined {
  return secrets.find((s) => s.key === key)?.value;
}

/** SyncNotificationSettings, with the documented defaults (threshold 500) when absent or unreadable. */
export function notificationSettings(secrets: SecretPair[]): NotificationSettings {
  const defaults: NotificationSettings = { Enabled: false, DeleteThresholdEnabled: false, DeleteThresholdValue: 500 };
  const raw = secret(secrets, 'SyncNotificationSettings');
  if (!raw) return defaults;
  try {
    const parsed = JSON.parse(raw) as Partial<NotificationSettings>;
    const value = Number(parsed.DeleteThresholdValue);
    return {
      ...defaults,
      ...parsed,
      Enabled: parsed.Enabled === true || String(parsed.Enabled).toLowerCase() === 'true',
      DeleteThresholdEnabled:
        parsed.DeleteThresholdEnabled === true || String(parsed.DeleteThresholdEnabled).toLowerCase() === 'true',
      DeleteThresholdValue: Number.isFinite(value) && value > 0 ? value : 500,
    };
  } catch {
    return defaults;
  }
}

/** The job mirrors the deletion threshold as synchronizationJobSettings QuarantineTooManyDeletesThreshold. */
export function mirrorThreshold(job: JobRecord, secrets: SecretPair[]): void {
  const s = notificationSettings(secrets);
  job.synchronizationJobSettings = job.synchronizationJobSettings.filter(
    (x) => x.name !== 'QuarantineTooManyDeletesThreshold',
  );
  if (s.DeleteThresholdEnabled)
    job.synchronizationJobSettings.push({
      name: 'QuarantineTooManyDeletesThreshold',
      value: String(s.DeleteThresholdValue),
    });
}
