import { MAX_CHOICES, renderChoiceCard } from '../../cards/choice';
import { targetName } from '../../cards/format';
import type { AdaptiveCard } from '../../cards/render';
import type { SyncConfiguration } from '../../domain';
import { configurationById } from './findConfiguration';
import { findConfiguration } from './findConfiguration';
import type { ConfigurationCatalog } from '../../sync/catalog';
import { excerpt } from '../planner/normalize';

/**
 * The configuration a command names, or the card that asks which one: the choices carry the verb of the
 * command, so a click finishes what was asked (test connection, restart, logs) rather than showing details.
 */
export async function configurationOrChoice(
  deps: { catalog: ConfigurationCatalog },
  typed: string,
  ask: { verb: string; buttonTitle: string; data?: Record<string, string> },
): Promise<{ config: SyncConfiguration } | { card: AdaptiveCard }> {
  const found = await findConfiguration(deps.catalog, typed);
  if (found.kind === 'one') return { config: found.config };
  const options = found.kind === 'ambiguous' ? found.candidates : found.known;
  const shown = options.slice(0, MAX_CHOICES);
  const quoted = `"${excerpt(typed, 60)}"`;
  return {
    card: renderChoiceCard({
      title:
        found.kind === 'unknown'
          ? `No configuration is named ${quoted}`
          : options.length === 1
            ? `Did you mean ${options[0].displayName}?`
            : `Which configuration did you mean by ${quoted}?`,
      message: found.kind === 'unknown' ? 'These are the configurations I know:' : 'Pick one:',
      choices: shown.map((c) => ({
        title: c.displayName,
        subtitle: `To ${targetName(c)}`,
        button: {
          title: ask.buttonTitle,
          verb: ask.verb,
          data: { ...ask.data, configurationId: c.servicePrincipalId },
        },
      })),
      footer:
        options.length > shown.length
          ? `…and ${options.length - shown.length} more: type "list configurations" to see them all.`
          : undefined,
    }),
  };
}

/** The configuration a card button names, looked up again (the card's word is not taken for it). */
export function configurationOfButton(
  deps: { catalog: ConfigurationCatalog },
  configurationId: string,
): Promise<SyncConfiguration> {
  return configurationById(deps.catalog, configurationId);
}
