/** The parsed form of an OData $filter expression. */
export type Literal = {
  kind: 'literal';
  type: 'string' | 'number' | 'boolean' | 'null' | 'datetime' | 'guid';
  value: string | number | boolean | null;
};
export type Prop = { kind: 'prop'; path: string[] };
export type Comparison = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';

export type Expr =
  | Literal
  | Prop
  | { kind: 'binary'; op: Comparison | 'and' | 'or'; left: Expr; right: Expr }
  | { kind: 'in'; left: Expr; values: Expr[] }
  | { kind: 'not'; expr: Expr }
  | { kind: 'call'; name: string; args: Expr[] }
  | { kind: 'lambda'; op: 'any' | 'all'; collection: Prop; variable?: string; body?: Expr };

export const COMPARISONS = new Set(['eq', 'ne', 'gt', 'ge', 'lt', 'le']);

/** Walks every node (for validation and planning). */
export function visit(expr: Expr, fn: (e: Expr) => void): void {
  fn(expr);
  switch (expr.kind) {
    case 'binary':
      visit(expr.left, fn);
      visit(expr.right, fn);
      break;
    case 'in':
      visit(expr.left, fn);
      expr.values.forEach((v) => visit(v, fn));
      break;
    case 'not':
      visit(expr.expr, fn);
      break;
    case 'call':
      expr.args.forEach((a) => visit(a, fn));
      break;
    case 'lambda':
      if (expr.body) visit(expr.body, fn);
      break;
    default:
  }
}
