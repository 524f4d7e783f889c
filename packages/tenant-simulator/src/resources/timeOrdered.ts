import { badRequest } from '../http/errors';
import type { Expr } from '../odata/filterAst';
import type { Order } from '../odata/query';
import type { LogEntry, TimeSortedLog } from '../store/logStore';

/** The activityDateTime bounds of a filter's top-level "and" conjuncts, so a time window is a binary search. */
export function timeWindow(expr: Expr | undefined): { from: number; to: number } {
  const w = { from: -Infinity, to: Infinity };
  const visit = (e: Expr): void => {
    if (e.kind !== 'binary') return;
    if (e.op === 'and') {
      visit(e.left);
      visit(e.right);
      return;
    }
    if (
      e.left.kind !== 'prop' ||
      e.left.path.join('/').toLowerCase() !== 'activitydatetime' ||
      e.right.kind !== 'literal'
    )
      return;
    const t = Date.parse(String(e.right.value));
    if (Number.isNaN(t)) return;
    // Whole-second bounds widened by a second: the full filter runs afterwards and decides exactly.
    if (e.op === 'gt' || e.op === 'ge') w.from = Math.max(w.from, t - 1000);
    if (e.op === 'lt' || e.op === 'le') w.to = Math.min(w.to, t + 1000);
    if (e.op === 'eq') {
      w.from = Math.max(w.from, t - 1000);
      w.to = Math.min(w.to, t + 1000);
    }
  };
  if (expr) visit(expr);
  return w;
}

/** A log's entries in a filter's time window, newest first unless $orderby activityDateTime asc. */
export function* timeOrdered(store: TimeSortedLog, filter: Expr | undefined, order: Order): Iterable<LogEntry> {
  if (order.length > 1 || (order.length === 1 && order[0].path.join('/').toLowerCase() !== 'activitydatetime')) {
    throw badRequest(`Sorting is supported on activityDateTime only.`, 'BadRequest');
  }
  const { from, to } = timeWindow(filter);
  const slice = store.range(from, to);
  const desc = order.length === 0 || order[0].desc;
  if (desc) for (let i = slice.length - 1; i >= 0; i--) yield slice[i];
  else yield* slice;
}
