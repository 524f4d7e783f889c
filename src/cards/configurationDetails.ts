import template from '../../cards/configuration-details.json';
import type { ConfigurationDetails } from '../sync/catalog';
import { jobFacts, mappingFacts, quarantineFacts, scopeFacts, trustFacts } from './configurationFacts';
import { jobStatus, targetName } from './format';
import { boundedLines, clip, LINE_CHARS } from './messageBudget';
import { AdaptiveCard, CardButton, Fact, renderTemplate } from './render';

/**
 * Warnings the card lists at most (each clipped); the mappings are already the few key ones (configurationFacts.ts).
 */
export const MAX_WARNINGS = 10;

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
  return renderTemplate('configuration-details', template, {
    name: clip(config.displayName, LINE_CHARS),
    subtitle: `To ${targetName(config)} (${config.target?.tenantId ?? 'tenant id unknown'})`,
    status: status.label,
    statusColor: status.color,
    quarantine: quarantineFacts(config.job).map((f) => ({ title: f.title, value: clip(f.value, LINE_CHARS) })),
    sections: sections
      .filter((s) => s.facts.length > 0)
      .map((s) => ({
        title: s.title,
        facts: s.facts.map((f) => ({ title: f.title, value: clip(f.value, LINE_CHARS) })),
      })),
    warnings: boundedLines(warnings, MAX_WARNINGS).map((text) => ({ text })),
    buttons: model.buttons,
  });
}
