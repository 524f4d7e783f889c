import type { TurnContext } from 'botbuilder';
import type { Logger } from '../../logging';
import { describeError } from '../errors/describeError';
import { actorOf } from '../turn/context';
import { turnOutcome } from '../turn/outcome';
import type { TurnRunner } from '../turn/serialTurns';

/** How much of a turn its summary line may show. */
export interface TurnSummaryOptions {
  /**
   * The user's name and the words they typed: for local mode, where they are the simulator's made-up
   * people and the developer's own typing. Otherwise the line carries the Entra object id and the
   * message length, since chat text and names are personal data a service log should not hold.
   */
  showWords: boolean;
}

const MAX_WORDS = 60;

/**
 * One info line per turn: who, what they asked, what came of it and how long it took (time is the
 * log line's own). Everything else a turn logs on success is at debug, so at LOG_LEVEL=info a
 * conversation reads as one line per message plus any warnings.
 */
export function summarizeTurns(bot: TurnRunner, logger: Logger, options: TurnSummaryOptions): TurnRunner {
  return {
    run: async (context) => {
      const started = performance.now();
      let failure: string | undefined;
      try {
        return await bot.run(context);
      } catch (error) {
        failure = describeError(error).code;
        throw error;
      } finally {
        const ms = Math.round(performance.now() - started);
        const turn = summary(context, options, failure, ms);
        logger.info({ turn }, `${turn.who}: ${turn.command} → ${turn.outcome} (${ms} ms)`);
      }
    },
  };
}

function summary(ctx: TurnContext, options: TurnSummaryOptions, failure: string | undefined, ms: number) {
  const actor = actorOf(ctx);
  const noted = turnOutcome(ctx);
  const who = (options.showWords ? actor.name : undefined) ?? actor.aadObjectId ?? (actor.id || 'someone');
  let outcome = failure ? `failed: ${failure}` : noted.refused ? `refused: ${noted.refused}` : 'answered';
  // A turn that handed its work to the queue answered Teams; its cards follow from the work.
  if (!failure && !noted.refused && !ctx.responded && !noted.queued) outcome = 'no answer';
  if (noted.action) outcome = `${noted.action}, ${outcome}`;
  return { who, command: commandOf(ctx, options), outcome, ms, activityId: ctx.activity.id };
}

function commandOf(ctx: TurnContext, options: TurnSummaryOptions): string {
  const a = ctx.activity;
  if (a.type === 'message') {
    // The mention of the bot Teams puts before the text in a channel is not part of the command.
    const text = (a.text ?? '')
      .replace(/<at>[^<]*<\/at>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    if (!options.showWords) return `a message of ${text.length} characters`;
    return `"${text.length > MAX_WORDS ? `${text.slice(0, MAX_WORDS - 1)}…` : text}"`;
  }
  if (a.type === 'invoke' && a.name === 'adaptiveCard/action') {
    const verb = (a.value as { action?: { verb?: unknown } } | undefined)?.action?.verb;
    return `button ${String(verb).slice(0, 60)}`;
  }
  return a.name ? `${a.type} ${a.name}` : a.type;
}
