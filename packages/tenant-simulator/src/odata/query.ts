import { badRequest, unsupportedQuery } from '../http/errors';
import type { Ctx, GraphResponse } from '../http/types';
import type { Json } from '../store/types';
import { type Expr, visit } from './filterAst';
import { matches, resolvePath } from './filterEval';
import { parseFilter } from './filterParser';
import { parseSearch, type SearchPlan, searchPredicate } from './search';
import { readSkipToken, skipToken, nextLink } from './paging';

/** How one collection answers OData query options. */
export interface CollectionSpec<T> {
  /** Entity name for error messages ("User"). */
  resource: string;
  /** "users" -> "@odata.context": "{base}/$metadata#users". */
  context: string;
  /** Candidate items; may use the filter or the search to consult an index (both are applied afterwards in full). */
  source: (filter: Expr | undefined, order: Order, search: SearchPlan | undefined) => Iterable<T>;
  /** The source already returns items in $orderby order (e.g. a time-sorted log). */
  sortsItself?: boolean;
  view: (item: T) => Json;
  /** Directory objects: case-insensitive strings, ne/not/endswith/$count need ConsistencyLevel: eventual. */
  directory: boolean;
  filterable?: string[];
  orderable?: string[];
  search?: { tokenized: string[]; fallback: string[] };
  defaultSelect?: string[];
  /** Known properties (lower case) with the entity type name: $select of anything else is a 400. */
  properties?: { names: Set<string>; type: string };
  /** Properties kept even with $select (expanded navigation properties). */
  alwaysInclude?: string[];
  defaultTop: number;
  maxTop: number;
}

export function isAdvanced(ctx: Ctx): boolean {
  return (ctx.req.headers['consistencylevel'] ?? '').toLowerCase() === 'eventual';
}

export function parseTop(ctx: Ctx, max: number): number | undefined {
  const raw = ctx.req.query.get('$top');
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > max) {
    throw badRequest(`Invalid page size specified: '${raw}'. Must be between 1 and ${max} inclusive.`);
  }
  return n;
}

export function parsedFilter(ctx: Ctx): Expr | undefined {
  const raw = ctx.req.query.get('$filter');
  return raw === undefined || raw.trim() === '' ? undefined : parseFilter(raw);
}

/** Runs $filter, $search, $orderby, $count, $skiptoken, $top and $select over a collection. */
export function queryCollection<T>(ctx: Ctx, spec: CollectionSpec<T>): GraphResponse {
  const q = ctx.req.query;
  const advanced = isAdvanced(ctx);
  const count = (q.get('$count') ?? '').toLowerCase() === 'true';
  if (count && spec.directory && !advanced) throw badRequest('$count is not currently supported.');
  const filter = parsedFilter(ctx);
  if (filter) validateFilter(filter, spec, advanced && count);
  const searchRaw = q.get('$search');
  if (searchRaw !== undefined && spec.directory && !advanced) {
    throw unsupportedQuery(
      'Request with $search query parameter only works through MSGraph with a special request header: ' +
        "'ConsistencyLevel: eventual'",
    );
  }
  if (searchRaw !== undefined && !spec.search)
    throw badRequest(`Search is not supported on resource '${spec.resource}'.`);
  const top = parseTop(ctx, spec.maxTop) ?? spec.defaultTop;
  const select = parseSelect(ctx);
  if (select && spec.properties) checkSelect(select, spec.properties);
  const order = parseOrderBy(ctx, spec);
  const search = searchRaw !== undefined && spec.search ? parseSearch(searchRaw) : undefined;
  const searchMatches = search && spec.search && searchPredicate(search, spec.search.tokenized, spec.search.fallback);

  const opts = { caseInsensitive: spec.directory };
  const items: { item: T; view: Json }[] = [];
  for (const item of spec.source(filter, order, search)) {
    const view = spec.view(item);
    if (filter && !matches(filter, view, opts)) continue;
    if (searchMatches && !searchMatches(view)) continue;
    items.push({ item, view });
  }
  if (order.length > 0 && !spec.sortsItself) items.sort((a, b) => compareBy(order, a.view, b.view));

  const state = readSkipToken(q.get('$skiptoken'));
  const offset = state?.offset ?? 0;
  const page = items.slice(offset, offset + top);
  const body: Json = { '@odata.context': contextUrl(ctx, spec.context, select) };
  if (count && offset === 0) body['@odata.count'] = items.length;
  if (offset + top < items.length) body['@odata.nextLink'] = nextLink(ctx, skipToken({ offset: offset + top }));
  const keep =
    select && spec.alwaysInclude ? [...select, ...spec.alwaysInclude.filter((p) => !select.includes(p))] : select;
  body.value = page.map((x) => project(x.view, keep ?? spec.defaultSelect));
  return { status: 200, body };
}

export function contextUrl(ctx: Ctx, context: string, select?: string[]): string {
  return `${ctx.baseUrl}/$metadata#${context}${select ? `(${select.join(',')})` : ''}`;
}

export function parseSelect(ctx: Ctx): string[] | undefined {
  const raw = ctx.req.query.get('$select');
  if (raw === undefined || raw.trim() === '') return undefined;
  return raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

export function checkSelect(select: string[], properties: { names: Set<string>; type: string }): void {
  const unknown = select.find((s) => s !== '*' && !properties.names.has(s.toLowerCase()));
  if (unknown) throw badRequest(`Could not find a property named '${unknown}' on type '${properties.type}'.`);
}

/**
 * Keeps the selected properties (case-insensitively), plus @odata.type; unknown selected properties come back as null.
 */
export function project(view: Json, select: string[] | undefined): Json {
  if (!select) return view;
  const out: Json = {};
  if (view['@odata.type'] !== undefined) out['@odata.type'] = view['@odata.type'];
  for (const s of select) {
    if (s === '*') return view;
    const key = Object.keys(view).find((k) => k.toLowerCase() === s.toLowerCase());
    out[key ?? s] = key === undefined ? null : view[key];
  }
  return out;
}

export type Order = { path: string[]; desc: boolean }[];

function parseOrderBy<T>(ctx: Ctx, spec: CollectionSpec<T>): Order {
  const raw = ctx.req.query.get('$orderby');
  if (raw === undefined || raw.trim() === '') return [];
  return raw.split(',').map((part) => {
    const [prop, dir, extra] = part.trim().split(/\s+/);
    const d = (dir ?? 'asc').toLowerCase();
    if (extra !== undefined || (d !== 'asc' && d !== 'desc'))
      throw badRequest(`Syntax error at position 0 in '${raw}'.`);
    if (spec.orderable && !spec.orderable.includes(prop.toLowerCase())) {
      throw unsupportedQuery(`Sorting not supported for '${prop}'.`);
    }
    return { path: prop.split('/'), desc: d === 'desc' };
  });
}

function compareBy(order: Order, a: Json, b: Json): number {
  for (const o of order) {
    const x = resolvePath(a, o.path) as string | number | null | undefined;
    const y = resolvePath(b, o.path) as string | number | null | undefined;
    let c: number;
    if (x === y) c = 0;
    else if (x === null || x === undefined) c = -1;
    else if (y === null || y === undefined) c = 1;
    else if (typeof x === 'string' && typeof y === 'string') c = x.localeCompare(y, 'en', { sensitivity: 'base' });
    else c = x < y ? -1 : 1;
    if (c !== 0) return o.desc ? -c : c;
  }
  return 0;
}

/** Unsupported properties or operators are 400 Request_UnsupportedQuery, as on directory objects. */
function validateFilter<T>(filter: Expr, spec: CollectionSpec<T>, advanced: boolean): void {
  const lambdaVars = new Set<string>();
  visit(filter, (e) => {
    if (e.kind === 'lambda' && e.variable) lambdaVars.add(e.variable);
  });
  const unsupported = (prop: string): Error =>
    unsupportedQuery(
      `Unsupported or invalid query filter clause specified for property '${prop}' of resource '${spec.resource}'.`,
    );
  visit(filter, (e) => {
    if (e.kind === 'prop' && !lambdaVars.has(e.path[0]) && spec.filterable) {
      const p = e.path.join('/').toLowerCase();
      if (!spec.filterable.includes(p)) throw unsupported(e.path.join('/'));
    }
    if (!spec.directory || advanced) return;
    if (e.kind === 'call' && e.name === 'endswith') {
      throw unsupportedQuery(
        "Operator 'endsWith' is not supported because the required parameters might be missing. Try adding " +
          '$count=true query parameter and ConsistencyLevel:eventual header. Refer to ' +
          'https://aka.ms/graph-docs/advanced-queries for more information',
      );
    }
    if ((e.kind === 'binary' && e.op === 'ne') || e.kind === 'not') {
      const prop = firstProp(e);
      throw unsupported(prop ?? 'unknown');
    }
  });
}

function firstProp(e: Expr): string | undefined {
  let found: string | undefined;
  visit(e, (x) => {
    if (!found && x.kind === 'prop') found = x.path.join('/');
  });
  return found;
}
