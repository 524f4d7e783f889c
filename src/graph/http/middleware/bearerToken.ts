import type { Context } from '@microsoft/microsoft-graph-client';
import { CodedError, ErrorCode } from '../../../errors';
import type { AccessTokenProvider } from '../../auth/accessTokenProvider';
import { TransportFailure } from '../../errors/transportFailure';
import { ChainLink, headersOf, urlOf } from './chainLink';

/**
 * Adds the bearer token only for the configured Graph origin (scheme, host and port), and
 * removes any Authorization header otherwise, so a token never leaves for another host.
 */
export class BearerTokenLink extends ChainLink {
  constructor(
    private readonly tokens: AccessTokenProvider,
    private readonly graphOrigin: string,
  ) {
    super();
  }

  async execute(context: Context): Promise<void> {
    const headers = headersOf(context);
    delete headers.Authorization;
    delete headers.authorization;
    if (new URL(urlOf(context)).origin === this.graphOrigin) {
      headers.Authorization = `Bearer ${await this.token()}`;
    }
    await this.callNext(context);
  }

  private async token(): Promise<string> {
    try {
      return await this.tokens.getAccessToken();
    } catch (error) {
      const coded =
        error instanceof CodedError
          ? error
          : new CodedError(ErrorCode.GraphUnauthorized, 'Could not get a token for Graph.', {}, { cause: error });
      throw new TransportFailure(coded);
    }
  }
}
