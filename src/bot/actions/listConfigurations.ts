import { z } from 'zod';
import { listCard } from '../configurations/cards';
import { sendCard } from '../turn/reply';
import { defineAction } from './action';

const OBJECT = /(?:(?:cross[- ]?tenant )?(?:sync(?:hroni[sz]ation)? )?(?:configurations?|configs?|cfgs?)|syncs|synchroni[sz]ations)/.source;

export const listConfigurations = defineAction({
  name: 'listConfigurations',
  title: 'List configurations',
  description: 'Lists the cross-tenant synchronization configurations: target tenant, job status, last run and scope.',
  parameters: z.object({}),
  role: 'reader',
  examples: ['list configurations', 'show configs', 'status'],
  patterns: [
    new RegExp(`^(?:(?:list|show|get|display|see|view|what are)(?: me)?(?: all)?(?: (?:the|my|our))? )?(?:all )?${OBJECT}$`, 'i'),
    /^(?:list|ls|status|overview|health)$/i,
  ],
  handler: (deps) => async (ctx) => {
    await sendCard(ctx, await listCard(deps));
    return '';
  },
});
