import { badRequest } from '../http/errors';
import type { Expr } from './filterAst';

export interface EvalOptions {
  /** Directory objects compare strings case-insensitively; audit logs are case sensitive. */
  caseInsensitive: boolean;
}

type Scope = Record<string, unknown>;

/** Evaluates a parsed $filter against one object (Graph property names, resolved case-insensitively). */
export function matches(expr: Expr, obj: unknown, opts: EvalOptions): boolean {
  return truthy(evaluate(expr, obj, {}, opts));
}

function truthy(v: unknown): boolean {
  return v === true;
}

export function resolvePath(obj: unknown, path: string[]): unknown {
  let cur: unknown = obj;
  for (const seg of path) {
    if (cur === null || cur === undefined || typeof cur !== 'object') return undefined;
    const rec = cur as Record<string, unknown>;
    if (seg in rec) {
      cur = rec[seg];
      continue;
    }
    const lower = seg.toLowerCase();
    const key = Object.keys(rec).find((k) => k.toLowerCase() === lower);
    cur = key === undefined ? undefined : rec[key];
  }
  return cur;
}

function evaluate(expr: Expr, obj: unknown, vars: Scope, opts: EvalOptions): unknown {
  switch (expr.kind) {
    case 'literal':
      return expr.value;
    case 'prop': {
      const [head, ...rest] = expr.path;
      if (head in vars) return resolvePath(vars[head], rest);
      return resolvePath(obj, expr.path);
    }
    case 'not':
      return !truthy(evaluate(expr.expr, obj, vars, opts));
    case 'in': {
      const left = evaluate(expr.left, obj, vars, opts);
      return expr.values.some((v) => compare('eq', left, evaluate(v, obj, vars, opts), opts));
    }
    case 'binary': {
      if (expr.op === 'and')
        return truthy(evaluate(expr.left, obj, vars, opts)) && truthy(evaluate(expr.right, obj, vars, opts));
      if (expr.op === 'or')
        return truthy(evaluate(expr.left, obj, vars, opts)) || truthy(evaluate(expr.right, obj, vars, opts));
      return compare(expr.op, evaluate(expr.left, obj, vars, opts), evaluate(expr.right, obj, vars, opts), opts);
    }
    case 'call':
      return call(
        expr.name,
        expr.args.map((a) => evaluate(a, obj, vars, opts)),
        opts,
      );
    case 'lambda': {
      const coll = evaluate(expr.collection, obj, vars, opts);
      const items = Array.isArray(coll) ? coll : [];
      if (!expr.body || !expr.variable) return items.length > 0;
      const test = (item: unknown): boolean =>
        truthy(evaluate(expr.body!, obj, { ...vars, [expr.variable!]: item }, opts));
      return expr.op === 'any' ? items.some(test) : items.every(test);
    }
  }
}

function norm(v: unknown, opts: EvalOptions): unknown {
  return typeof v === 'string' && opts.caseInsensitive ? v.toLowerCase() : v;
}

function compare(op: string, a: unknown, b: unknown, opts: EvalOptions): boolean {
  if (op === 'eq' || op === 'ne') {
    let eq: boolean;
    if ((a === null || a === undefined) && (b === null || b === undefined)) eq = true;
    else if (typeof a === 'string' && typeof b === 'string' && isDateLike(b) && isDateLike(a))
      eq = Date.parse(a) === Date.parse(b);
    else eq = norm(a, opts) === norm(b, opts);
    return op === 'eq' ? eq : !eq;
  }
  if (a === null || a === undefined || b === null || b === undefined) return false;
  let x: unknown;
  let y: unknown;
  if (typeof a === 'string' && typeof b === 'string' && isDateLike(a) && isDateLike(b)) {
    x = Date.parse(a);
    y = Date.parse(b);
  } else {
    x = norm(a, opts);
    y = norm(b, opts);
  }
  const xs = x as number | string;
  const ys = y as number | string;
  switch (op) {
    case 'gt':
      return xs > ys;
    case 'ge':
      return xs >= ys;
    case 'lt':
      return xs < ys;
    case 'le':
      return xs <= ys;
  }
  return false;
}

const DATE_LIKE = /^\d{4}-\d{2}-\d{2}(T[\d:.]+)?(Z|[+-]\d{2}:\d{2})?$/;
function isDateLike(v: string): boolean {
  return DATE_LIKE.test(v);
}

function str(v: unknown, opts: EvalOptions): string | undefined {
  if (typeof v !== 'string') return undefined;
  return opts.caseInsensitive ? v.toLowerCase() : v;
}

function call(name: string, args: unknown[], opts: EvalOptions): unknown {
  switch (name) {
    case 'startswith':
    case 'endswith':
    case 'contains': {
      const a = str(args[0], opts);
      const b = str(args[1], opts);
      if (a === undefined || b === undefined) return false;
      if (name === 'startswith') return a.startsWith(b);
      if (name === 'endswith') return a.endsWith(b);
      return a.includes(b);
    }
    case 'tolower':
      return typeof args[0] === 'string' ? args[0].toLowerCase() : args[0];
    case 'toupper':
      return typeof args[0] === 'string' ? args[0].toUpperCase() : args[0];
    default:
      throw badRequest(`Invalid filter clause: An unknown function with name '${name}' was found.`);
  }
}
