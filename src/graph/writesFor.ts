import type { GraphSettings } from '../config';
import type { ActingUser } from '../domain';
import { CodedError, ErrorCode } from '../errors';
import type { Logger } from '../logging';
import type { OnBehalfOfTokens } from './auth/onBehalfOfTokens';
import { createGraphGateway } from './createGraphGateway';
import type { GraphGateway } from './gateway';

/**
 * The gateway a change is made through, for the person it is made for: the app's own gateway when the bot writes as
 * itself (GRAPH_WRITES=app), else a view whose every call carries that person's token (GRAPH_WRITES=user).
 * Reads and monitoring never go through it: they stay app-only and run with nobody signed in.
 */
export type WritesFor = (user: ActingUser | undefined) => GraphGateway;

/** GRAPH_WRITES=app: every change is made by the bot's own identity. */
export function appWrites(gateway: GraphGateway): WritesFor {
  return () => gateway;
}

/** Gateways of people held at once; the oldest built is dropped first (msal keeps the tokens, not this). */
const MAX_HELD = 500;

/** GRAPH_WRITES=user: one gateway per person, built when first asked, whose token is theirs (on-behalf-of). */
export function userWrites(options: {
  settings: GraphSettings;
  tokens: OnBehalfOfTokens;
  logger: Logger;
  /** Tests pass the same options they give the app gateway (retry, sleep). */
  gatewayOptions?: Omit<Parameters<typeof createGraphGateway>[0], 'settings' | 'logger' | 'tokenProvider'>;
}): WritesFor {
  const built = new Map<string, GraphGateway>();
  return (user) => {
    if (!user) {
      throw new CodedError(
        ErrorCode.SignInRequired,
        'This change is made with the Microsoft Entra account of the person who asked, and none was given.',
      );
    }
    const key = `${user.tenantId}/${user.aadObjectId}`.toLowerCase();
    let gateway = built.get(key);
    if (!gateway) {
      gateway = createGraphGateway({
        ...options.gatewayOptions,
        settings: options.settings,
        logger: options.logger.child({ actingFor: user.aadObjectId }),
        tokenProvider: options.tokens.forUser(user),
        delegated: true,
      });
      built.set(key, gateway);
      if (built.size > MAX_HELD) built.delete(built.keys().next().value as string);
    }
    return gateway;
  };
}
