import { CodedError, ErrorCode } from '../../errors';
import type { ActingUser } from '../../domain';

/** The claims of a Teams SSO token the bot checks before holding it (the signature is Entra's to check, in OBO). */
interface AssertionClaims {
  oid?: string;
  tid?: string;
  exp?: number;
}

interface Held {
  assertion: string;
  expiresAtMs: number;
}

/**
 * The people signed in to the bot: each one's Teams SSO token (the assertion the on-behalf-of grant exchanges),
 * in this process's memory only, until it expires. Never written to storage, a log or a card. A person whose token
 * is gone (restart, expiry, another instance) is asked to sign in again.
 */
export class SignIns {
  private readonly held = new Map<string, Held>();

  constructor(
    private readonly now: () => number = Date.now,
    /** The most people held at once; the oldest sign-in is dropped first. */
    private readonly capacity = 5000,
  ) {}

  /** Holds `assertion` for `user` after checking it was issued to that person in that tenant. */
  remember(user: ActingUser, assertion: string): void {
    const claims = readClaims(assertion);
    if (!sameId(claims.oid, user.aadObjectId) || !sameId(claims.tid, user.tenantId)) {
      throw new CodedError(
        ErrorCode.SignInRequired,
        'The sign-in token Teams sent is not for the person who sent it.',
        {
          reason: 'assertionForAnotherUser',
        },
      );
    }
    const expiresAtMs = typeof claims.exp === 'number' ? claims.exp * 1000 : this.now() + 3600_000;
    const key = keyOf(user);
    this.held.delete(key);
    this.held.set(key, { assertion, expiresAtMs });
    if (this.held.size > this.capacity) this.held.delete(this.held.keys().next().value as string);
  }

  /** The person's assertion while it is valid; undefined when they must sign in (again). */
  assertionOf(user: ActingUser): string | undefined {
    const key = keyOf(user);
    const found = this.held.get(key);
    if (!found) return undefined;
    if (found.expiresAtMs <= this.now()) {
      this.held.delete(key);
      return undefined;
    }
    return found.assertion;
  }

  forget(user: ActingUser): void {
    this.held.delete(keyOf(user));
  }
}

function keyOf(user: ActingUser): string {
  return `${user.tenantId.toLowerCase()}/${user.aadObjectId.toLowerCase()}`;
}

function sameId(a: string | undefined, b: string): boolean {
  return typeof a === 'string' && a.toLowerCase() === b.toLowerCase();
}

function readClaims(jwt: string): AssertionClaims {
  const payload = jwt.split('.')[1];
  if (!payload) return {};
  try {
    return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as AssertionClaims;
  } catch {
    return {};
  }
}
