import { MAX_CHOICES, renderChoiceCard } from '../../../cards/choice';
import { targetName } from '../../../cards/format';
import type { AdaptiveCard } from '../../../cards/render';
import { Verb } from '../../../cards/verbs';
import { excerpt } from '../../planner/normalize';
import type { Found } from '../../shared/findConfiguration';

/** "Which one did you mean?" for an ambiguous or misspelt name, or the known ones for an unknown name. */
export function chooseConfigurationCard(typed: string, found: Exclude<Found, { kind: 'one' }>): AdaptiveCard {
  const options = found.kind === 'ambiguous' ? found.candidates : found.known;
  const shown = options.slice(0, MAX_CHOICES);
  const quoted = `"${excerpt(typed, 60)}"`;
  const [title, message] =
    found.kind === 'unknown'
      ? [`No configuration is named ${quoted}`, 'These are the configurations I know:']
      : options.length === 1
        ? [`Did you mean ${options[0].displayName}?`, `No configuration is named ${quoted} exactly.`]
        : [`Which configuration did you mean by ${quoted}?`, 'Several configurations match. Pick one:'];
  return renderChoiceCard({
    title,
    message,
    choices: shown.map((c) => ({
      title: c.displayName,
      subtitle: `To ${targetName(c)}`,
      button: { title: 'Show', verb: Verb.showConfiguration, data: { configurationId: c.servicePrincipalId } },
    })),
    footer:
      options.length > shown.length
        ? `…and ${options.length - shown.length} more: type "list configurations" to see them all.`
        : undefined,
  });
}
