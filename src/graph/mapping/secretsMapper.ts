import type { InitialSyncSettings, SyncSettings, SyncSettingsChange } from '../../domain';
import type { WireSecret } from '../wire/synchronization';

/** Fields of the SyncNotificationSettings secret, a JSON object stored as a string. */
interface NotificationSettings {
  Enabled?: boolean;
  Recipients?: string;
  DeleteThresholdEnabled?: boolean;
  DeleteThresholdValue?: number;
  [other: string]: unknown;
}

export function toSyncSettings(secrets: WireSecret[]): SyncSettings {
  const value = (key: string) => secrets.find((s) => s.key === key)?.value;
  const notification = parseNotification(value('SyncNotificationSettings'));
  return {
    companyId: value('CompanyId') || undefined,
    scopeMode: value('SyncAll')?.toLowerCase() === 'true' ? 'allUsers' : 'assignedOnly',
    notificationsEnabled: notification.Enabled === true,
    notificationEmail: notification.Recipients || undefined,
    deleteThresholdEnabled: notification.DeleteThresholdEnabled === true,
    deleteThresholdValue:
      typeof notification.DeleteThresholdValue === 'number' ? notification.DeleteThresholdValue : undefined,
    raw: secrets.map((s) => ({ key: s.key, value: s.value })),
  };
}

/**
 * The full secret list for a PUT (Graph has no PATCH for secrets): every key we do not
 * manage is kept as it was, and unknown fields inside SyncNotificationSettings survive too.
 */
export function toSecrets(settings: SyncSettings): WireSecret[] {
  const secrets = settings.raw.map((s) => ({ ...s }));
  const set = (key: string, value: string | undefined) => {
    const existing = secrets.find((s) => s.key === key);
    if (value === undefined) return;
    if (existing) existing.value = value;
    else secrets.push({ key, value });
  };
  const notification: NotificationSettings = {
    ...parseNotification(settings.raw.find((s) => s.key === 'SyncNotificationSettings')?.value),
    Enabled: settings.notificationsEnabled,
    DeleteThresholdEnabled: settings.deleteThresholdEnabled,
  };
  if (settings.notificationEmail !== undefined) notification.Recipients = settings.notificationEmail;
  if (settings.deleteThresholdValue !== undefined) notification.DeleteThresholdValue = settings.deleteThresholdValue;
  set('CompanyId', settings.companyId);
  set('SyncAll', settings.scopeMode === 'allUsers' ? 'true' : 'false');
  set('SyncNotificationSettings', JSON.stringify(notification));
  return secrets;
}

/** The settings with the change made; a field the change leaves out (or leaves undefined) keeps its value. */
export function withChange(settings: SyncSettings, change: SyncSettingsChange): SyncSettings {
  const defined = Object.entries(change).filter(([, value]) => value !== undefined);
  return { ...settings, ...(Object.fromEntries(defined) as SyncSettingsChange) };
}

/** The secrets of a new configuration, as the cross-tenant sync tutorial saves them (SyncPolicy authentication). */
export function toInitialSecrets(initial: InitialSyncSettings): WireSecret[] {
  return [
    { key: 'AuthenticationType', value: 'SyncPolicy' },
    { key: 'CompanyId', value: initial.targetTenantId },
    {
      key: 'SyncNotificationSettings',
      value: JSON.stringify({
        Enabled: initial.notificationsEnabled,
        DeleteThresholdEnabled: initial.deleteThresholdEnabled,
        ...(initial.deleteThresholdValue !== undefined ? { DeleteThresholdValue: initial.deleteThresholdValue } : {}),
        HumanResourcesLookaheadQueryEnabled: false,
      }),
    },
    { key: 'SyncAll', value: initial.scopeMode === 'allUsers' ? 'true' : 'false' },
  ];
}

function parseNotification(text: string | undefined): NotificationSettings {
  if (!text) return {};
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed && typeof parsed === 'object' ? (parsed as NotificationSettings) : {};
  } catch {
    return {};
  }
}
