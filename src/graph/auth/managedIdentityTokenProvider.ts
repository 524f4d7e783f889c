import { ManagedIdentityCredential, TokenCredential } from '@azure/identity';
import { CodedError, ErrorCode } from '../../errors';
import type { AccessTokenProvider } from './accessTokenProvider';

export interface ManagedIdentityOptions {
  /** Client id of a user-assigned identity; absent for the system-assigned one. */
  clientId?: string;
  scope: string;
  /** Tests pass a fake credential at this edge. */
  credential?: TokenCredential;
}

/** Tokens from the Azure managed identity of the host (App Service, Functions, VM). */
export function createManagedIdentityTokenProvider(options: ManagedIdentityOptions): AccessTokenProvider {
  const credential =
    options.credential ??
    (options.clientId
      ? new ManagedIdentityCredential({ clientId: options.clientId })
      : new ManagedIdentityCredential());
  const which = options.clientId
    ? `user-assigned managed identity ${options.clientId}`
    : 'system-assigned managed identity';
  return {
    async getAccessToken() {
      try {
        const token = await credential.getToken(options.scope);
        if (!token?.token) throw new Error('no token returned');
        return token.token;
      } catch (error) {
        const unavailable = (error as Error).name === 'CredentialUnavailableError';
        const advice = unavailable
          ? `no ${which} is available on this host: assign it to the App Service (Identity blade) or set ` +
            `GRAPH_CLIENT_ID with a secret or certificate instead`
          : `the ${which} could not get a token: check that it exists and that Graph application permissions were ` +
            `granted to it`;
        throw new CodedError(
          ErrorCode.GraphUnauthorized,
          `Could not get a Graph token: ${advice}.`,
          { graphCode: (error as Error).name },
          { cause: error },
        );
      }
    },
  };
}
