import { AI, Application, TurnState } from '../teamsAi';
import type { TurnContext } from 'botbuilder';
import type { z } from 'zod';
import type { AdaptiveCard } from '../../cards/render';
import { CodedError, ErrorCode } from '../../errors';
import { actingUserOf, requireRole, verifiedActor } from '../access';
import { answerCardError, replyWithError } from '../errors/replyWithError';
import { cardData } from '../turn/context';
import { turnLogger } from '../turn/logger';
import { noteAction } from '../turn/outcome';
import { checkCardSize } from '../turn/reply';
import type { BotServices } from './botServices';
import type { Feature } from './feature';
import { Verb } from '../../cards/verbs';
import {
  askToConfirm,
  cancelledCard,
  confirmedCall,
  confirmedCard,
  ModelConfirmData,
  needsConfirmation,
} from './modelConfirmation';
import { MODEL_PLANNED } from '../turn/modelPlanned';
import { buttonOf, commandOf, type Operation, type OperationTurn } from './operation';

/**
 * Registers every feature's commands (AI actions) and buttons (Action.Execute verbs). Both sides of an operation
 * go through the same gate: the clicking or typing user's role, then the parameters or button data checked
 * against the declared schema, then the handler; a failure is answered in words and logged.
 */
export function registerFeatures(app: Application<TurnState>, features: readonly Feature[], bot: BotServices): void {
  const commands = new Map<string, RunCommand>();
  for (const feature of features) {
    const services = feature.services(bot);
    for (const operation of feature.operations) registerOperation(app, feature, services, operation, bot, commands);
    if (services !== undefined) feature.routes?.(app, services, bot.logger);
  }
  registerModelConfirmation(app, bot, commands);
  registerCatchAlls(app, bot);
}

/** A command through its one gate (role, then parameters, then the handler), as typed or as confirmed on a card. */
type RunCommand = (turn: OperationTurn, params: unknown) => Promise<void>;

function registerOperation(
  app: Application<TurnState>,
  feature: Feature,
  services: unknown,
  operation: Operation,
  bot: BotServices,
  commands: Map<string, RunCommand>,
): void {
  const unavailable = async (): Promise<never> => {
    throw new CodedError(feature.unavailable.code, feature.unavailable.message, { feature: feature.name });
  };
  const command = commandOf(operation);
  if (command && operation.command) {
    const run = services === undefined ? unavailable : operation.command.run(services);
    const gate = async (turn: OperationTurn, params: unknown, confirmFirst: boolean): Promise<boolean> => {
      // The one role check of every command, whichever planner (commands or the LLM) chose it.
      requireRole(verifiedActor(turn.context), command.role, bot.roleSettings, command.title);
      const parsed = command.parameters.safeParse(params ?? {});
      if (!parsed.success) throw invalidParameters(command.title, command.name, parsed.error);
      if (confirmFirst) {
        await askToConfirm(turn.context, command, parsed.data, turn.log);
        return false;
      }
      // The action as a field, not a child logger: a child per action is a cost on every turn. At debug:
      // the turn's summary line (hooks/turnSummary.ts) names the action at info.
      noteAction(turn.context, command.name);
      turn.log.debug({ action: command.name, parameters: parsed.data }, 'action started');
      await run(turn, parsed.data);
      return true;
    };
    commands.set(command.name, async (turn, params) => void (await gate(turn, params, false)));
    app.ai.action(command.name, async (context: TurnContext, state: TurnState, params: unknown): Promise<string> => {
      const log = turnLogger(context, bot.logger);
      try {
        // What the model picked waits for the person's confirmation when it would change something.
        const modelPicked = state.getValue(MODEL_PLANNED) === true && needsConfirmation(command);
        const ran = await gate({ context, state, log, actingUser: actingUserOf(context) }, params, modelPicked);
        return ran ? '' : AI.StopCommandName;
      } catch (error) {
        await replyWithError(context, error, log.child({ action: command.name }));
        return AI.StopCommandName;
      }
    });
  }
  const button = buttonOf(operation);
  if (button && operation.button) {
    const run = services === undefined ? unavailable : operation.button.run(services);
    app.adaptiveCards.actionExecute(button.verb, async (context: TurnContext, state: TurnState) => {
      const log = turnLogger(context, bot.logger).child({ verb: button.verb });
      try {
        // The one role check of every card button: the clicking user's roles, never the card's claims.
        requireRole(verifiedActor(context), button.role, bot.roleSettings, button.title);
        const data = cardData(context, button.data);
        noteAction(context, button.verb);
        log.debug({ data }, 'card action');
        const answer: AdaptiveCard | string = await run(
          { context, state, log, actingUser: actingUserOf(context) },
          data,
        );
        // The card answers the click and replaces the clicked one: the same size limit as a message.
        return typeof answer === 'string' ? answer : checkCardSize(answer, log);
      } catch (error) {
        return answerCardError(error, log, context);
      }
    });
  }
}

/** "Do it" and "Cancel" on the card that holds an action the model picked. */
function registerModelConfirmation(app: Application<TurnState>, bot: BotServices, commands: Map<string, RunCommand>) {
  const declared = new Map(bot.commands.map((c) => [c.name, c]));
  app.adaptiveCards.actionExecute(Verb.modelConfirm, async (context: TurnContext, state: TurnState) => {
    const log = turnLogger(context, bot.logger).child({ verb: Verb.modelConfirm });
    try {
      const call = confirmedCall(cardData(context, ModelConfirmData), bot.confirmationTtlHours);
      const command = declared.get(call.action);
      const run = commands.get(call.action);
      if (!command || !run || command.internal)
        throw new CodedError(ErrorCode.StaleAction, 'This button is no longer available.', { action: call.action });
      log.info({ action: command.name }, 'model-picked action confirmed');
      await run({ context, state, log, actingUser: actingUserOf(context) }, call.parameters);
      return confirmedCard(command);
    } catch (error) {
      return answerCardError(error, log, context);
    }
  });
  app.adaptiveCards.actionExecute(Verb.modelCancel, async () => cancelledCard());
}

/** Registered last: what no operation answers. */
function registerCatchAlls(app: Application<TurnState>, bot: BotServices): void {
  // A planner (the LLM one) may name an action that does not exist: answer instead of the library's console.error.
  app.ai.action(AI.UnknownActionName, async (ctx: TurnContext, _state: TurnState, _plan: unknown, action?: string) => {
    const error = new CodedError(ErrorCode.NotSupported, `I can't do "${action ?? 'that'}" yet.`, { action });
    await replyWithError(ctx, error, turnLogger(ctx, bot.logger));
    return AI.StopCommandName;
  });
  // Any failure inside the AI loop (planner included): the library's default re-throws to onTurnError.
  app.ai.action(AI.HttpErrorActionName, async (ctx: TurnContext, _state: TurnState, error: unknown) => {
    await replyWithError(ctx, error, turnLogger(ctx, bot.logger));
    return AI.StopCommandName;
  });
  // A button from an older card (or a forged one) whose verb nothing answers.
  app.adaptiveCards.actionExecute(/.*/, async (ctx: TurnContext) => {
    const verb = String((ctx.activity.value as { action?: { verb?: unknown } } | undefined)?.action?.verb).slice(
      0,
      100,
    );
    const error = new CodedError(ErrorCode.StaleAction, 'This button is no longer available.', { verb });
    return answerCardError(error, turnLogger(ctx, bot.logger).child({ verb }), ctx);
  });
}

function invalidParameters(title: string, name: string, error: z.ZodError): CodedError {
  const problems = error.issues.map((i) => i.message);
  return new CodedError(ErrorCode.InvalidInput, `${title}: ` + `${problems.join('; ')}.`, {
    action: name,
    issues: problems,
  });
}
