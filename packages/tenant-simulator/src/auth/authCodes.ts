import crypto from 'node:crypto';
import type { AuthMethods } from './userTokens';

/** What an authorization code stands for until the client redeems it (once, within ten minutes). */
export interface PendingCode {
  tenantId: string;
  clientId: string;
  /** The app whose API the code's scope names (the audience of the token it buys). */
  apiClientId: string;
  userId: string;
  redirectUri: string;
  scopes: string[];
  codeChallenge?: string;
  nonce?: string;
  amr: AuthMethods;
  expiresAt: number;
}

const CODE_LIFETIME_MS = 10 * 60_000;

export class AuthCodes {
  private readonly pending = new Map<string, PendingCode>();

  issue(code: Omit<PendingCode, 'expiresAt'>, now = Date.now()): string {
    for (const [k, v] of this.pending) if (v.expiresAt <= now) this.pending.delete(k);
    const value = crypto.randomBytes(32).toString('base64url');
    this.pending.set(value, { ...code, expiresAt: now + CODE_LIFETIME_MS });
    return value;
  }

  /** The code's grant, removed so it cannot be redeemed twice; undefined when unknown, used or expired. */
  redeem(code: string, now = Date.now()): PendingCode | undefined {
    const found = this.pending.get(code);
    this.pending.delete(code);
    return found && found.expiresAt > now ? found : undefined;
  }
}

/** PKCE (RFC 7636): S256 of the verifier must equal the challenge sent to the authorize endpoint. */
export function pkceMatches(challenge: string, verifier: string): boolean {
  return crypto.createHash('sha256').update(verifier).digest('base64url') === challenge;
}
