import type { GraphGateway } from '../../graph/gateway';
import type { AttributeMapping, MappingSet, SyncConfiguration } from '../../domain';

export interface MappingRow {
  target: string;
  /** Attribute name, "constant" or an expression, in the admin center's words. */
  source: string;
  /** "always" or "only on creation". */
  applies: string;
  matching: boolean;
}

export interface MappingsView {
  objectMapping: string;
  enabled: boolean;
  rows: MappingRow[];
  scopingFilters: string[];
  /** The warnings that matter, most important first. */
  warnings: string[];
}

/** Attributes an admin asks about first; the rest follow in the schema's order. */
const FIRST = [
  'userType',
  'showInAddressList',
  'displayName',
  'userPrincipalName',
  'mail',
  'accountEnabled',
  'alternativeSecurityIds',
];

export async function loadMappings(
  gateway: Pick<GraphGateway, 'getMappings'>,
  config: SyncConfiguration,
): Promise<MappingsView | undefined> {
  if (!config.job) return undefined;
  const set = await gateway.getMappings(config.servicePrincipalId, config.job.id);
  return set ? describeMappings(set) : undefined;
}

export function describeMappings(set: MappingSet): MappingsView {
  const rank = (m: AttributeMapping) => {
    const i = FIRST.indexOf(m.targetAttributeName);
    return i >= 0 ? i : FIRST.length;
  };
  const rows = [...set.attributeMappings]
    .map((m, i) => ({ m, i }))
    .sort((a, b) => rank(a.m) - rank(b.m) || a.i - b.i)
    .map(({ m }) => ({
      target: m.targetAttributeName,
      source: sourceText(m),
      applies: flowText(m.flowType),
      matching: m.matchingPriority > 0,
    }));
  const scopingFilters = (set.scopingFilters ?? []).map(
    (g) =>
      `${g.name}: ${g.clauses
        .map((c) => (`${c.attribute} ${c.operator} ` + `${c.values.map((v) => `'${v}'`).join(', ')}`).trim())
        .join(' AND ')}`,
  );
  return {
    objectMapping: set.objectMappingName,
    enabled: set.enabled !== false,
    rows,
    scopingFilters,
    warnings: mappingWarnings(set),
  };
}

export function mappingWarnings(set: MappingSet): string[] {
  if (set.enabled === false) return ['The user mapping is disabled: no users are provisioned.'];
  const find = (name: string) => set.attributeMappings.find((m) => m.targetAttributeName === name);
  const warnings: string[] = [];
  const userType = find('userType');
  if (!userType || userType.sourceType === 'None') {
    warnings.push('userType is not mapped: new users are created as Guest by default.');
  } else if (userType.sourceType === 'Constant') {
    const value = userType.source;
    if (value.toLowerCase() === 'guest')
      warnings.push(
        'New users are created as Guest, not Member: they get a guest experience in the target (Teams, SharePoint, ' +
          'people search).',
      );
    else warnings.push(`New users are created as ${value}.`);
    if (userType.flowType === 'ObjectAddOnly') {
      warnings.push(
        `userType applies only on creation: users who already exist in the target (for example earlier B2B guests, ` +
          `which sync matches instead of duplicating) keep their type. Set "Apply this mapping" to Always to ` +
          `convert them to ${value}.`,
      );
    }
  } else if (userType.flowType === 'ObjectAddOnly') {
    warnings.push('userType applies only on creation: existing users in the target keep their type.');
  }
  const addressList = find('showInAddressList');
  if (!addressList || addressList.sourceType === 'None') {
    warnings.push(
      "showInAddressList is not mapped: synced users do not appear in the target's global address list or people " +
        'search.',
    );
  } else if (addressList.sourceType === 'Constant' && addressList.source.toLowerCase() === 'false') {
    warnings.push("showInAddressList is False: synced users are hidden from the target's global address list.");
  } else {
    warnings.push(
      'showInAddressList does not apply to target users who have a mailbox: Exchange decides for them (in the target ' +
        'run Set-MailUser <user> -HiddenFromAddressListsEnabled:$false).',
    );
  }
  const matching = set.attributeMappings.filter((m) => m.matchingPriority > 0);
  if (matching.length > 0 && !matching.some((m) => m.targetAttributeName === 'alternativeSecurityIds')) {
    warnings.push(
      'Cross-tenant sync matches users on alternativeSecurityIds; another matching attribute is refused ' +
        '(schemaInvalid).',
    );
  }
  return warnings;
}

function sourceText(m: AttributeMapping): string {
  if (m.sourceType === 'Constant') return `constant "${m.source}"`;
  if (m.sourceType === 'None') return '(not mapped)';
  return m.source;
}

function flowText(flowType: string): string {
  if (flowType === 'ObjectAddOnly') return 'only on creation';
  if (flowType === 'Always') return 'always';
  if (flowType === 'FlowWhenChanged') return 'when changed';
  return flowType || 'always';
}
