/** Attribute mappings and scoping filters of a synchronization schema. */

export interface AttributeMapping {
  targetAttributeName: string;
  /** Attribute name, constant value or function expression, as the portal shows it. */
  source: string;
  sourceType: 'Attribute' | 'Constant' | 'Function' | 'None';
  /** Always, ObjectAddOnly ("only during creation"), ... */
  flowType: string;
  matchingPriority: number;
}

export interface MappingSet {
  ruleId: string;
  objectMappingName: string;
  attributeMappings: AttributeMapping[];
  /** Whether the user object mapping is enabled. */
  enabled?: boolean;
  /** The object mapping's scoping filter groups (empty: everyone assigned is in scope). */
  scopingFilters?: ScopingFilterGroup[];
}

/** One scoping filter group: all clauses must hold (AND); groups combine with OR. */
export interface ScopingFilterGroup {
  name: string;
  clauses: Array<{ attribute: string; operator: string; values: string[] }>;
}

/** Where a mapping takes its value from, in AttributeMapping's terms (what a write of the mapping leaves there). */
export type MappingValue = Pick<AttributeMapping, 'sourceType' | 'source'>;
