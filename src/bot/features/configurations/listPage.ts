import { attentionFirst, attentionOf } from '../../../cards/attention';
import { CONFIGURATIONS_PER_PAGE } from '../../../cards/configurationList';
import { normalizeName } from '../../../sync/configurationNames';
import type { SyncConfiguration } from '../../../domain';

/** A page number a button may carry: far beyond any tenant's list, small enough to be plainly a number. */
export const MAX_LIST_PAGE = 10_000;
/** The longest filter text accepted, typed or from a button. */
export const LIST_FILTER_CHARS = 100;

/** What a "list configurations" message or a paging button asks for. */
export interface ListRequest {
  /** From 1; past the last page means the last page. */
  page?: number;
  /** Only configurations whose name or target tenant contains this text (case, accents and punctuation aside). */
  filter?: string;
}

export interface ConfigurationPage {
  rows: SyncConfiguration[];
  page: number;
  pages: number;
  /** The first row's position in the (filtered) list, from 1. */
  first: number;
  total: number;
  attention: number;
  /** The page asked for is past the end: the list got shorter since the card was sent (or its data was altered). */
  pastTheEnd: boolean;
}

/**
 * One page of the list, computed from the configurations as they are now: a button carries only the page
 * number and the filter, so a list that changed between two clicks still pages through what exists.
 */
export function pageOfConfigurations(
  all: readonly SyncConfiguration[],
  request: ListRequest,
  perPage = CONFIGURATIONS_PER_PAGE,
): ConfigurationPage {
  const wanted = request.filter ? normalizeName(request.filter) : '';
  const matching = wanted ? all.filter((c) => matches(c, wanted)) : all;
  const ordered = attentionFirst(matching);
  const pages = Math.max(1, Math.ceil(ordered.length / perPage));
  const asked = Math.max(1, request.page ?? 1);
  const page = Math.min(asked, pages);
  const start = (page - 1) * perPage;
  return {
    rows: ordered.slice(start, start + perPage),
    page,
    pages,
    first: start + 1,
    total: ordered.length,
    attention: ordered.filter((c) => attentionOf(c) !== undefined).length,
    pastTheEnd: asked > pages,
  };
}

function matches(config: SyncConfiguration, wanted: string): boolean {
  const t = config.target;
  return [config.displayName, t?.displayName, t?.defaultDomainName, t?.tenantId].some(
    (text) => !!text && normalizeName(text).includes(wanted),
  );
}
