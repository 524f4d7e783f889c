/**
 * OData literals built from user text. Every value that reaches a $filter or a $search
 * goes through here, so a name like O'Brien or a B2B UPN with #EXT# cannot change the query.
 */

/** A single-quoted OData string literal: quotes inside are doubled (O'Brien → 'O''Brien'). */
export function quoted(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** A DateTimeOffset literal: unquoted ISO 8601 in UTC, as Graph expects in $filter. */
export function dateTimeLiteral(value: Date): string {
  return value.toISOString().replace('.000Z', 'Z');
}

/**
 * One $search clause: "property:text" in double quotes. Inside the quotes only `"` and `\`
 * need escaping (with a backslash), per Graph's $search rules for directory objects.
 */
export function searchClause(property: string, text: string): string {
  return `"${property}:${text.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

/** A function-call parameter in a path, e.g. findTenantInformationByDomainName(domainName='x'). */
export function functionArgument(name: string, value: string): string {
  return `${name}=${encodeURIComponent(quoted(value))}`;
}
