import { ConfidentialClientApplication, INetworkModule, LogLevel, NodeAuthOptions } from '@azure/msal-node';
import { CodedError, ErrorCode } from '../../errors';
import type { Logger } from '../../logging';
import type { AccessTokenProvider } from './accessTokenProvider';
import { authorityOptions } from './authorityMetadata';
import type { CertificateCredential } from './certificateCredential';
import { tokenError } from './tokenErrors';

export interface MsalTokenProviderOptions {
  tenantId: string;
  clientId: string;
  secret?: string;
  certificate?: CertificateCredential;
  authorityHost: string;
  scope: string;
  logger: Logger;
  /** Replaces msal's HTTP client; tests put a fake at this edge. */
  networkClient?: INetworkModule;
}

/**
 * App-only tokens from msal-node's ConfidentialClientApplication (client secret or
 * certificate). msal caches the token in memory and renews it shortly before it expires.
 */
export function createMsalTokenProvider(options: MsalTokenProviderOptions): AccessTokenProvider {
  const authority = authorityOptions(options.authorityHost, options.tenantId);
  const auth: NodeAuthOptions = { clientId: options.clientId, ...authority };
  if (options.secret) auth.clientSecret = options.secret;
  else if (options.certificate) auth.clientCertificate = { ...options.certificate };
  else throw new CodedError(ErrorCode.BotMisconfigured, 'A Graph client secret or certificate is required for msal.');

  const log = options.logger.child({ component: 'msal' });
  const app = new ConfidentialClientApplication({
    auth,
    system: {
      // Only when given: an explicit undefined would replace msal's HTTP client with a stub.
      ...(options.networkClient ? { networkClient: options.networkClient } : {}),
      loggerOptions: {
        piiLoggingEnabled: false,
        logLevel: LogLevel.Warning,
        // msal's own lines carry no secrets with PII logging off; keep them at debug.
        loggerCallback: (_level, message) => log.debug(message),
      },
    },
  });

  return {
    async getAccessToken() {
      let result;
      try {
        result = await app.acquireTokenByClientCredential({ scopes: [options.scope] });
      } catch (error) {
        throw tokenError(error, { authority: authority.authority, clientId: options.clientId });
      }
      if (!result?.accessToken) {
        throw new CodedError(
          ErrorCode.GraphUnauthorized,
          `The sign-in endpoint ${authority.authority} returned no access token for client ${options.clientId}.`,
        );
      }
      return result.accessToken;
    },
  };
}
