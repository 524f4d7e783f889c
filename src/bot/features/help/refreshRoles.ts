import { z } from 'zod';
import { verifiedActor } from '../../access';
import { defineOperation } from '../../operations/operation';
import type { HelpServices } from './services';

/**
 * "refresh my roles": roles are cached for a few minutes, so a role granted (or taken away) in Entra shows late. The
 * access hook reads this message's roles fresh from Entra (freshRoles.ts); this answers with what it found.
 */
export const refreshRoles = defineOperation<HelpServices>()({
  name: 'refreshRoles',
  title: 'Refresh my roles',
  role: 'reader',
  command: {
    description: 'Reads your roles from Microsoft Entra ID again now, instead of the copy kept for a few minutes.',
    parameters: z.object({}),
    examples: ['refresh my roles'],
    patterns: [/^(?:refresh|reload|re-?read|update) (?:my )?roles$/i],
    run:
      () =>
      async ({ context }) => {
        const { roles } = verifiedActor(context);
        await context.sendActivity(
          `I read your roles from Microsoft Entra ID just now: ${roles.join(', ')}. ` +
            'Type "help" to see what they let you do.',
        );
      },
  },
});
