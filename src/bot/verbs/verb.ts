import type { TurnState } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import type { z } from 'zod';
import type { AdaptiveCard } from '../../cards/render';
import type { Role } from '../../domain';
import type { BotDeps } from '../deps';

/** A card verb's answer: a card that replaces the clicked one, or a short message. */
export type VerbHandler<D> = (context: TurnContext, state: TurnState, data: D) => Promise<AdaptiveCard | string>;

// `any` by default so one list holds verbs with different data (handlers are contravariant).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface VerbRoute<S extends z.AnyZodObject = any> {
  verb: string;
  /** The role the button needs; checked for the clicking user before anything else runs. */
  role: Role;
  /** What the button does, for refusals ("Refresh the configuration list needs the operator role"). */
  title?: string;
  /** The button data this verb accepts; anything else is refused before the handler runs. */
  data: S;
  handler: (deps: BotDeps) => VerbHandler<z.infer<S>>;
}

export function defineVerb<S extends z.AnyZodObject>(route: VerbRoute<S>): VerbRoute<S> {
  return route;
}
