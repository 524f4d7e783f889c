import crypto from 'node:crypto';
import { GraphError, throttled } from '../http/errors';

/** A rule that throttles, slows or fails matching requests (a share of them, or the next N). */
export interface FaultRule {
  id: string;
  kind: 'throttle' | 'delay' | 'error';
  /** Only requests made with a token of this tenant (or to this tenant's token endpoint). */
  tenantId?: string;
  method?: string;
  /** Substring of the path template or the actual path ("/synchronization/jobs", "oauth2"). */
  path?: string;
  /** Share of matching requests affected, 0..1 (deterministic: every 1/share-th request). Default 1. */
  share: number;
  /** Affect only this many more requests, then the rule expires. */
  count?: number;
  retryAfterSeconds?: number;
  delayMs?: number;
  status?: number;
  code?: string;
  message?: string;
  /** Accumulator for the deterministic share. */
  acc: number;
  hits: number;
}

export interface FaultInput {
  tenantId?: string;
  method: string;
  template: string;
  path: string;
  isToken?: boolean;
}

export interface FaultDecision {
  delayMs: number;
  error?: GraphError;
}

export class FaultSet {
  private rules: FaultRule[] = [];

  add(input: Partial<FaultRule> & { kind: FaultRule['kind'] }): FaultRule {
    const rule: FaultRule = { share: 1, ...input, id: input.id ?? crypto.randomUUID(), acc: 0, hits: 0 };
    if (!(rule.share > 0 && rule.share <= 1)) throw new Error('share must be in (0, 1]');
    this.rules.push(rule);
    return rule;
  }

  list(): FaultRule[] {
    return [...this.rules];
  }

  remove(id: string): boolean {
    const before = this.rules.length;
    this.rules = this.rules.filter((r) => r.id !== id);
    return this.rules.length < before;
  }

  clear(): void {
    this.rules = [];
  }

  decide(input: FaultInput): FaultDecision {
    const out: FaultDecision = { delayMs: 0 };
    for (const rule of [...this.rules]) {
      if (!this.applies(rule, input)) continue;
      rule.acc += rule.share;
      if (rule.acc < 1 - 1e-9) continue;
      rule.acc -= 1;
      rule.hits++;
      if (rule.count !== undefined && --rule.count <= 0) this.remove(rule.id);
      if (rule.kind === 'delay') out.delayMs += rule.delayMs ?? 1000;
      else if (!out.error) out.error = this.errorFor(rule);
    }
    return out;
  }

  private applies(rule: FaultRule, input: FaultInput): boolean {
    if (rule.tenantId && rule.tenantId.toLowerCase() !== (input.tenantId ?? '').toLowerCase()) return false;
    if (rule.method && rule.method.toUpperCase() !== input.method) return false;
    if (input.isToken && !(rule.path ?? '').includes('oauth2')) return false;
    if (
      rule.path &&
      !input.template.toLowerCase().includes(rule.path.toLowerCase()) &&
      !input.path.toLowerCase().includes(rule.path.toLowerCase())
    )
      return false;
    return true;
  }

  private errorFor(rule: FaultRule): GraphError {
    if (rule.kind === 'throttle') return throttled(rule.retryAfterSeconds ?? 2);
    const status = rule.status ?? 503;
    const defaults: Record<number, [string, string]> = {
      401: ['InvalidAuthenticationToken', 'Access token has expired or is not yet valid.'],
      403: ['Authorization_RequestDenied', 'Insufficient privileges to complete the operation.'],
      500: ['InternalServerError', 'An internal server error occurred.'],
      502: ['BadGateway', 'Bad gateway.'],
      503: ['serviceNotAvailable', 'The service is temporarily unavailable. Please retry later.'],
      504: ['GatewayTimeout', 'The gateway timed out.'],
    };
    const [code, message] = defaults[status] ?? ['UnknownError', `Simulated failure (${status}).`];
    const headers =
      status === 503 && rule.retryAfterSeconds !== undefined
        ? { 'Retry-After': String(rule.retryAfterSeconds) }
        : undefined;
    return new GraphError(status, rule.code ?? code, rule.message ?? message, headers ? { headers } : {});
  }
}
