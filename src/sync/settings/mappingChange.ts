import type { GraphGateway, SyncSchemaDocument } from '../../graph/gateway';
import type { SyncConfiguration } from '../../domain';

/**
 * Mapping changes that alter what synchronized users look like in the target: they go through approval.
 * (Scope mode and userType are the approvals room's own change kinds.)
 */
export type MappingChange =
  | { attribute: 'showInAddressList'; value: boolean }
  /** A suffix appended to synced users' display names, e.g. "Contoso" makes "Adele Vance (Contoso)"; null removes it. */
  | { attribute: 'displayName'; suffix: string | null };

export type MappingGateway = Pick<GraphGateway, 'getSchema' | 'putSchema'>;

type WireMapping = NonNullable<
  NonNullable<
    NonNullable<SyncSchemaDocument['synchronizationRules']>[number]['objectMappings']
  >[number]['attributeMappings']
>[number];
type WireSource = NonNullable<WireMapping['source']>;

export interface MappingPreview {
  setting: string;
  before: string;
  after: string;
  alreadyInEffect: boolean;
  /** What happens to users already in the target. */
  existingUsers: string;
}

export interface MappingEffect {
  kind: 'changed' | 'alreadyInEffect' | 'gone';
  detail: string;
}

export const SUFFIX = /^[\p{L}\p{N}][\p{L}\p{N} .&'-]{0,39}$/u;

export function describeSource(source: WireSource | null | undefined, defaultValue?: string | null): string {
  if (!source) return defaultValue ? `"${defaultValue}" (default)` : 'not mapped';
  if (source.type === 'Constant') return `"${source.name ?? (source.expression ?? '').replace(/^"|"$/g, '')}"`;
  if (source.type === 'Function') return source.expression ?? source.name ?? '';
  return `[${source.name ?? ''}]`;
}

function wanted(change: MappingChange): WireSource {
  if (change.attribute === 'showInAddressList') {
    const v = change.value ? 'True' : 'False';
    return { type: 'Constant', name: v, expression: `"${v}"`, parameters: [] };
  }
  if (change.suffix === null)
    return { type: 'Attribute', name: 'displayName', expression: '[displayName]', parameters: [] };
  const quoted = ` (${change.suffix})`.replace(/"/g, '\\"');
  return { type: 'Function', name: 'Append', expression: `Append([displayName], "${quoted}")`, parameters: [] };
}

function find(schema: SyncSchemaDocument, attribute: string): WireMapping | undefined {
  for (const rule of schema.synchronizationRules ?? []) {
    for (const objectMapping of rule.objectMappings ?? []) {
      if (objectMapping.sourceObjectName?.toLowerCase() !== 'user') continue;
      const found = (objectMapping.attributeMappings ?? []).find((m) => m.targetAttributeName === attribute);
      if (found) return found;
    }
  }
  return undefined;
}

const same = (a: WireSource | null | undefined, b: WireSource) =>
  !!a && a.type === b.type && (a.expression ?? '') === b.expression && (a.type !== 'Constant' || a.name === b.name);

export async function previewMappingChange(
  gateway: MappingGateway,
  config: SyncConfiguration,
  change: MappingChange,
): Promise<MappingPreview | undefined> {
  if (!config.job) return undefined;
  const current = find(await gateway.getSchema(config.servicePrincipalId, config.job.id), change.attribute);
  if (!current) return undefined;
  const next = wanted(change);
  const onCreateOnly = current.flowType === 'ObjectAddOnly';
  return {
    setting: change.attribute,
    before: describeSource(current.source, current.defaultValue),
    after: describeSource(next),
    alreadyInEffect: same(current.source, next),
    existingUsers: onCreateOnly
      ? 'The mapping applies only during creation: users already in the target keep their value.'
      : 'Users already in the target are updated on the next cycle (saving a mapping resynchronizes everyone in scope).',
  };
}

/** Writes the whole schema back with one mapping changed (PUT replaces it); a second run changes nothing. */
export async function applyMappingChange(
  gateway: MappingGateway,
  config: SyncConfiguration,
  change: MappingChange,
): Promise<MappingEffect> {
  if (!config.job)
    return { kind: 'gone', detail: `${config.displayName} has no provisioning job, so it has no mappings.` };
  const schema = await gateway.getSchema(config.servicePrincipalId, config.job.id);
  const mapping = find(schema, change.attribute);
  if (!mapping) return { kind: 'gone', detail: `${config.displayName} has no ${change.attribute} mapping to change.` };
  const next = wanted(change);
  if (same(mapping.source, next))
    return {
      kind: 'alreadyInEffect',
      detail: `${config.displayName} already maps ${change.attribute} to ${describeSource(next)}.`,
    };
  mapping.source = next;
  await gateway.putSchema(config.servicePrincipalId, config.job.id, schema);
  return { kind: 'changed', detail: `${config.displayName} now maps ${change.attribute} to ${describeSource(next)}.` };
}

/** The change in words: "append " (Contoso)" to display names". */
export function describeMappingChange(change: MappingChange): string {
  if (change.attribute === 'showInAddressList') return `set showInAddressList to ${change.value ? 'True' : 'False'}`;
  return change.suffix === null
    ? 'stop appending a suffix to display names'
    : `append " (${change.suffix})" to display names`;
}
