import type { Json, UserRecord } from '../store/types';
import { USER_RULE_NAME } from '../sync/azure2azureSchema';
import { evaluateSource, type Value } from './expressions';
import { sourceAttribute } from './sourceAttributes';

/** Target attributes the engine writes (others, like manager or IsSoftDeleted, are handled elsewhere or ignored). */
const WRITABLE = new Set([
  'displayName',
  'givenName',
  'surname',
  'jobTitle',
  'department',
  'employeeId',
  'companyName',
  'city',
  'state',
  'country',
  'postalCode',
  'streetAddress',
  'mobilePhone',
  'mail',
  'userPrincipalName',
  'accountEnabled',
  'showInAddressList',
  'userType',
  'usageLocation',
  'officeLocation',
]);
const BOOLEAN = new Set(['accountEnabled', 'showInAddressList']);

export interface MappedValue {
  attribute: string;
  value: unknown;
  /** Always: flows on create and update; ObjectAddOnly ("only during creation"): create only. */
  onUpdate: boolean;
}

export function userRule(schema: Json): Json | undefined {
  return ((schema.synchronizationRules as Json[] | undefined) ?? []).find((r) => r.name === USER_RULE_NAME);
}

export function userObjectMapping(schema: Json): Json | undefined {
  const rule = userRule(schema);
  return ((rule?.objectMappings as Json[] | undefined) ?? []).find(
    (m) => m.sourceObjectName === 'User' && m.enabled !== false,
  );
}

/** B2B user principal names: AdeleV@contoso.com -> AdeleV_contoso.com#EXT#@fabrikam.onmicrosoft.com. */
export function externalUpn(sourceUpn: string, targetInitialDomain: string): string {
  return `${sourceUpn.replace('@', '_')}#EXT#@${targetInitialDomain}`;
}

/** Values the configuration's attribute mappings produce for a source user. */
export function mappedValues(
  mapping: Json | undefined,
  source: UserRecord,
  targetInitialDomain: string,
): MappedValue[] {
  const out: MappedValue[] = [];
  for (const m of (mapping?.attributeMappings as Json[] | undefined) ?? []) {
    const attribute = String(m.targetAttributeName ?? '');
    if (!WRITABLE.has(attribute)) continue;
    let v: Value = evaluateSource(m.source as Json | null, (n) => sourceAttribute(source, n));
    if ((v === null || v === '') && typeof m.defaultValue === 'string') v = m.defaultValue;
    let value: unknown = v;
    if (BOOLEAN.has(attribute)) value = v === null ? null : v === true || String(v).toLowerCase() === 'true';
    if (attribute === 'userPrincipalName' && typeof v === 'string') value = externalUpn(v, targetInitialDomain);
    if (attribute === 'userType' && typeof v === 'string')
      value = v.toLowerCase() === 'guest' ? 'Guest' : v.toLowerCase() === 'member' ? 'Member' : v;
    const flowType = String(m.flowType ?? 'Always');
    out.push({ attribute, value, onUpdate: flowType !== 'ObjectAddOnly' });
  }
  return out;
}

export interface Change {
  displayName: string;
  oldValue: string | null;
  newValue: string | null;
}

export const asText = (v: unknown): string | null =>
  v === null || v === undefined ? null : typeof v === 'boolean' ? (v ? 'True' : 'False') : String(v);

/** What an update would change on an existing target user (only mappings that flow on update). */
export function diff(values: MappedValue[], target: UserRecord): Change[] {
  const changes: Change[] = [];
  for (const { attribute, value, onUpdate } of values) {
    if (!onUpdate) continue;
    const current = target.data[attribute] ?? null;
    if (asText(current) === asText(value)) continue;
    // UPNs compare case-insensitively in the directory.
    if (attribute === 'userPrincipalName' && String(current).toLowerCase() === String(value).toLowerCase()) continue;
    changes.push({ displayName: attribute, oldValue: asText(current), newValue: asText(value) });
  }
  return changes;
}
