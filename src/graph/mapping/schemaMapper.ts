import type { AttributeMapping, MappingSet, ScopingFilterGroup } from '../../domain';
import type { JobSchemaSummary } from '../cache/jobSchemaCache';
import type { WireAttributeMapping, WireObjectMapping, WireSyncRule, WireSyncSchema } from '../wire/synchronization';

/** The cross-tenant sync rule for users; its id is provisionOnDemand's ruleId. */
export const USER_RULE_NAME = 'USER_INBOUND_USER';

export function userRule(schema: WireSyncSchema): WireSyncRule | undefined {
  const rules = schema.synchronizationRules ?? [];
  return rules.find((r) => r.name === USER_RULE_NAME) ?? rules.find((r) => userObjectMapping(r) !== undefined);
}

export function userRuleId(schema: WireSyncSchema): string | undefined {
  return userRule(schema)?.id;
}

/** What the bot keeps of a schema between reads (the whole document is large and only writers need it). */
export function toSchemaSummary(schema: WireSyncSchema): JobSchemaSummary {
  return { ruleId: userRuleId(schema), mappings: toMappingSet(schema) };
}

function userObjectMapping(rule: WireSyncRule): WireObjectMapping | undefined {
  return (rule.objectMappings ?? []).find((m) => m.sourceObjectName?.toLowerCase() === 'user');
}

/** An attribute mapping of the user rule's user object mapping, by target attribute: what a write edits in place. */
export function userAttributeMapping(
  schema: WireSyncSchema,
  targetAttribute: string,
): WireAttributeMapping | undefined {
  const rule = userRule(schema);
  const mapping = rule ? userObjectMapping(rule) : undefined;
  return (mapping?.attributeMappings ?? []).find((m) => m.targetAttributeName === targetAttribute);
}

/** The user object mapping of the user rule, in the words the portal uses. */
export function toMappingSet(schema: WireSyncSchema): MappingSet | undefined {
  const rule = userRule(schema);
  const mapping = rule ? userObjectMapping(rule) : undefined;
  if (!rule?.id || !mapping) return undefined;
  return {
    ruleId: rule.id,
    objectMappingName: mapping.name ?? '',
    enabled: mapping.enabled,
    attributeMappings: (mapping.attributeMappings ?? []).map(toAttributeMapping),
    scopingFilters: (mapping.scope?.groups ?? []).map((group): ScopingFilterGroup => ({
      name: group.name ?? '',
      clauses: (group.clauses ?? []).map((c) => ({
        attribute: c.sourceOperandName ?? '',
        operator: c.operatorName ?? '',
        values: c.targetOperand?.values ?? [],
      })),
    })),
  };
}

function toAttributeMapping(wire: WireAttributeMapping): AttributeMapping {
  const source = wire.source;
  const base = {
    targetAttributeName: wire.targetAttributeName ?? '',
    flowType: wire.flowType ?? 'Always',
    matchingPriority: wire.matchingPriority ?? 0,
  };
  if (!source) return { ...base, sourceType: 'None', source: wire.defaultValue ?? '' };
  switch (source.type) {
    case 'Constant':
      return { ...base, sourceType: 'Constant', source: source.name ?? unquote(source.expression) };
    case 'Function':
      return { ...base, sourceType: 'Function', source: source.expression ?? source.name ?? '' };
    default:
      return {
        ...base,
        sourceType: 'Attribute',
        source: source.name ?? (source.expression ?? '').replace(/^\[|\]$/g, ''),
      };
  }
}

function unquote(expression: string | null | undefined): string {
  return (expression ?? '').replace(/^"|"$/g, '');
}
