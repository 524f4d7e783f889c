import { MAX_CHOICES, renderChoiceCard } from '../../cards/choice';
import { renderConfigurationDetailsCard } from '../../cards/configurationDetails';
import { renderConfigurationListCard } from '../../cards/configurationList';
import type { AdaptiveCard, CardButton } from '../../cards/render';
import { Verb } from '../../cards/verbs';
import { targetName } from '../../cards/format';
import type { SyncConfiguration } from '../../domain';
import type { BotDeps } from '../deps';
import { excerpt } from '../planner/normalize';
import type { Found } from '../shared/findConfiguration';
import { ListRequest, pageOfConfigurations } from './listPage';

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

export async function detailsCard(deps: BotDeps, config: SyncConfiguration): Promise<AdaptiveCard> {
  const details = await deps.catalog.details(config);
  return renderConfigurationDetailsCard({ details, buttons: configurationButtons(config, deps.verbs) });
}

/**
 * One page of the configuration list. Its Previous, Next and Refresh buttons carry the page and the filter;
 * the verb answers with the new page, which replaces the card in place.
 */
export async function listCard(deps: BotDeps, request: ListRequest = {}): Promise<AdaptiveCard> {
  const page = pageOfConfigurations(await deps.catalog.list(), request);
  const at = (n: number): Record<string, string> =>
    request.filter ? { filter: request.filter, page: String(n) } : { page: String(n) };
  const buttons: CardButton[] = [];
  if (page.page > 1) buttons.push({ title: 'Previous', verb: Verb.listConfigurations, data: at(page.page - 1) });
  if (page.page < page.pages) buttons.push({ title: 'Next', verb: Verb.listConfigurations, data: at(page.page + 1) });
  buttons.push({ title: 'Refresh', verb: Verb.listConfigurations, data: at(page.page) });
  return renderConfigurationListCard({
    configurations: page.rows,
    position: page,
    filter: request.filter,
    note: page.pastTheEnd
      ? `There ${page.pages === 1 ? 'is one page' : `are ${page.pages} pages`} now: this is the last.`
      : undefined,
    detailsVerb: deps.verbs.has(Verb.showConfiguration) ? Verb.showConfiguration : undefined,
    buttons: deps.verbs.has(Verb.listConfigurations) ? buttons : [],
  });
}

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
