import { renderConfigurationListCard } from '../../../cards/configurationList';
import type { AdaptiveCard, CardButton } from '../../../cards/render';
import { Verb } from '../../../cards/verbs';
import { ListRequest, pageOfConfigurations } from './listPage';
import type { ConfigurationsServices } from './services';

/**
 * One page of the configuration list. Its Previous, Next and Refresh buttons carry the page and the filter;
 * the verb answers with the new page, which replaces the card in place.
 */
export async function listCard(services: ConfigurationsServices, request: ListRequest = {}): Promise<AdaptiveCard> {
  const page = pageOfConfigurations(await services.catalog.list(), request);
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
    detailsVerb: services.verbs.has(Verb.showConfiguration) ? Verb.showConfiguration : undefined,
    buttons: services.verbs.has(Verb.listConfigurations) ? buttons : [],
  });
}
