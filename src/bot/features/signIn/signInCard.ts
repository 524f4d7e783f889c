import { randomUUID } from 'node:crypto';
import { ActionTypes, Attachment, CardFactory } from 'botbuilder';
import type { SignInBotDeps } from './services';

/**
 * The Teams SSO sign-in card: with `tokenExchangeResource` Teams gets the person's token silently and sends it in a
 * signin/tokenExchange invoke; when it cannot (consent or a challenge pending), it shows the card's button instead,
 * which opens `signInLink`.
 */
export function signInCard(deps: Pick<SignInBotDeps, 'resource' | 'signInLink'>): Attachment {
  const card = CardFactory.oauthCard(
    '',
    'Sign in to make changes as yourself',
    'Changes are made with your own Microsoft Entra account, so Entra checks your roles, PIM and sign-in policies.',
    deps.signInLink,
    { id: randomUUID(), uri: deps.resource, providerId: '' },
  );
  const button = card.content.buttons?.[0];
  if (button) button.type = ActionTypes.Signin;
  return card;
}
