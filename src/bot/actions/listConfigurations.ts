import { z } from 'zod';
import { listCard } from '../configurations/cards';
import { LIST_FILTER_CHARS } from '../configurations/listPage';
import { sendCard } from '../turn/reply';
import { defineAction } from './action';

const OBJECT =
  /(?:(?:cross[- ]?tenant )?(?:sync(?:hroni[sz]ation)? )?(?:configurations?|configs?|cfgs?)|syncs|synchroni[sz]ations)/
    .source;
/** Only the plural after "list": "show configuration Contoso A" stays one configuration's details. */
const OBJECTS =
  /(?:(?:cross[- ]?tenant )?(?:sync(?:hroni[sz]ation)? )?(?:configurations|configs|cfgs)|syncs|synchroni[sz]ations)/
    .source;

export const listConfigurations = defineAction({
  name: 'listConfigurations',
  title: 'List configurations',
  description:
    'Lists the cross-tenant synchronization configurations, a page at a time, those that need attention first: target tenant, job status, last run and scope. Optionally only those whose name or target tenant contains some text.',
  parameters: z.object({
    filter: z
      .string()
      .trim()
      .max(LIST_FILTER_CHARS, `a filter has at most ${LIST_FILTER_CHARS} characters`)
      .optional()
      .describe('Text the configuration name or target tenant contains ("fabrikam")'),
  }),
  role: 'reader',
  examples: ['list configurations', 'show configs', 'status', 'list configurations fabrikam'],
  patterns: [
    new RegExp(
      `^(?:(?:list|show|get|display|see|view|what are)(?: me)?(?: all)?(?: (?:the|my|our))? )?(?:all )?${OBJECT}$`,
      'i',
    ),
    /^(?:list|ls|status|overview|health)$/i,
    new RegExp(
      `^(?:list|ls)(?: all)?(?: (?:the|my|our))? ${OBJECTS} (?:(?:for|matching|named|like|containing|with|to) )?(?<filter>.+)$`,
      'i',
    ),
  ],
  handler:
    (deps) =>
    async (ctx, _state, { filter }) => {
      await sendCard(ctx, await listCard(deps, { filter: filter || undefined }));
      return '';
    },
});
