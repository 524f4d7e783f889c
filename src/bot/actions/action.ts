import type { TurnContext } from 'botbuilder';
import type { TurnState } from '@microsoft/teams-ai';
import type { z } from 'zod';
import type { Role } from '../../domain';
import type { BotDeps } from '../deps';

/** What an action handler returns to the AI loop: '' when done (a non-empty string loops back into the planner). */
export type ActionHandler<P> = (context: TurnContext, state: TurnState, params: P) => Promise<string>;

/**
 * One chat action, declared once: the deterministic planner, the help card and the
 * LLM planner's actions.json all read this declaration.
 */
// The default is `any` so a list can hold actions with different parameters (handlers are contravariant).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface ActionDefinition<S extends z.AnyZodObject = any> {
  name: string;
  /** Short title for help ("List configurations"). */
  title: string;
  /** What the action does, for help and for the LLM. */
  description: string;
  /** Parameters; validated before the handler runs, whoever planned the call. */
  parameters: S;
  /** The role the action needs (readers see, operators act, approvers approve); enforced by the access checks. */
  role: Role;
  /** Phrases that work, shown by help and used to suggest the closest command. */
  examples: string[];
  /** Deterministic planner: the first match wins; named groups become parameters. */
  patterns: RegExp[];
  /** Tried only after every action's `patterns` failed (e.g. "show <anything>"). */
  fallbackPatterns?: RegExp[];
  /** Internal actions are planned by the bot itself: not shown by help nor offered to the LLM. */
  internal?: boolean;
  handler: (deps: BotDeps) => ActionHandler<z.infer<S>>;
}

export function defineAction<S extends z.AnyZodObject>(definition: ActionDefinition<S>): ActionDefinition<S> {
  return definition;
}
