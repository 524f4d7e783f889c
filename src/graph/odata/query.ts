/**
 * Builds request paths with a query string. Values are percent-encoded here (RFC 3986),
 * because the Graph client passes a path's query string through unchanged: a raw `#`
 * (B2B UPNs) would otherwise end the URL and a `+` would turn into a space.
 */
export interface QueryOptions {
  filter?: string;
  search?: string;
  select?: readonly string[];
  orderby?: string;
  top?: number;
  count?: boolean;
  expand?: string;
}

export function withQuery(path: string, options: QueryOptions): string {
  const parts: string[] = [];
  if (options.filter !== undefined) parts.push(`$filter=${encodeURIComponent(options.filter)}`);
  if (options.search !== undefined) parts.push(`$search=${encodeURIComponent(options.search)}`);
  if (options.select && options.select.length > 0) parts.push(`$select=${options.select.join(',')}`);
  if (options.orderby !== undefined) parts.push(`$orderby=${encodeURIComponent(options.orderby)}`);
  if (options.top !== undefined) parts.push(`$top=${Math.max(1, Math.floor(options.top))}`);
  if (options.count) parts.push('$count=true');
  if (options.expand !== undefined) parts.push(`$expand=${encodeURIComponent(options.expand)}`);
  return parts.length === 0 ? path : `${path}?${parts.join('&')}`;
}

/** One path segment taken from data (an id or a UPN): encoded so `/`, `#` and `?` stay inside it. */
export function segment(value: string): string {
  return encodeURIComponent(value);
}
