import { CardFactory, MessageFactory, TurnContext } from 'botbuilder';
import type { AdaptiveCard } from '../../cards/render';

/** Sends a card as a new message; returns the message id (to update the card later). */
export async function sendCard(ctx: TurnContext, card: AdaptiveCard): Promise<string | undefined> {
  const response = await ctx.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
  return response?.id;
}
