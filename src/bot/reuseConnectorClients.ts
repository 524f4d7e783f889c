import type {
  BotFrameworkAuthentication,
  ClaimsIdentity,
  ConnectorClient,
  ConnectorFactory,
  UserTokenClient,
} from 'botframework-connector';

/** Clients kept at most per kind; the oldest goes first (Teams uses a handful of service URLs). */
const MAX_CLIENTS = 100;

/**
 * Makes the adapter reuse its Bot Connector and user-token clients across turns. botbuilder builds
 * both for every activity: each is an HTTP pipeline of a dozen policies with its own credentials,
 * which cost more CPU than the rest of a simple turn. A client depends only on the bot's app id,
 * the audience and the service URL, and keeps nothing of a turn (credentials cache their tokens
 * process-wide and refresh them), so one client serves every turn with the same three. The
 * inbound request is still authenticated on every turn: only what is built after that is reused.
 */
export function reuseConnectorClients(auth: BotFrameworkAuthentication): void {
  const connectors = new RecentPromises<ConnectorClient>(MAX_CLIENTS);
  const userTokens = new RecentPromises<UserTokenClient>(MAX_CLIENTS);
  const reusing = (factory: ConnectorFactory, claims: ClaimsIdentity): ConnectorFactory => ({
    create: (serviceUrl, audience) =>
      connectors.get(`${appIdOf(claims)}\n${audience ?? ''}\n${serviceUrl}`, () =>
        factory.create(serviceUrl, audience),
      ),
  });

  const authenticateRequest = auth.authenticateRequest.bind(auth);
  auth.authenticateRequest = async (activity, authHeader) => {
    const result = await authenticateRequest(activity, authHeader);
    return result.connectorFactory
      ? { ...result, connectorFactory: reusing(result.connectorFactory, result.claimsIdentity) }
      : result;
  };
  const createConnectorFactory = auth.createConnectorFactory.bind(auth);
  auth.createConnectorFactory = (claims) => reusing(createConnectorFactory(claims), claims);
  const createUserTokenClient = auth.createUserTokenClient.bind(auth);
  auth.createUserTokenClient = (claims) => userTokens.get(appIdOf(claims), () => createUserTokenClient(claims));
}

/** The app id botbuilder builds clients for: the token's audience, else its appid claim (as botbuilder's getAppId). */
function appIdOf(claims: ClaimsIdentity): string {
  return claims.getClaimValue('aud') ?? claims.getClaimValue('appid') ?? '';
}

/** Promises by key, at most `max` of them; a rejected one is forgotten, so the next call tries again. */
class RecentPromises<T> {
  private readonly entries = new Map<string, Promise<T>>();

  constructor(private readonly max: number) {}

  get(key: string, make: () => Promise<T>): Promise<T> {
    const known = this.entries.get(key);
    if (known) return known;
    const made = make();
    this.entries.set(key, made);
    made.catch(() => {
      if (this.entries.get(key) === made) this.entries.delete(key);
    });
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value as string);
    return made;
  }
}
