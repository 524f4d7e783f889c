import { ConfidentialClientApplication, INetworkModule, LogLevel, NodeAuthOptions } from '@azure/msal-node';
import { CodedError, ErrorCode } from '../../errors';
import type { ActingUser } from '../../domain';
import type { Logger } from '../../logging';
import type { AccessTokenProvider } from './accessTokenProvider';
import { authorityOptions } from './authorityMetadata';
import type { CertificateCredential } from './certificateCredential';
import { delegatedTokenError } from './delegatedTokenErrors';
import type { SignIns } from './signIns';

export interface OnBehalfOfOptions {
  /** The home tenant: the people who sign in are its users. */
  tenantId: string;
  /** The SSO app registration (the manifest's webApplicationInfo.id) whose tokens Teams hands the bot. */
  clientId: string;
  secret?: string;
  certificate?: CertificateCredential;
  authorityHost: string;
  /** Graph's .default: every delegated permission admin consent granted the SSO app. */
  scope: string;
  signIns: SignIns;
  logger: Logger;
  /** Replaces msal's HTTP client; tests put a fake at this edge. */
  networkClient?: INetworkModule;
  /**
   * Signs a person in without Teams (local mode: the simulator's sign-in page, since the Playground has no SSO): their
   * SSO token, exchanged and held as a Teams one would be.
   */
  silentSignIn?: (user: ActingUser) => Promise<string>;
}

/** Delegated Graph tokens for the people signed in to the bot. */
export interface OnBehalfOfTokens {
  /** Checks the person's Teams SSO token by exchanging it once, then holds it (signIns). */
  signIn(user: ActingUser, assertion: string): Promise<void>;
  /** The token source for one person's writes: each call exchanges their held assertion (msal's cache may answer). */
  forUser(user: ActingUser): AccessTokenProvider;
}

/**
 * Graph tokens on behalf of a person (OAuth 2.0 on-behalf-of, msal-node acquireTokenOnBehalfOf): Entra issues them
 * with the person's `oid` and the SSO app's delegated scopes, so Graph applies the person's directory roles, PIM and
 * Conditional Access to every change. Tokens live only in msal's in-memory cache and in this process's memory.
 */
export function createOnBehalfOfTokens(options: OnBehalfOfOptions): OnBehalfOfTokens {
  const authority = authorityOptions(options.authorityHost, options.tenantId);
  const auth: NodeAuthOptions = { clientId: options.clientId, ...authority };
  if (options.secret) auth.clientSecret = options.secret;
  else if (options.certificate) auth.clientCertificate = { ...options.certificate };
  else throw new CodedError(ErrorCode.BotMisconfigured, 'The SSO app needs a client secret or certificate for msal.');
  const log = options.logger.child({ component: 'msal-obo' });
  const app = new ConfidentialClientApplication({
    auth,
    system: {
      ...(options.networkClient ? { networkClient: options.networkClient } : {}),
      loggerOptions: {
        piiLoggingEnabled: false,
        logLevel: LogLevel.Warning,
        loggerCallback: (_level, message) => log.debug(message),
      },
    },
  });
  const where = { authority: authority.authority, clientId: options.clientId };

  const exchange = async (assertion: string): Promise<string> => {
    let result;
    try {
      result = await app.acquireTokenOnBehalfOf({ oboAssertion: assertion, scopes: [options.scope] });
    } catch (error) {
      throw delegatedTokenError(error, where);
    }
    if (!result?.accessToken)
      throw new CodedError(ErrorCode.SignInRequired, 'Microsoft Entra returned no token for your sign-in.');
    return result.accessToken;
  };

  return {
    async signIn(user, assertion) {
      await exchange(assertion);
      options.signIns.remember(user, assertion);
      log.info({ actorId: user.aadObjectId }, 'signed in for changes made as the person');
    },
    forUser(user) {
      return {
        async getAccessToken() {
          let assertion = options.signIns.assertionOf(user);
          if (!assertion && options.silentSignIn) {
            assertion = await options.silentSignIn(user);
            options.signIns.remember(user, assertion);
          }
          if (!assertion) {
            throw new CodedError(
              ErrorCode.SignInRequired,
              'Changes are made with your own Microsoft Entra account, and you are not signed in to the bot (or ' +
                'your sign-in expired).',
              { actorId: user.aadObjectId },
            );
          }
          try {
            return await exchange(assertion);
          } catch (error) {
            if (error instanceof CodedError && error.code === ErrorCode.SignInRequired) options.signIns.forget(user);
            throw error;
          }
        },
      };
    },
  };
}
