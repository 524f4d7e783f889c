import type { MappingValue } from './mappings';

/**
 * What the gateway's mapping writes leave in a mapping, in the domain's terms (AttributeMapping's sourceType and
 * source, as the portal shows them): services compare them with what is there and describe them, and the gateway
 * writes exactly these (src/graph/mapping/sourceMapper.ts turns them into Graph's attribute sources).
 */
export function constantValue(value: string): MappingValue {
  return { sourceType: 'Constant', source: value };
}

/** showInAddressList is a "True"/"False" constant in the cross-tenant sync schema. */
export function showInAddressListValue(show: boolean): MappingValue {
  return constantValue(show ? 'True' : 'False');
}

/** The display name as in the source, or with " (suffix)" appended: "Adele Vance (Contoso)". */
export function displayNameValue(suffix: string | undefined): MappingValue {
  if (suffix === undefined) return { sourceType: 'Attribute', source: 'displayName' };
  const quoted = ` (${suffix})`.replace(/"/g, '\\"');
  return { sourceType: 'Function', source: `Append([displayName], "${quoted}")` };
}

/** Whether a mapping already takes its value from there. */
export function sameValue(current: MappingValue | undefined, wanted: MappingValue): boolean {
  return !!current && current.sourceType === wanted.sourceType && current.source === wanted.source;
}
