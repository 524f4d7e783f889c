import type { TurnState } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import type { z } from 'zod';
import type { AdaptiveCard } from '../../cards/render';
import type { ActingUser, Role } from '../../domain';
import type { Logger } from '../../logging';

/** What every handler gets for its turn, as bolt hands a listener its `context` and `logger`. */
export interface OperationTurn {
  context: TurnContext;
  state: TurnState;
  /** The turn's logger, with the operation named. */
  log: Logger;
  /**
   * The person changes are made for (their own token when GRAPH_WRITES=user), as data that outlives the turn: work
   * that finishes after the turn is answered carries this, never `context`.
   */
  actingUser?: ActingUser;
}

/** A typed command's handler: it sends its own replies. */
export type CommandHandler<P> = (turn: OperationTurn, params: P) => Promise<void>;
/** A card button's answer: a card that replaces the clicked one, or a short message. */
export type ButtonHandler<D> = (turn: OperationTurn, data: D) => Promise<AdaptiveCard | string>;

/** The chat side of an operation: how people type it, for both planners, help and suggestions. */
export interface CommandSpec<S, P extends z.AnyZodObject> {
  /** What it does, for help and for the LLM. */
  description: string;
  /** Parameters; validated before the handler runs, whoever planned the call. */
  parameters: P;
  /** Phrases that work, shown by help and used to suggest the closest command. */
  examples: string[];
  /** Deterministic planner: the first match wins; named groups become parameters. */
  patterns: RegExp[];
  /** Tried only after every command's `patterns` failed (e.g. "show <anything>"). */
  fallbackPatterns?: RegExp[];
  /** Planned by the bot itself: not shown by help nor offered to the LLM. */
  internal?: boolean;
  /**
   * Answers from what the bot holds in memory (no Graph, no storage, nothing to wait for): run in the turn itself,
   * because the work queue's hand-off would cost more than the answer (bench/turns.ts, help).
   */
  inTurn?: boolean;
  run: (services: S) => CommandHandler<z.infer<P>>;
}

/** The card side of an operation: the Action.Execute verb a button carries and the data it may send. */
export interface ButtonSpec<S, D extends z.AnyZodObject> {
  verb: string;
  /** What the click does, for refusals ("Starting provisioning needs the operator role"); the title by default. */
  title?: string;
  /** The button data this verb accepts; anything else is refused before the handler runs. */
  data: D;
  /**
   * Its own stored state finishes it exactly once after a crash (an approval being applied): the work queue does not
   * also mark its card interrupted.
   */
  resumesItself?: boolean;
  run: (services: S) => ButtonHandler<z.infer<D>>;
}

/**
 * One thing a person can do, declared once: its name, the role it needs, and the command that types it and/or the
 * button that clicks it. A command and the button that does the same thing are one operation, checked the same way.
 * Handlers are built from the feature's services (`run(services)`), never from a global.
 */
// `any` by default so one list holds operations with different services and parameters (handlers are contravariant).
/* eslint-disable @typescript-eslint/no-explicit-any */
export interface Operation<S = any, P extends z.AnyZodObject = any, D extends z.AnyZodObject = any> {
  name: string;
  /** Short title for help and refusals ("Start provisioning"). */
  title: string;
  /** The role it needs (readers see, operators act, approvers approve); enforced in one place for both sides. */
  role: Role;
  command?: CommandSpec<S, P>;
  button?: ButtonSpec<S, D>;
}
/* eslint-enable @typescript-eslint/no-explicit-any */

/** Declares an operation of a feature whose handlers take services `S` (curried so zod schemas infer). */
export function defineOperation<S>() {
  return <P extends z.AnyZodObject = z.AnyZodObject, D extends z.AnyZodObject = z.AnyZodObject>(
    operation: Operation<S, P, D>,
  ): Operation<S, P, D> => operation;
}

/** A command as the planners, help and the LLM's actions.json read it. */
export interface CommandDeclaration extends Omit<CommandSpec<unknown, z.AnyZodObject>, 'run'> {
  name: string;
  title: string;
  role: Role;
}

/** A button as the router and the cards read it. */
export interface ButtonDeclaration {
  verb: string;
  title: string;
  role: Role;
  data: z.AnyZodObject;
}

export function commandOf(operation: Operation): CommandDeclaration | undefined {
  if (!operation.command) return undefined;
  const { run: _run, ...command } = operation.command;
  return { name: operation.name, title: operation.title, role: operation.role, ...command };
}

export function buttonOf(operation: Operation): ButtonDeclaration | undefined {
  if (!operation.button) return undefined;
  const { verb, title, data } = operation.button;
  return { verb, title: title ?? operation.title, role: operation.role, data };
}
