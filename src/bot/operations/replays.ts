import type { TurnContext } from 'botbuilder';
import { z } from 'zod';
import { Verb } from '../../cards/verbs';
import { CodedError, ErrorCode } from '../../errors';
import { answerCardError } from '../errors/replyWithError';
import { actingUserOf } from '../access';
import { Application, TurnState } from '../teamsAi';
import { cardData } from '../turn/context';
import { turnLogger } from '../turn/logger';
import { checkCardSize } from '../turn/reply';
import { currentOperation } from '../work/currentOperation';
import type { BotServices } from './botServices';
import { cancelledCard, confirmedCall, confirmedCard, ModelConfirmData } from './modelConfirmation';
import type { OperationTurn } from './operation';
import type { CommandRoute, Routes } from './routes';

/** The data of a Run again button on a card whose work was interrupted: checked again like any click. */
const RunAgainData = z
  .object({
    kind: z.enum(['command', 'button']),
    name: z.string().max(100),
    payload: z.string().max(4000),
  })
  .strict();

/**
 * Buttons that run another operation again: "Do it" on the card of an action the model picked, and Run again on a
 * card whose work was interrupted. Each goes through that operation's own gate (the clicking user's role, the
 * parameters) and then through the work queue, on the clicked card.
 */
export function registerReplays(app: Application<TurnState>, bot: BotServices, routes: Routes): void {
  app.adaptiveCards.actionExecute(Verb.modelConfirm, async (context: TurnContext, state: TurnState) => {
    const log = turnLogger(context, bot.logger).child({ verb: Verb.modelConfirm });
    try {
      const call = confirmedCall(cardData(context, ModelConfirmData), bot.confirmationTtlHours);
      const route = routes.commands.get(call.action);
      if (!route || route.command.internal) throw stale({ action: call.action });
      log.info({ action: route.command.name }, 'model-picked action confirmed');
      const turn = { context, state, log, actingUser: actingUserOf(context) };
      const answer = await commandOnCard(bot, turn, route, call.parameters);
      return typeof answer === 'string' ? answer : checkCardSize(answer, log);
    } catch (error) {
      return answerCardError(error, log, context);
    }
  });
  app.adaptiveCards.actionExecute(Verb.modelCancel, async () => cancelledCard());
  app.adaptiveCards.actionExecute(Verb.workRunAgain, async (context: TurnContext, state: TurnState) => {
    const log = turnLogger(context, bot.logger).child({ verb: Verb.workRunAgain });
    try {
      const again = cardData(context, RunAgainData);
      const turn = { context, state, log, actingUser: actingUserOf(context) };
      const parameters = parsed(again.payload);
      log.info({ kind: again.kind, name: again.name }, 'interrupted operation run again');
      if (again.kind === 'command') {
        const route = routes.commands.get(again.name);
        if (!route || route.command.internal) throw stale({ action: again.name });
        const answer = await commandOnCard(bot, turn, route, parameters);
        return typeof answer === 'string' ? answer : checkCardSize(answer, log);
      }
      const route = routes.buttons.get(again.name);
      if (!route) throw stale({ verb: again.name });
      const data = route.check(turn, parameters);
      const answer = await bot.background.button(turn, route.spec(data), (t) => route.run(t, data));
      return typeof answer === 'string' ? answer : checkCardSize(answer, log);
    } catch (error) {
      return answerCardError(error, log, context);
    }
  });
}

/** A command run from a click: its live card takes over the clicked card, which answers the click. */
async function commandOnCard(bot: BotServices, turn: OperationTurn, route: CommandRoute, params: unknown) {
  const checked = route.check(turn, params);
  return bot.background.button(turn, route.spec(checked), async (t) => {
    await route.run(t, checked);
    return currentOperation(t.context)?.shown ?? confirmedCard(route.command);
  });
}

function parsed(payload: string): unknown {
  try {
    return JSON.parse(payload);
  } catch {
    return undefined;
  }
}

function stale(details: Record<string, string>): CodedError {
  return new CodedError(ErrorCode.StaleAction, 'This button is no longer available.', details);
}
