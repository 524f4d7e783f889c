import { z } from 'zod';
import { defineOperation } from '../../operations/operation';
import type { SignInBotDeps } from './services';
import { signInCard } from './signInCard';

/** "sign in": the Teams SSO card, so the person's next change is made with their own token. */
export const signIn = defineOperation<SignInBotDeps>()({
  name: 'signIn',
  title: 'Sign in',
  role: 'reader',
  command: {
    description: 'Signs you in, so the changes you ask for are made with your own Microsoft Entra account.',
    parameters: z.object({}),
    examples: ['sign in'],
    patterns: [/^(?:sign|log) ?in$/i],
    run: (deps) => async (turn) => void (await turn.context.sendActivity({ attachments: [signInCard(deps)] })),
  },
});
