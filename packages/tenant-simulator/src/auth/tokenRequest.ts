import type { SimulatorState } from '../store/tenant';
import type { AuthCodes } from './authCodes';
import type { SigningKey } from './signingKey';

/** What the token endpoint works with: the directory, the signing key and the pending authorization codes. */
export interface TokenIssuer {
  state: SimulatorState;
  key: SigningKey;
  codes: AuthCodes;
}

export interface TokenRequest {
  tenantSegment: string;
  form: URLSearchParams;
  correlationId: string | undefined;
  /** "https://127.0.0.1:PORT", the authority host the client addressed (issuer of v2 tokens). */
  authorityHost: string;
}
