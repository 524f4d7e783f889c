import type { GraphGateway } from '../../graph/gateway';
import type { SyncSettings, SyncSettingsChange } from '../../domain';

/** Changes that do not alter who or what is synchronized: operator role and a confirmation. */
export type DirectChange =
  | { kind: 'deleteThreshold'; value: number }
  | { kind: 'deleteThresholdEnabled'; enabled: boolean }
  | { kind: 'notifications'; enabled: boolean }
  | { kind: 'notificationEmail'; email: string };

export type DirectChangeGateway = Pick<GraphGateway, 'getSettings' | 'updateSyncSettings'>;

export const MAX_DELETE_THRESHOLD = 100_000;
const EMAIL = /^[^\s@<>"',;]{1,64}@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/i;

export function isEmail(text: string): boolean {
  return text.length <= 254 && EMAIL.test(text);
}

/** The settings after the change; the rest is kept exactly (Graph replaces secrets whole). */
export function changedSettings(settings: SyncSettings, change: DirectChange): SyncSettings {
  return { ...settings, ...settingsChange(change) };
}

/** The settings a change sets. */
export function settingsChange(change: DirectChange): SyncSettingsChange {
  switch (change.kind) {
    case 'deleteThreshold':
      // Setting a threshold means the admin wants it enforced.
      return { deleteThresholdValue: change.value, deleteThresholdEnabled: true };
    case 'deleteThresholdEnabled':
      return { deleteThresholdEnabled: change.enabled };
    case 'notifications':
      return { notificationsEnabled: change.enabled };
    case 'notificationEmail':
      return { notificationEmail: change.email };
  }
}

export function describeDirectChange(change: DirectChange): string {
  switch (change.kind) {
    case 'deleteThreshold':
      return `prevent accidental deletions above ${change.value} deletions per cycle`;
    case 'deleteThresholdEnabled':
      return `turn ${change.enabled ? 'on' : 'off'} accidental deletion prevention`;
    case 'notifications':
      return `turn ${change.enabled ? 'on' : 'off'} failure notification e-mails`;
    case 'notificationEmail':
      return `send failure notifications to ${change.email}`;
  }
}

/** Reads the settings now and saves the change unless it is in effect (the gateway keeps the other secrets). */
export async function applyDirectChange(
  gateway: DirectChangeGateway,
  servicePrincipalId: string,
  change: DirectChange,
): Promise<{ before: SyncSettings; after: SyncSettings; changed: boolean }> {
  const before = await gateway.getSettings(servicePrincipalId);
  const after = changedSettings(before, change);
  const changed = summary(before) !== summary(after);
  if (!changed) return { before, after, changed };
  return { before, after: await gateway.updateSyncSettings(servicePrincipalId, settingsChange(change)), changed };
}

function summary(s: SyncSettings): string {
  return JSON.stringify([
    s.deleteThresholdEnabled,
    s.deleteThresholdValue,
    s.notificationsEnabled,
    s.notificationEmail ?? null,
  ]);
}
