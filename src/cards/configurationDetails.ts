import template from '../../cards/configuration-details.json';
import type { ConfigurationDetails } from '../sync/catalog';
import { jobFacts, mappingFacts, quarantineFacts, scopeFacts, trustFacts } from './configurationFacts';
import { jobStatus, targetName } from './format';
import { AdaptiveCard, CardButton, Fact, renderTemplate } from './render';

export interface ConfigurationDetailsModel {
  details: ConfigurationDetails;
  /** Buttons for what can be done next; only verbs the bot answers. */
  buttons: CardButton[];
}

export function renderConfigurationDetailsCard(model: ConfigurationDetailsModel): AdaptiveCard {
  const { config, settings, mappings, partner, warnings } = model.details;
  const status = jobStatus(config.job);
  const sections: Array<{ title: string; facts: Fact[] }> = [
    { title: 'Provisioning job', facts: jobFacts(config.job, settings) },
    { title: 'Scope', facts: scopeFacts(model.details) },
    { title: 'Key attribute mappings', facts: mappingFacts(mappings) },
    { title: 'Trust and automatic redemption', facts: trustFacts(partner) },
  ];
  return renderTemplate(template, {
    name: config.displayName,
    subtitle: `To ${targetName(config)} (${config.target?.tenantId ?? 'tenant id unknown'})`,
    status: status.label,
    statusColor: status.color,
    quarantine: quarantineFacts(config.job),
    sections: sections.filter((s) => s.facts.length > 0),
    warnings: warnings.map((text) => ({ text })),
    buttons: model.buttons,
  });
}
