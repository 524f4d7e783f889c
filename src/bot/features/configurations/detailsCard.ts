import { renderConfigurationDetailsCard } from '../../../cards/configurationDetails';
import type { AdaptiveCard, CardButton } from '../../../cards/render';
import { Verb } from '../../../cards/verbs';
import type { SyncConfiguration } from '../../../domain';
import type { ConfigurationsServices } from './services';

/** What can be done next from a configuration card, limited to verbs the bot answers. */
const NEXT_STEPS: Array<{ verb: string; title: string }> = [
  { verb: Verb.provision, title: 'Provision a user' },
  { verb: Verb.testConnection, title: 'Test connection' },
  { verb: Verb.showLogs, title: 'Provisioning logs' },
  { verb: Verb.showMappings, title: 'Attribute mappings' },
  { verb: Verb.showConfiguration, title: 'Refresh' },
];

export function configurationButtons(config: SyncConfiguration, verbs: ReadonlySet<string>): CardButton[] {
  return NEXT_STEPS.filter((s) => verbs.has(s.verb)).map((s) => ({
    ...s,
    data: { configurationId: config.servicePrincipalId },
  }));
}

export async function detailsCard(services: ConfigurationsServices, config: SyncConfiguration): Promise<AdaptiveCard> {
  const details = await services.catalog.details(config);
  return renderConfigurationDetailsCard({ details, buttons: configurationButtons(config, services.verbs) });
}
