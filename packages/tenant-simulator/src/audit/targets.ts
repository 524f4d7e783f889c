import type { Json, ServicePrincipalRecord } from '../store/types';

export interface ModifiedProperty {
  displayName: string;
  /** JSON-encoded, as Graph gives them ("\"Paused\"", "{\"inboundAllowed\":false}"); null when there was none. */
  oldValue: string | null;
  newValue: string | null;
}

/** targetResource (v1.0): what the activity changed. */
export interface TargetResource {
  id: string;
  displayName: string | null;
  type: string;
  userPrincipalName: string | null;
  groupType: string | null;
  modifiedProperties: ModifiedProperty[];
}

const encode = (v: unknown): string | null => (v === undefined ? null : JSON.stringify(v));

export function changed(displayName: string, oldValue: unknown, newValue: unknown): ModifiedProperty {
  return { displayName, oldValue: encode(oldValue), newValue: encode(newValue) };
}

/** The given top-level properties whose values differ between before and after. */
export function changes(before: Json, after: Json, keys: string[]): ModifiedProperty[] {
  return keys
    .filter((k) => JSON.stringify(before[k] ?? null) !== JSON.stringify(after[k] ?? null))
    .map((k) => changed(k, before[k] ?? null, after[k] ?? null));
}

export function target(
  type: string,
  id: string,
  displayName: string | null,
  modifiedProperties: ModifiedProperty[] = [],
  more: { userPrincipalName?: string; groupType?: string } = {},
): TargetResource {
  return {
    id,
    displayName,
    type,
    userPrincipalName: more.userPrincipalName ?? null,
    groupType: more.groupType ?? null,
    modifiedProperties,
  };
}

export const servicePrincipalTarget = (sp: ServicePrincipalRecord, modified: ModifiedProperty[] = []): TargetResource =>
  target('ServicePrincipal', sp.data.id, sp.data.displayName, modified);

/** A partner's cross-tenant settings: the target's id is the partner's tenant id. */
export const partnerTarget = (partnerTenantId: string, modified: ModifiedProperty[]): TargetResource =>
  target('Policy', partnerTenantId, null, modified);

/** A deep copy, so a "before" survives the write that follows. */
export const snapshot = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T));
