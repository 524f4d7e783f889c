import type { GraphGateway } from '../../graph/gateway';
import { displayNameValue, sameValue, showInAddressListValue } from '../../domain/mappingValues';
import type { AttributeMapping, MappingValue, SyncConfiguration } from '../../domain';

/**
 * Mapping changes that alter what synchronized users look like in the target: they go through approval.
 * (Scope mode and userType are the approvals room's own change kinds.)
 */
export type MappingChange =
  | { attribute: 'showInAddressList'; value: boolean }
  /** A suffix appended to synced users' display names ("Contoso": "Adele Vance (Contoso)"); null removes it. */
  | { attribute: 'displayName'; suffix: string | null };

export type MappingGateway = Pick<GraphGateway, 'getMappings' | 'setShowInAddressList' | 'setDisplayNameSuffix'>;

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

/** An attribute source as the card shows it (type and name or expression, as Graph and the portal word them). */
export function describeSource(
  source: { type?: string; name?: string | null; expression?: string | null } | null | undefined,
  defaultValue?: string | null,
): string {
  if (!source) return defaultValue ? `"${defaultValue}" (default)` : 'not mapped';
  if (source.type === 'Constant') return `"${source.name ?? (source.expression ?? '').replace(/^"|"$/g, '')}"`;
  if (source.type === 'Function') return source.expression ?? source.name ?? '';
  return `[${source.name ?? ''}]`;
}

/** A mapping's value in the same words as describeSource: "True" in quotes, [displayName], Append(...). */
export function describeMapping(value: MappingValue): string {
  switch (value.sourceType) {
    case 'None':
      return value.source ? `"${value.source}" (default)` : 'not mapped';
    case 'Constant':
      return `"${value.source}"`;
    case 'Function':
      return value.source;
    case 'Attribute':
      return `[${value.source}]`;
  }
}

function wanted(change: MappingChange): MappingValue {
  return change.attribute === 'showInAddressList'
    ? showInAddressListValue(change.value)
    : displayNameValue(change.suffix ?? undefined);
}

/** The mapping as Graph holds it now (not a schema read a minute ago: an approval decides on it). */
async function current(
  gateway: MappingGateway,
  config: SyncConfiguration & { job: { id: string } },
  attribute: string,
): Promise<AttributeMapping | undefined> {
  const mappings = await gateway.getMappings(config.servicePrincipalId, config.job.id, { fresh: true });
  return mappings?.attributeMappings.find((m) => m.targetAttributeName === attribute);
}

const hasJob = (config: SyncConfiguration): config is SyncConfiguration & { job: { id: string } } => !!config.job;

export async function previewMappingChange(
  gateway: MappingGateway,
  config: SyncConfiguration,
  change: MappingChange,
): Promise<MappingPreview | undefined> {
  if (!hasJob(config)) return undefined;
  const mapping = await current(gateway, config, change.attribute);
  if (!mapping) return undefined;
  const next = wanted(change);
  return {
    setting: change.attribute,
    before: describeMapping(mapping),
    after: describeMapping(next),
    alreadyInEffect: sameValue(mapping, next),
    existingUsers:
      mapping.flowType === 'ObjectAddOnly'
        ? 'The mapping applies only during creation: users already in the target keep their value.'
        : 'Users already in the target are updated on the next cycle ' +
          '(saving a mapping resynchronizes everyone in scope).',
  };
}

/** Changes the one mapping (the gateway writes the schema back whole); a second run changes nothing. */
export async function applyMappingChange(
  gateway: MappingGateway,
  config: SyncConfiguration,
  change: MappingChange,
): Promise<MappingEffect> {
  if (!hasJob(config))
    return { kind: 'gone', detail: `${config.displayName} has no provisioning job, so it has no mappings.` };
  const gone: MappingEffect = {
    kind: 'gone',
    detail: `${config.displayName} has no ${change.attribute} mapping to change.`,
  };
  const mapping = await current(gateway, config, change.attribute);
  if (!mapping) return gone;
  const next = wanted(change);
  if (sameValue(mapping, next))
    return {
      kind: 'alreadyInEffect',
      detail: `${config.displayName} already maps ${change.attribute} to ${describeMapping(next)}.`,
    };
  const written =
    change.attribute === 'showInAddressList'
      ? await gateway.setShowInAddressList(config.servicePrincipalId, config.job.id, change.value)
      : await gateway.setDisplayNameSuffix(config.servicePrincipalId, config.job.id, change.suffix ?? undefined);
  if (!written) return gone;
  return { kind: 'changed', detail: `${config.displayName} now maps ${change.attribute} to ${describeMapping(next)}.` };
}

/** The change in words: "append " (Contoso)" to display names". */
export function describeMappingChange(change: MappingChange): string {
  if (change.attribute === 'showInAddressList') return `set showInAddressList to ${change.value ? 'True' : 'False'}`;
  return change.suffix === null
    ? 'stop appending a suffix to display names'
    : `append " (${change.suffix})" to display names`;
}
