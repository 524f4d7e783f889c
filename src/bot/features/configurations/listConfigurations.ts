import { z } from 'zod';
import { Verb } from '../../../cards/verbs';
import { defineOperation } from '../../operations/operation';
import { sendCard } from '../../turn/reply';
import { listCard } from './listCard';
import { LIST_FILTER_CHARS, MAX_LIST_PAGE } from './listPage';
import type { ConfigurationsServices } from './services';

const OBJECT =
  /(?:(?:cross[- ]?tenant )?(?:sync(?:hroni[sz]ation)? )?(?:configurations?|configs?|cfgs?)|syncs|synchroni[sz]ations)/
    .source;
/** Only the plural after "list": "show configuration Contoso A" stays one configuration's details. */
const OBJECTS =
  /(?:(?:cross[- ]?tenant )?(?:sync(?:hroni[sz]ation)? )?(?:configurations|configs|cfgs)|syncs|synchroni[sz]ations)/
    .source;
const LIST = /^(?:list|ls)(?: all)?(?: (?:the|my|our))? /.source;
const MATCHING = / (?:(?:for|matching|named|like|containing|with|to) )?(?<filter>.+)$/.source;

/**
 * "list configurations", and Previous, Next and Refresh on the list: the page to show (a page past the end shows
 * the last one) and the filter the list was asked with. Anything else in the button data is refused as altered.
 */
export const listConfigurations = defineOperation<ConfigurationsServices>()({
  name: 'listConfigurations',
  title: 'List configurations',
  role: 'reader',
  command: {
    description:
      'Lists the cross-tenant synchronization configurations, a page at a time, those that need attention first: ' +
      'target tenant, job status, last run and scope. ' +
      'Optionally only those whose name or target tenant contains some text.',
    parameters: z.object({
      filter: z
        .string()
        .trim()
        .max(LIST_FILTER_CHARS, `a filter has at most ${LIST_FILTER_CHARS} characters`)
        .optional()
        .describe('Text the configuration name or target tenant contains ("fabrikam")'),
    }),
    examples: ['list configurations', 'show configs', 'status', 'list configurations fabrikam'],
    patterns: [
      new RegExp(
        `^(?:(?:list|show|get|display|see|view|what are)(?: me)?(?: all)?(?: (?:the|my|our))? )?(?:all )?${OBJECT}$`,
        'i',
      ),
      /^(?:list|ls|status|overview|health)$/i,
      new RegExp(`${LIST}${OBJECTS}${MATCHING}`, 'i'),
    ],
    run:
      (services) =>
      async ({ context }, { filter }) => {
        await sendCard(context, await listCard(services, { filter: filter || undefined }));
      },
  },
  button: {
    verb: Verb.listConfigurations,
    title: 'Paging the configuration list',
    data: z.object({
      page: z.coerce.number().int().min(1).max(MAX_LIST_PAGE).optional(),
      filter: z.string().trim().max(LIST_FILTER_CHARS).optional(),
    }),
    run:
      (services) =>
      async (_turn, { page, filter }) =>
        listCard(services, { page, filter: filter || undefined }),
  },
});
