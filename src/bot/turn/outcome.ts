import type { TurnContext } from 'botbuilder';

const OUTCOME_KEY = Symbol('turnOutcome');

/** What a turn did, noted by the parts that know it and read once by the turn's summary line. */
export interface TurnOutcome {
  /** The command or card verb that ran. */
  action?: string;
  /** The error code the user was answered with. */
  refused?: string;
  /** The work went to the work queue: it answers after the turn. */
  queued?: boolean;
}

function outcomeOf(ctx: TurnContext): TurnOutcome {
  let outcome = ctx.turnState.get(OUTCOME_KEY) as TurnOutcome | undefined;
  if (!outcome) ctx.turnState.set(OUTCOME_KEY, (outcome = {}));
  return outcome;
}

export function noteAction(ctx: TurnContext, action: string): void {
  outcomeOf(ctx).action = action;
}

export function noteQueued(ctx: TurnContext): void {
  outcomeOf(ctx).queued = true;
}

export function noteRefusal(ctx: TurnContext, code: string): void {
  outcomeOf(ctx).refused = code;
}

export function turnOutcome(ctx: TurnContext): TurnOutcome {
  return { ...outcomeOf(ctx) };
}
