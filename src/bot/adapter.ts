import { TeamsAdapter } from './teamsAi';
import { ConfigurationServiceClientCredentialFactory } from 'botbuilder';
import type { BotIdentity } from '../config';
import { reuseConnectorClients } from './reuseConnectorClients';

/**
 * The Bot Framework adapter. Without a bot identity (local mode, loopback only) no JWT is
 * checked and replies carry no token, which is what the Agents Playground expects.
 */
export function createAdapter(identity: BotIdentity | undefined): TeamsAdapter {
  const credentials = identity
    ? new ConfigurationServiceClientCredentialFactory({
        MicrosoftAppId: identity.appId,
        MicrosoftAppPassword: identity.password,
        MicrosoftAppType: identity.type,
        MicrosoftAppTenantId: identity.tenantId,
      })
    : new ConfigurationServiceClientCredentialFactory({});
  return new ReusingTeamsAdapter({}, credentials);
}

/** The Teams adapter, building its outbound clients once instead of on every turn. */
class ReusingTeamsAdapter extends TeamsAdapter {
  constructor(...args: ConstructorParameters<typeof TeamsAdapter>) {
    super(...args);
    reuseConnectorClients(this.botFrameworkAuthentication);
  }
}
