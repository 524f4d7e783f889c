import { AI, Application, TurnState } from '../teamsAi';
import type { TurnContext } from 'botbuilder';
import type { z } from 'zod';
import { CodedError, ErrorCode } from '../../errors';
import { actingUserOf, requireRole, verifiedActor } from '../access';
import { answerCardError, replyWithError } from '../errors/replyWithError';
import { buttonPayload } from '../turn/context';
import { turnLogger } from '../turn/logger';
import { noteAction } from '../turn/outcome';
import { checkCardSize } from '../turn/reply';
import type { BotServices } from './botServices';
import type { Feature } from './feature';
import { askToConfirm, needsConfirmation } from './modelConfirmation';
import { registerReplays } from './replays';
import type { ButtonRoute, CommandRoute, Routes } from './routes';
import { MODEL_PLANNED } from '../turn/modelPlanned';
import { buttonOf, commandOf, type Operation, type OperationTurn } from './operation';

/**
 * Registers every feature's commands (AI actions) and buttons (Action.Execute verbs). Both sides of an operation
 * go through the same gate: the clicking or typing user's role, then the parameters or button data checked
 * against the declared schema, then the handler; a failure is answered in words and logged.
 */
export function registerFeatures(app: Application<TurnState>, features: readonly Feature[], bot: BotServices): void {
  const routes: Routes = { commands: new Map(), buttons: new Map() };
  for (const feature of features) {
    const services = feature.services(bot);
    for (const operation of feature.operations) registerOperation(app, feature, services, operation, bot, routes);
    if (services !== undefined) feature.routes?.(app, services, bot.logger);
  }
  registerReplays(app, bot, routes);
  registerCatchAlls(app, bot);
}

function registerOperation(
  app: Application<TurnState>,
  feature: Feature,
  services: unknown,
  operation: Operation,
  bot: BotServices,
  routes: Routes,
): void {
  const unavailable = async (): Promise<never> => {
    throw new CodedError(feature.unavailable.code, feature.unavailable.message, { feature: feature.name });
  };
  const command = commandOf(operation);
  if (command && operation.command) {
    const run = services === undefined ? unavailable : operation.command.run(services);
    const route: CommandRoute = {
      command,
      // The one role check of every command, whichever planner (commands or the LLM) chose it.
      check: (turn, params) => {
        requireRole(verifiedActor(turn.context), command.role, bot.roleSettings, command.title);
        const parsed = command.parameters.safeParse(params ?? {});
        if (!parsed.success) throw invalidParameters(command.title, command.name, parsed.error);
        return parsed.data;
      },
      run: async (turn, params) => {
        // The action as a field, not a child logger: a child per action is a cost on every turn. At debug:
        // the turn's summary line (hooks/turnSummary.ts) names the action at info.
        noteAction(turn.context, command.name);
        turn.log.debug({ action: command.name, parameters: params }, 'action started');
        await run(turn, params);
      },
      spec: (params) => ({
        title: command.title,
        again: { kind: 'command', name: command.name, payload: JSON.stringify(params) },
      }),
    };
    routes.commands.set(command.name, route);
    app.ai.action(command.name, async (context: TurnContext, state: TurnState, params: unknown): Promise<string> => {
      const log = turnLogger(context, bot.logger);
      try {
        const turn = { context, state, log, actingUser: actingUserOf(context) };
        const parsed = route.check(turn, params);
        // What the model picked waits for the person's confirmation when it would change something.
        if (state.getValue(MODEL_PLANNED) === true && needsConfirmation(command)) {
          await askToConfirm(context, command, parsed, log);
          return AI.StopCommandName;
        }
        noteAction(context, command.name);
        if (operation.command?.inTurn) await route.run(turn, parsed);
        else
          await bot.background.command(turn, route.spec(parsed), (detached) =>
            reportFailures(detached, command.name, () => route.run(detached, parsed)),
          );
        return '';
      } catch (error) {
        await replyWithError(context, error, log.child({ action: command.name }));
        return AI.StopCommandName;
      }
    });
  }
  const button = buttonOf(operation);
  if (button && operation.button) {
    const run = services === undefined ? unavailable : operation.button.run(services);
    const resumesItself = operation.button.resumesItself;
    const route: ButtonRoute = {
      // The one role check of every card button: the clicking user's roles, never the card's claims.
      check: (turn, data) => {
        requireRole(verifiedActor(turn.context), button.role, bot.roleSettings, button.title);
        const parsed = button.data.safeParse(data ?? {});
        if (!parsed.success) throw invalidButtonData(parsed.error);
        return parsed.data;
      },
      run: async (turn, data) => {
        noteAction(turn.context, button.verb);
        turn.log.debug({ data }, 'card action');
        return run(turn, data);
      },
      spec: (data) => ({
        title: button.title,
        again: { kind: 'button', name: button.verb, payload: JSON.stringify(data) },
        resumesItself,
      }),
    };
    routes.buttons.set(button.verb, route);
    app.adaptiveCards.actionExecute(button.verb, async (context: TurnContext, state: TurnState) => {
      const log = turnLogger(context, bot.logger).child({ verb: button.verb });
      try {
        const turn = { context, state, log, actingUser: actingUserOf(context) };
        const data = route.check(turn, buttonPayload(context));
        noteAction(context, button.verb);
        const answer = await bot.background.button(turn, route.spec(data), (t) => route.run(t, data));
        // The card answers the click and replaces the clicked one: the same size limit as a message.
        return typeof answer === 'string' ? answer : checkCardSize(answer, log);
      } catch (error) {
        return answerCardError(error, log, context);
      }
    });
  }
}

/** A command's handler failing after the answer: told in the conversation, as a failing turn would be. */
async function reportFailures(turn: OperationTurn, action: string, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    await replyWithError(turn.context, error, turn.log.child({ action }));
  }
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

function invalidButtonData(error: z.ZodError): CodedError {
  return new CodedError(
    ErrorCode.InvalidInput,
    'That button sent data I cannot use. Ask again in a new message to get a fresh card.',
    { issues: error.issues.map((i) => `${i.path.join('.') || 'data'}: ${i.message}`) },
  );
}

function invalidParameters(title: string, name: string, error: z.ZodError): CodedError {
  const problems = error.issues.map((i) => i.message);
  return new CodedError(ErrorCode.InvalidInput, `${title}: ` + `${problems.join('; ')}.`, {
    action: name,
    issues: problems,
  });
}
