import type { AdaptiveCard } from '../../../cards/render';
import type { ActingUser, DirectoryUser, SyncConfiguration } from '../../../domain';
import type { Logger } from '../../../logging';
import type { LiveCard } from '../../shared/liveCard';
import { progressCard } from '../../shared/workingCards';
import { resultCard, subtitleOf } from './resultCard';
import type { ProvisioningServices } from './services';

/** Provisions one user with one configuration, saying on the live card what it waits for (rate limit, throttling). */
export async function provisionInto(
  services: ProvisioningServices,
  log: Logger,
  live: LiveCard,
  config: SyncConfiguration,
  user: DirectoryUser,
  /** Who asks: provisioning is asked with their token (GRAPH_WRITES=user). */
  by?: ActingUser,
): Promise<AdaptiveCard> {
  const title = `Provisioning ${user.displayName}`;
  const subtitle = subtitleOf(config, user);
  const say = (headline: string) => live.show(progressCard(title, subtitle, headline));
  await say(`Calling provision on demand for ${config.displayName}…`);
  const result = await services.provisioning.provision(
    config,
    user,
    async (e) => {
      if (e.stage === 'waiting') {
        const seconds = Math.ceil(e.waitMs / 1000);
        await say(
          e.reason === 'rateLimit'
            ? `Waiting ${seconds} s: provision on demand allows 5 requests per 10 seconds for ${config.displayName}…`
            : `Microsoft Graph asked me to wait ${seconds} s (throttling); I will try again then…`,
        );
      } else if (e.stage === 'checkingSettings') {
        await say('It failed: checking the tenant settings behind the error…');
      }
    },
    by,
  );
  log.info(
    {
      configuration: config.displayName,
      userId: user.id,
      action: result.outcome.action,
      status: result.outcome.status,
      code: result.outcome.error?.code,
    },
    'provisioned on demand',
  );
  return resultCard(config, user, result, services.verbs);
}
