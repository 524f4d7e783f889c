import type { Severity } from '../types';

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2, critical: 3 };

export function worse(a: Severity, b: Severity): boolean {
  return RANK[a] > RANK[b];
}

export function maxSeverity(a: Severity, b: Severity): Severity {
  return worse(b, a) ? b : a;
}
